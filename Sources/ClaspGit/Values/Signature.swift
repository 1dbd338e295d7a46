public import Foundation
internal import CLibGit2

/// Who made a commit and when, in their own time zone.
public struct Signature: Sendable, Equatable {
    public var name: String
    public var email: String
    /// The moment, to the second (git stores no fractions; they are dropped when writing).
    public var time: Date
    /// The author's offset from UTC in minutes, such as -420 for `-0700`.
    public var timeZoneOffsetMinutes: Int

    public init(name: String, email: String, time: Date, timeZoneOffsetMinutes: Int = 0) {
        self.name = name
        self.email = email
        self.time = time
        self.timeZoneOffsetMinutes = timeZoneOffsetMinutes
    }
}

extension Signature {
    /// Copies a libgit2 signature.
    init(_ signature: UnsafePointer<git_signature>) {
        let value = signature.pointee
        self.init(
            name: value.name.map { String(cString: $0) } ?? "",
            email: value.email.map { String(cString: $0) } ?? "",
            time: Date(timeIntervalSince1970: TimeInterval(value.when.time)),
            timeZoneOffsetMinutes: Int(value.when.offset))
    }

    /// Lends a libgit2 copy of this signature to `body`, freeing it afterwards.
    ///
    /// - Throws: ``GitError`` when libgit2 rejects the name or email (empty, or containing `<`, `>` or a newline).
    func withGitSignature<Result>(_ body: (UnsafePointer<git_signature>) throws -> Result) throws -> Result {
        var signature: UnsafeMutablePointer<git_signature>?
        let seconds = git_time_t(time.timeIntervalSince1970.rounded(.down))
        try check(
            git_signature_new(&signature, name, email, seconds, Int32(timeZoneOffsetMinutes)),
            "git_signature_new", context: "preparing the signature of \(name) <\(email)>")
        defer { git_signature_free(signature) }
        guard let signature else {
            throw GitError(code: .generic, function: "git_signature_new", message: "no signature was returned")
        }
        return try body(signature)
    }
}
