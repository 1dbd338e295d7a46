import Foundation

/// One `Key: value` line from the trailer block at the end of a commit message, such as
/// `Approved-by: Ana Ruiz <ana@example.gov>`.
public struct Trailer: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The key, as written (git compares keys case-insensitively; Clasp code should write them in one case).
    public var key: String
    /// The value, with continuation lines folded into single spaces.
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }

    /// The trailer as git prints it: `Key: value`.
    public var description: String { "\(key): \(value)" }

    /// Whether this trailer's key is `name`, compared case-insensitively as git compares keys.
    ///
    /// Keys are ASCII (git's key characters are letters, digits and hyphens), so they are
    /// compared byte by byte, folding ASCII case; Foundation's Unicode comparison, which this
    /// gives the same answer as for ASCII, was a visible share of reading a proposal log.
    public func hasKey(_ name: String) -> Bool {
        let keyBytes = key.utf8, nameBytes = name.utf8
        // Different lengths never match in ASCII, and nearly every comparison ends here; a
        // non-ASCII byte on either side goes to Foundation's comparison.
        guard keyBytes.count == nameBytes.count else {
            return !(keyBytes.allSatisfy { $0 < 0x80 } && nameBytes.allSatisfy { $0 < 0x80 })
                && key.caseInsensitiveCompare(name) == .orderedSame
        }
        for (a, b) in zip(keyBytes, nameBytes) {
            if a >= 0x80 || b >= 0x80 { return key.caseInsensitiveCompare(name) == .orderedSame }
            if TrailerBlock.lowercased(a) != TrailerBlock.lowercased(b) { return false }
        }
        return true
    }
}

/// Why a trailer cannot be appended to a commit message.
public enum TrailerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The key is empty or holds something other than ASCII letters, digits and hyphens.
    case invalidKey(String)
    /// The value spans several lines, which would break the one-line-per-trailer format.
    case multilineValue(key: String, value: String)

    public var description: String {
        switch self {
        case .invalidKey(let key):
            "The trailer key \"\(key)\" is not valid: keys are one or more ASCII letters, digits or hyphens."
        case .multilineValue(let key, let value):
            "The value of trailer \"\(key)\" spans several lines (\(value.debugDescription)); trailer values must fit on one line."
        }
    }
}
