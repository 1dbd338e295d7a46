public import ClaspGit
import Foundation

/// One copy of a plan, exchanging its references with other copies: `main` (adopted content),
/// `refs/proposals/<n>/meta` (each proposal's event log) and `refs/proposals/<n>/head`.
///
/// The rules are those of an append-only record. `main` and every meta log only ever move
/// forward: a fetch that would move one of them to a commit that does not contain the local one
/// is refused as a whole, and so is a push that would do that to the remote. Proposal heads are
/// replaced on revision, so they are not fast-forward-only; instead a head follows its log: it is
/// taken (or sent) only when the log, once replicated, names it as the proposal's current head.
///
/// A fetch first downloads the remote's references into `refs/remotes/<remote>/…`, checks every
/// one, and only then moves the local references, each by compare-and-swap. Works on an empty
/// repository too, so a plan can be cloned.
public final class PlanReplica {
    /// The git directory.
    public let path: String
    let repository: Repository

    private init(repository: Repository) {
        self.repository = repository
        self.path = repository.path
    }

    /// Opens the repository at `path` (a plan, or an empty repository about to receive one).
    ///
    /// - Throws: `PlanError.notAPlan` when `path` is not a git repository.
    public static func open(at path: String) throws -> PlanReplica {
        do {
            return PlanReplica(repository: try Repository.open(at: path))
        } catch {
            throw PlanError.notAPlan(path: path, reason: FileManager.default.fileExists(atPath: path) ? "not a git repository" : "no such directory")
        }
    }

    /// Creates a bare repository at `path`, names `url` as its remote `remote` and fetches the plan.
    ///
    /// - Throws: `ReplicationError.destinationNotEmpty`; any fetch error (the new directory is
    ///   then removed again).
    public static func clone(from url: String, to path: String, remote: String = "origin") throws -> (PlanReplica, ReplicationReport) {
        if let contents = try? FileManager.default.contentsOfDirectory(atPath: path), !contents.isEmpty {
            throw ReplicationError.destinationNotEmpty(path: path)
        }
        do {
            let replica = PlanReplica(repository: try Repository.create(at: path, bare: true, initialBranch: "main"))
            try replica.addRemote(remote, url: url)
            let report = try replica.fetch(from: remote)
            return (replica, report)
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw error
        }
    }

    /// Names a remote copy of the plan.
    ///
    /// - Throws: `GitError` with code `exists` when the name is taken.
    public func addRemote(_ name: String, url: String) throws {
        try repository.addRemote(named: name, url: url)
    }

    /// The remotes, sorted by name.
    public func remotes() throws -> [Remote] { try repository.remotes() }

    /// The fetch refspecs: the remote's plan references land under `refs/remotes/<remote>/`.
    func trackingRefspecs(_ remote: String) -> [String] {
        ["+\(PlanLayout.mainRef):\(trackingPrefix(remote))heads/main",
         "+\(Proposal.refPrefix)*:\(trackingPrefix(remote))proposals/*"]
    }

    func trackingPrefix(_ remote: String) -> String { "refs/remotes/\(remote)/" }

    /// Downloads the remote's plan references into the tracking namespace.
    func downloadTracking(_ remote: String) throws {
        guard try repository.remote(named: remote) != nil else {
            throw ReplicationError.unknownRemote(remote, known: try repository.remotes().map(\.name))
        }
        try repository.fetch(from: remote, refspecs: trackingRefspecs(remote), message: "clasp: fetch from \(remote)")
    }

    /// The remote's plan references as last downloaded, by their local names, `main` first, then
    /// the logs, then the heads (`fetch(from:)` moves them in an order of its own).
    func trackedReferences(_ remote: String) throws -> [(name: String, target: ObjectID)] {
        let prefix = trackingPrefix(remote)
        return try repository.references(withPrefix: prefix).compactMap { ref -> (name: String, target: ObjectID)? in
            let rest = ref.name.dropFirst(prefix.count)
            if rest == "heads/main" { return (PlanLayout.mainRef, ref.target) }
            if rest.hasPrefix("proposals/") { return ("refs/" + rest, ref.target) }
            return nil
        }.sorted { Self.order($0.name) < Self.order($1.name) }
    }

    /// This copy's plan references, in the same order.
    func localReferences() throws -> [(name: String, target: ObjectID)] {
        var refs = try repository.references(withPrefix: Proposal.refPrefix)
        if let main = try repository.referenceTarget(PlanLayout.mainRef) { refs.append((PlanLayout.mainRef, main)) }
        return refs.sorted { Self.order($0.name) < Self.order($1.name) }
    }

    private static func order(_ name: String) -> (Int, String) {
        (name == PlanLayout.mainRef ? 0 : isProposalHead(name) ? 2 : 1, name)
    }

    /// Whether `name` is a proposal head (`refs/proposals/<n>/head`), the only plan reference
    /// that may move to a commit that does not descend from its previous one.
    static func isProposalHead(_ name: String) -> Bool {
        name.hasPrefix(Proposal.refPrefix) && name.hasSuffix("/head")
    }

    /// The meta log reference of the proposal whose head is `headName`.
    static func metaName(ofHead headName: String) -> String {
        String(headName.dropLast("head".count)) + "meta"
    }

    /// The head the log ending at `meta` names as current: the `Head:` of its latest `opened`
    /// or `revised` event.
    func currentHead(meta: ObjectID) throws -> ObjectID? {
        for id in try repository.firstParentHistory(from: meta) {
            let trailers = try repository.readCommit(id).trailers
            guard let event = trailers.first(where: { $0.hasKey(.event) })?.value, event == "opened" || event == "revised" else { continue }
            return trailers.first { $0.hasKey(.head) }.flatMap { ObjectID(hex: $0.value) }
        }
        return nil
    }
}

@available(*, unavailable)
extension PlanReplica: Sendable {}
