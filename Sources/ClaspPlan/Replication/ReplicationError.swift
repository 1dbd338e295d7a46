public import ClaspGit

/// Why a fetch or push between two copies of a plan was refused. Every refusal leaves both
/// sides' references as they were, and says what to do next.
public enum ReplicationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The repository has no remote of that name.
    case unknownRemote(String, known: [String])
    /// Taking the remote's references would rewrite history that is already recorded here: a
    /// non-fast-forward of `main` (adopted content) or of a proposal's meta log (votes and events).
    case wouldRewriteHistory(remote: String, references: [DivergedReference])
    /// The remote holds adoptions or events this copy lacks; pushing would need to overwrite them.
    case remoteIsAhead(remote: String, references: [String])
    /// The remote refused some reference updates (a hook, a permission, a race with another pusher).
    case pushRejected(remote: String, rejections: [PushRejection])
    /// `clone` was pointed at a directory that already holds something.
    case destinationNotEmpty(path: String)

    public var description: String {
        switch self {
        case let .unknownRemote(name, known):
            let list = known.isEmpty ? "there are none; add one with `clasp remote add \(name) URL`" : "known: \(known.joined(separator: ", "))"
            return "no remote named '\(name)' (\(list))"
        case let .wouldRewriteHistory(remote, references):
            let details = references.map(\.description).joined(separator: "; ")
            return "refused to fetch from \(remote): it would rewrite history already recorded here (\(details)); "
                + "nothing was changed. A copy whose adopted history or proposal logs differ from this one is not the same plan: "
                + "compare both with `clasp audit verify` before deciding which is right"
        case let .remoteIsAhead(remote, references):
            return "refused to push to \(remote): it has adoptions or proposal events this copy lacks in "
                + "\(references.joined(separator: ", ")); run `clasp remote fetch \(remote)` first; nothing was pushed"
        case let .pushRejected(remote, rejections):
            return "\(remote) refused the push of \(rejections.map(\.description).joined(separator: "; "))"
        case let .destinationNotEmpty(path):
            return "cannot clone into \(path): the directory is not empty"
        }
    }
}

/// A reference whose two copies do not contain one another.
public struct DivergedReference: Equatable, Sendable, CustomStringConvertible {
    public var reference: String
    public var local: ObjectID
    public var remote: ObjectID

    public init(reference: String, local: ObjectID, remote: ObjectID) {
        self.reference = reference
        self.local = local
        self.remote = remote
    }

    public var description: String {
        "\(reference) is \(local.hex.prefix(10)) here but \(remote.hex.prefix(10)) on the remote, which does not contain it"
    }
}
