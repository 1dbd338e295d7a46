public import ClaspGit
public import ClaspSpec
import ClaspTrailers
public import Foundation

/// A classification plan: one git repository whose `main` branch holds the adopted content.
///
/// Reads go through snapshots of one tree (`PlanSnapshot`); writes go through
/// `record(_:message:trailers:by:)`, which makes one commit and moves `main` by compare-and-swap,
/// so nothing reaches the plan except an auditable ref update.
///
/// A `Plan` wraps one libgit2 repository handle and is confined to one thread at a time;
/// open another `Plan` for concurrent work.
public final class Plan {
    /// The repository's git directory.
    public let path: String
    let repository: Repository
    /// The private key that signs what this handle writes for a person whose roster entry lists
    /// a signing key (set by the CLI from `--signing-key`); nil signs nothing, and then such a
    /// person's writes are refused (`PlanError.signingKeyRequired`).
    public var signer: SSHSigningKey?

    private init(path: String, repository: Repository) {
        self.path = path
        self.repository = repository
    }

    /// Opens an existing plan.
    ///
    /// - Throws: `PlanError.notAPlan` when `path` is not a git repository or its `main` has no `clasp.yaml`.
    public static func open(at path: String) throws -> Plan {
        let repository: Repository
        do {
            repository = try Repository.open(at: path)
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "not a git repository" : "no such directory"
            throw PlanError.notAPlan(path: path, reason: reason)
        }
        let plan = Plan(path: path, repository: repository)
        guard let head = try repository.referenceTarget(PlanLayout.mainRef) else {
            throw PlanError.notAPlan(path: path, reason: "the repository has no main branch")
        }
        let tree = try repository.readCommit(head).treeID
        guard try repository.entry(atPath: PlanLayout.configPath, inTree: tree) != nil else {
            throw PlanError.notAPlan(path: path, reason: "main has no \(PlanLayout.configPath)")
        }
        return plan
    }

    /// Creates a new plan as a bare repository whose first commit holds the plan's
    /// configuration, roster and workflows.
    ///
    /// - Parameters:
    ///   - path: a directory that does not exist yet or is empty.
    ///   - files: further files of the first commit (workflows), by plan path.
    ///   - creator: the administrator recorded as making the plan.
    ///   - signer: the creator's private key, when the roster lists a signing key for them; the
    ///     plan returned keeps it as its `signer`.
    /// - Throws: `PlanError.alreadyExists` for a non-empty directory; `PlanError.signingKeyRequired`.
    public static func create(at path: String, config: PlanConfig, roster: Roster, files: [String: String] = [:],
                              by creator: Person, signer: SSHSigningKey? = nil, at time: Date = Date()) throws -> Plan {
        if let contents = try? FileManager.default.contentsOfDirectory(atPath: path), !contents.isEmpty {
            throw PlanError.alreadyExists(path: path)
        }
        let repository = try Repository.create(at: path, bare: true, initialBranch: "main")
        let plan = Plan(path: repository.path, repository: repository)
        plan.signer = signer
        var writes = [PlanFileWrite(path: PlanLayout.configPath, content: config.encode()),
                      PlanFileWrite(path: PlanLayout.rosterPath, content: roster.encode())]
        writes += files.sorted { $0.key < $1.key }.map { PlanFileWrite(path: $0.key, content: $0.value) }
        try plan.record(writes, message: "Create the \(config.agency) classification plan",
                        trailers: [Trailer(.change, "create-plan \(config.id)")],
                        by: creator, timeZone: config.timeZone, at: time, expectedHead: nil)
        return plan
    }

    /// The commit `main` points at.
    public func mainHead() throws -> ObjectID {
        guard let head = try repository.referenceTarget(PlanLayout.mainRef) else {
            throw PlanError.notAPlan(path: path, reason: "the repository has no main branch")
        }
        return head
    }

    /// The adopted plan as it stands now.
    public func current() throws -> PlanSnapshot { try snapshot(commit: mainHead()) }

    /// The plan as recorded in one commit.
    public func snapshot(commit: ObjectID) throws -> PlanSnapshot {
        PlanSnapshot(repository: repository, commit: try repository.readCommit(commit))
    }

    /// The plan as it was known at the end of `date` in the plan's time zone: the tree of the last
    /// commit on `main`'s first-parent line recorded on or before that day. Found through the
    /// recorded-time index when it is usable; by walking `main` otherwise (and when nothing was
    /// recorded by then, to say when recording began).
    ///
    /// - Throws: `PlanError.nothingRecorded` when the plan's history starts after `date`.
    public func snapshot(asKnownOn date: PlanDate) throws -> PlanSnapshot {
        let zone = try current().config().timeZone
        let limit = RecordedTime.startOfDay(after: date, timeZone: zone)
        if let known = withRecordedIndex({ try $0.lastCommit(committedBefore: limit) }), let known {
            return try snapshot(commit: known)
        }
        var oldest: CommitInfo?
        for id in try repository.firstParentHistory(from: mainHead()) {
            let commit = try repository.readCommit(id)
            if commit.committer.time < limit { return PlanSnapshot(repository: repository, commit: commit) }
            oldest = commit
        }
        throw PlanError.nothingRecorded(by: date, firstRecorded: oldest.map {
            RecordedTime.day(of: $0.committer.time, timeZone: zone)
        })
    }

    /// The commits of `main`'s first-parent line, newest first.
    public func mainHistory() throws -> [ObjectID] {
        try repository.firstParentHistory(from: mainHead())
    }

    public func commit(_ id: ObjectID) throws -> CommitInfo { try repository.readCommit(id) }
}

@available(*, unavailable)
extension Plan: Sendable {}
