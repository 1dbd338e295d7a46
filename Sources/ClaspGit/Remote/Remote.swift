/// A named remote of a repository, as stored in its configuration (`remote.<name>.url`).
public struct Remote: Equatable, Sendable {
    /// The remote's name, such as `"origin"`.
    public var name: String
    /// Where it lives: a path, `file://`, `git://` or another URL libgit2 understands.
    public var url: String

    public init(name: String, url: String) {
        self.name = name
        self.url = url
    }
}

/// One reference a push did not update, with the reason the receiving side gave
/// (`"non-fast-forward"`, `"deny updating a hidden ref"`, …).
public struct PushRejection: Equatable, Sendable, CustomStringConvertible {
    /// The reference's full name on the remote.
    public var reference: String
    /// The receiving side's reason, as it sent it.
    public var reason: String

    public init(reference: String, reason: String) {
        self.reference = reference
        self.reason = reason
    }

    public var description: String { "\(reference): \(reason)" }
}
