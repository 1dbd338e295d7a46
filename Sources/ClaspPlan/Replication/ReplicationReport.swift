public import ClaspGit

/// One reference moved by a fetch or a push.
public struct ReferenceChange: Equatable, Sendable, CustomStringConvertible {
    /// The reference's full name (the same on both sides).
    public var reference: String
    /// Where it pointed before; nil when it was created.
    public var from: ObjectID?
    /// Where it points now.
    public var to: ObjectID

    public init(reference: String, from: ObjectID?, to: ObjectID) {
        self.reference = reference
        self.from = from
        self.to = to
    }

    public var description: String {
        "\(reference): \(from.map { String($0.hex.prefix(10)) } ?? "(new)") -> \(to.hex.prefix(10))"
    }
}

/// What a fetch or push did.
public struct ReplicationReport: Equatable, Sendable {
    /// The remote's name.
    public var remote: String
    /// References moved on the receiving side, in the order they were moved.
    public var changes: [ReferenceChange]
    /// References the receiving side already had at least as far (nothing to move).
    public var upToDate: Int
    /// References the sending side lacks or is behind on, left alone (for a fetch: local work not
    /// yet pushed; for a push: nothing, a push refuses those).
    public var kept: [String]

    public init(remote: String, changes: [ReferenceChange] = [], upToDate: Int = 0, kept: [String] = []) {
        self.remote = remote
        self.changes = changes
        self.upToDate = upToDate
        self.kept = kept
    }
}
