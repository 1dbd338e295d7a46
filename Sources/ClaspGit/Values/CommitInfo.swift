public import ClaspTrailers

/// Everything recorded in a commit object, copied out of libgit2.
public struct CommitInfo: Sendable, Equatable {
    public var id: ObjectID
    public var treeID: ObjectID
    /// Parents in recorded order: the first is the branch the commit was made on.
    public var parentIDs: [ObjectID]
    public var author: Signature
    public var committer: Signature
    /// The full message exactly as stored.
    public var message: String
    /// The message's first non-blank line, without trailing whitespace; found when asked for
    /// (the audit reads half a million commits and asks this of few).
    public var summary: String { Self.summary(of: message) }
    /// The message's trailers, parsed as `git interpret-trailers --parse` does.
    public var trailers: [Trailer]

    public init(
        id: ObjectID, treeID: ObjectID, parentIDs: [ObjectID], author: Signature, committer: Signature,
        message: String
    ) {
        self.id = id
        self.treeID = treeID
        self.parentIDs = parentIDs
        self.author = author
        self.committer = committer
        self.message = message
        self.trailers = Trailers.parse(message)
    }

    /// The first line that is not blank, trimmed at the end.
    static func summary(of message: String) -> String {
        // Line by line, so only the lines up to the summary are looked at (messages can be long).
        var rest = Substring(message)
        while true {
            let end = rest.firstIndex(of: "\n") ?? rest.endIndex
            var line = rest[..<end]
            if !line.allSatisfy(\.isWhitespace) {
                while let last = line.last, last.isWhitespace { line = line.dropLast() }
                return String(line)
            }
            guard end < rest.endIndex else { return "" }
            rest = rest[rest.index(after: end)...]
        }
    }
}
