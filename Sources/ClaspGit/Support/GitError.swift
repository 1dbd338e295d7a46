internal import CLibGit2

/// A failure reported by libgit2, with the function that failed and what Clasp was doing at the time.
///
/// Reads like a sentence: `libgit2 error -3 in git_reference_lookup: reference 'refs/x' not found — while
/// resolving refs/proposals/12/meta`. Match the kind of failure with ``GitErrorCode``:
/// `catch GitErrorCode.notFound { … }`.
public struct GitError: Error, Sendable, CustomStringConvertible {
    /// libgit2's return code (`GIT_ENOTFOUND`, `GIT_EMODIFIED`, …).
    public var code: GitErrorCode
    /// libgit2's error class (`git_error_t`: 4 = reference, 3 = object, 6 = repository, …); 0 when unknown.
    public var errorClass: Int32
    /// The libgit2 function that failed, such as `"git_reference_lookup"`.
    public var function: String
    /// libgit2's own message, or a Clasp message when Clasp detected the failure itself.
    public var message: String
    /// What Clasp was doing, as a phrase that follows "while" (`"resolving refs/heads/main"`).
    public var context: String?

    /// Creates an error; Clasp code uses it for failures it detects itself, such as a compare-and-swap miss.
    public init(code: GitErrorCode, errorClass: Int32 = 0, function: String, message: String, context: String? = nil) {
        self.code = code
        self.errorClass = errorClass
        self.function = function
        self.message = message
        self.context = context
    }

    public var description: String {
        var text = "libgit2 error \(code.rawValue) in \(function): \(message)"
        if let context {
            text += " — while \(context)"
        }
        return text
    }

    /// True when a compare-and-swap reference update lost a race: someone else moved, created or deleted the
    /// reference, or is updating it right now (its lock file exists). Re-read the reference and retry.
    public var isReferenceConflict: Bool {
        code == .modified || code == .exists || code == .locked
    }
}

/// Turns a negative libgit2 return code into a thrown ``GitError`` that carries libgit2's thread-local message.
///
/// Call it on the same thread, right after the C call (no `await` in between): libgit2 keeps the last error per
/// thread. The message is cleared once read so a later failure never reports a stale one.
///
/// - Returns: the (non-negative) result, for calls such as `git_graph_descendant_of` that return a value.
@discardableResult
func check(_ result: Int32, _ function: String, context: @autoclosure () -> String? = nil) throws(GitError) -> Int32 {
    guard result < 0 else { return result }
    var message = "unknown error"
    var errorClass: Int32 = 0
    if let last = git_error_last() {
        if let text = last.pointee.message {
            message = String(cString: text)
        }
        errorClass = last.pointee.klass
    }
    git_error_clear()
    throw GitError(
        code: GitErrorCode(rawValue: result), errorClass: errorClass, function: function, message: message,
        context: context())
}
