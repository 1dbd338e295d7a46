import ClaspGit
import ClaspSpec
import Foundation

/// Records generated changes as real adoptions, fast: for each change a proposal (head commit,
/// meta log with its `opened` event and the votes its routing needs), the adoption commit on
/// `main` and the `adopted` event, built with the same functions `propose`, `vote` and `adopt`
/// use, so the objects are byte for byte what those commands write (a test replays a small
/// plan through them and compares ids).
///
/// What it skips is only re-reading: the routing compares the texts it already holds instead
/// of decoding them back from git, the roster, workflow and time zone are read once, each meta
/// ref is set once at its final event, and objects go to an in-memory batch packed every few
/// hundred adoptions.
///
/// Nothing on disk names an object before it is on disk: `main` and the batch's proposal refs
/// stay in memory until the batch is packed, then move together (see `flush()`). A process
/// killed at any moment leaves the plan as of the last flush, which `git fsck` and
/// `clasp audit verify` accept.
struct GeneratedAdoptionWriter {
    let plan: Plan
    let cast: GeneratedCast
    let timeZone: String
    let workflow: (name: String, blob: ObjectID, stages: [Workflow.Stage])
    /// The last adoption, in memory until the next flush.
    var main: ObjectID
    var mainTree: ObjectID
    /// What `main` names on disk: the last flush's adoption.
    var flushedMain: ObjectID
    var nextNumber = 1
    /// Proposal refs not yet written: they go into `packed-refs` at the next flush.
    var pendingReferences: [(name: String, target: ObjectID)] = []

    init(plan: Plan, cast: GeneratedCast, timeZone: String) throws {
        self.plan = plan
        self.cast = cast
        self.timeZone = timeZone
        main = try plan.mainHead()
        flushedMain = main
        mainTree = try plan.repository.readCommit(main).treeID
        guard let inForce = try plan.workflows(in: main).first(where: { $0.workflow.appliesTo.contains(.revise) }) else {
            throw ApprovalError.noWorkflow(kind: .revise)
        }
        workflow = (inForce.workflow.name, inForce.blob, inForce.workflow.stages)
    }

    /// Proposes, approves and adopts one change; `time` is when it is opened, each vote a
    /// second later and the adoption a second after the last vote.
    mutating func adopt(_ change: GeneratedPlanWriter.Change, at time: Date) throws {
        let repository = plan.repository
        let draft = change.draft
        let number = nextNumber
        let (classIDs, subject) = Plan.proposalSubject(draft)
        let head = try plan.proposalCommit(files: draft.files, onto: mainTree, parent: main, message: "Propose \(subject)\n\n\(draft.reason)",
                                           by: cast.author, at: time, timeZone: timeZone)
        let headTree = try repository.readCommit(head).treeID
        let changes = try changeSets(change)
        let categories = changes.reduce(into: Set<ChangeCategory>()) { $0.formUnion($1.categories) }
        var tip = try plan.eventCommit(number, parent: nil, subject: "Open proposal \(number): \(subject)", body: draft.reason,
                                       trailers: Plan.openedTrailers(draft, classIDs: classIDs, base: main, head: head, tree: headTree),
                                       by: cast.author, at: time, timeZone: timeZone)
        var votes: [Vote] = []
        for (stage, voter) in try cast.voters(for: workflow.stages.filter { $0.applies(to: categories) }) {
            let at = time.addingTimeInterval(Double(votes.count + 1))
            let event = Plan.voteEvent(number, .approve, stage: stage.name, role: stage.role, head: head, tree: headTree)
            tip = try plan.eventCommit(number, parent: tip, subject: event.subject, body: GeneratedCast.voteComment,
                                       trailers: event.trailers, by: voter, at: at, timeZone: timeZone)
            votes.append(Vote(voter: voter.id, role: stage.role, stage: stage.name, decision: .approve,
                              comment: GeneratedCast.voteComment, tree: headTree, at: at, event: tip))
        }
        let adoptedAt = time.addingTimeInterval(Double(votes.count + 1))
        let message = try Plan.adoptionMessage(number: number, meta: tip, head: head, kind: draft.kind, reason: draft.reason,
                                               changes: changes, workflow: workflow.name, workflowBlob: workflow.blob,
                                               approvals: votes, adopter: cast.adopter)
        let signature = Signature(name: cast.adopter.name, email: cast.adopter.email, time: adoptedAt,
                                  timeZoneOffsetMinutes: RecordedTime.offsetMinutes(at: adoptedAt, timeZone: timeZone))
        let commit = try repository.createCommit(tree: headTree, parents: [main], author: signature, committer: signature, message: message)
        tip = try plan.eventCommit(number, parent: tip, subject: "Adopt proposal \(number)", body: "", trailers: Plan.adoptedTrailers(commit),
                                   by: cast.adopter, at: adoptedAt, timeZone: timeZone)
        pendingReferences += [(Proposal.headRef(number), head), (Proposal.metaRef(number), tip)]
        main = commit
        mainTree = headTree
        nextNumber += 1
    }

    /// Starts batching: `main` moves into `packed-refs`, where each flush moves it together with
    /// the batch's proposal refs.
    func start() throws {
        try plan.repository.packReferences()
        try plan.repository.startObjectBatch()
    }

    /// Makes the batch part of the plan, in an order a kill cannot break: first the batch's
    /// objects are packed and synced to disk; then one rewrite of `packed-refs` adds the batch's
    /// proposal refs (the same refs `propose` and `adopt` create, without a loose file, folder and
    /// reflog each) and moves `main` by compare-and-swap from the last flush's adoption to this
    /// one. The rename that commits that file is the only moment the plan changes.
    mutating func flush() throws {
        try plan.repository.flushObjectBatch()
        guard main != flushedMain || !pendingReferences.isEmpty else { return }
        try plan.repository.addPackedReferences(pendingReferences, moving: (PlanLayout.mainRef, flushedMain, main))
        pendingReferences = []
        flushedMain = main
    }

    /// Flushes the last batch and ends batching (see `Repository.finishObjectBatch()`).
    mutating func finish() throws {
        try flush()
        try plan.repository.finishObjectBatch()
    }

    /// What `Plan.changeSets(from:to:)` finds for this change (in git's path order), from the
    /// texts in memory: every path the draft writes is new or changed content.
    private func changeSets(_ change: GeneratedPlanWriter.Change) throws -> [ClassChangeSet] {
        try change.draft.files.map(\.path).sorted().map { path in
            let parts = path.split(separator: "/").map(String.init)
            if parts[2] == PlanLayout.classFileName {
                return ClassChangeSet(classID: parts[1], effective: nil, path: path, changes: nil, categories: [.lineage])
            }
            guard let version = change.versions[path], let date = PlanLayout.effectiveDate(fromFileName: parts[2]) else {
                throw PlanError.invalidInput("generated change writes \(path) without its version in memory")
            }
            return try Plan.versionChangeSet(classID: parts[1], effective: date, path: path, before: nil, after: version.after) { _ in
                version.previous
            }
        }
    }
}
