import ClaspGit
import ClaspSpec

/// Counts a proposal's votes stage by stage under its workflow, from its log alone.
///
/// Rules, in the order they apply to each voter's latest vote in a stage:
/// - the voter must be on the roster in force and hold the stage's role; authors cannot approve;
/// - a vote cast on another tree than the current head survives the revisions since only as the
///   workflow's `carry-votes` says (approvals and abstentions), while a rejection is sticky: it
///   survives every editorial revision, and only a substantive one (or the voter) clears it;
/// - unless the workflow runs its stages in parallel, a vote counts only if, when it was cast,
///   every earlier stage had passed, judged by the votes cast before it. The log is the clock,
///   so the audit re-derives this from git as `vote` enforces it.
struct VoteTally {
    private(set) var stages: [StageStatus] = []
    /// Votes on an earlier head that the revisions since dropped.
    private(set) var dropped: [Vote] = []
    private(set) var invalid: [DiscountedVote] = []

    /// Whether the change between two trees is editorial for the proposal's own files: the tree
    /// voted on, the base in force when that vote was cast, and the head now.
    typealias EditorialCheck = (_ voted: ObjectID, _ votedBase: ObjectID, _ head: ObjectID) throws -> Bool

    init(proposal: Proposal, workflow: Workflow, stages applicable: [Workflow.Stage], roster: Roster, headTree: ObjectID,
         isEditorial: EditorialCheck) throws {
        let timeline = Timeline(proposal.events, headTree: headTree, base: proposal.base)
        // `Proposal.votes` reads every event's trailers: once per tally, not once per stage.
        let votes = proposal.votes
        var editorial: [[ObjectID]: Bool] = [:]
        /// How a vote stands on the tree `tree` (the head when it is judged).
        func judge(_ vote: Vote, _ stage: Workflow.Stage, on tree: ObjectID) throws -> Judgement {
            guard let voter = roster.person(vote.voter) else { return .invalid("\(vote.voter) is not in the roster in force") }
            guard vote.role == stage.role, voter.roles.contains(stage.role) else {
                return .invalid("\(vote.voter) lacked the \(stage.role.rawValue) role of stage '\(stage.name)'")
            }
            if vote.decision == .approve && vote.voter == proposal.author { return .invalid("\(vote.voter) approved their own proposal") }
            guard vote.tree != tree else { return .counts }
            if workflow.carryVotes == .all { return .counts }
            if workflow.carryVotes == .none && vote.decision != .reject { return .dropped }
            let votedBase = timeline.base(before: vote.event)
            let key = [vote.tree, votedBase, tree]
            if let known = editorial[key] { return known ? .counts : .dropped }
            let result = try isEditorial(vote.tree, votedBase, tree)
            editorial[key] = result
            return result ? .counts : .dropped
        }
        /// The stage as the votes before log position `cutoff` (all of them when nil) decide it.
        var openAt: [[Int]: Bool] = [:]
        func tally(_ index: Int, before cutoff: Int?) throws -> (status: StageStatus, dropped: [Vote], invalid: [DiscountedVote]) {
            let stage = applicable[index]
            let tree = cutoff.map(timeline.tree(before:)) ?? headTree
            let holders = roster.holders(of: stage.role).count
            var status = StageStatus(stage: stage.name, role: stage.role, needed: stage.approvals.needed(holders: holders),
                                     approvals: [], rejections: [], holders: holders, byMajority: stage.approvals == .majority,
                                     veto: stage.veto)
            var dropped: [Vote] = [], invalid: [DiscountedVote] = []
            for vote in Self.latest(votes, stage: stage.name, before: cutoff, timeline: timeline) {
                switch try judge(vote, stage, on: tree) {
                case .invalid(let reason): invalid.append(DiscountedVote(vote: vote, reason: reason)); continue
                case .dropped: dropped.append(vote); continue
                case .counts: break
                }
                if !workflow.parallel, index > 0, let position = timeline.position(of: vote.event) {
                    let key = [index, position]
                    let wasOpen = try openAt[key] ?? (0..<index).allSatisfy { try tally($0, before: position).status.satisfied }
                    openAt[key] = wasOpen
                    guard wasOpen else {
                        let waiting = try (0..<index).first { !(try tally($0, before: position).status.satisfied) }.map { applicable[$0].name } ?? "an earlier stage"
                        invalid.append(DiscountedVote(vote: vote, reason: "\(vote.voter) voted in stage '\(stage.name)' before it opened (stage '\(waiting)' had not passed)"))
                        continue
                    }
                }
                switch vote.decision {
                case .approve: status.approvals.append(vote)
                case .reject: status.rejections.append(vote)
                case .abstain: break
                }
            }
            return (status, dropped, invalid)
        }
        for index in applicable.indices {
            var (status, dropped, invalid) = try tally(index, before: nil)
            status.open = workflow.parallel || stages.allSatisfy(\.satisfied)
            stages.append(status)
            self.dropped += dropped
            self.invalid += invalid
        }
    }

    private enum Judgement { case counts, dropped, invalid(String) }

    /// Each voter's latest vote in `stage` among those before log position `cutoff`, oldest first.
    private static func latest(_ votes: [Vote], stage: String, before cutoff: Int?, timeline: Timeline) -> [Vote] {
        var latest: [String: Vote] = [:]
        var order: [String] = []
        for vote in votes where vote.stage == stage {
            if let cutoff, let position = timeline.position(of: vote.event), position >= cutoff { continue }
            if latest[vote.voter] == nil { order.append(vote.voter) }
            latest[vote.voter] = vote
        }
        return order.compactMap { latest[$0] }
    }

    /// Where each event sits in the log, and the head tree and base in force at each point.
    private struct Timeline {
        private var positions: [ObjectID: Int] = [:]
        /// The head tree and base after each event.
        private var trees: [ObjectID] = []
        private var bases: [ObjectID] = []
        private let finalBase: ObjectID
        private let finalTree: ObjectID

        init(_ events: [ProposalEvent], headTree: ObjectID, base: ObjectID) {
            finalBase = base
            finalTree = headTree
            var tree = headTree, currentBase = base
            // The opening event names the first base; a rebase names a later one.
            for (index, event) in events.enumerated() {
                positions[event.commit] = index
                if event.kind == .opened || event.kind == .revised {
                    if let named = event.trailer(.tree).flatMap(ObjectID.init(hex:)) { tree = named }
                    if let named = event.trailer(.base).flatMap(ObjectID.init(hex:)) { currentBase = named }
                }
                trees.append(tree)
                bases.append(currentBase)
            }
        }

        func position(of event: ObjectID) -> Int? { positions[event] }

        /// The head tree in force just before position `cutoff` (when the event there was cast).
        func tree(before cutoff: Int) -> ObjectID { trees.isEmpty ? finalTree : trees[max(0, min(cutoff - 1, trees.count - 1))] }

        /// The base in force when `event` was recorded.
        func base(before event: ObjectID) -> ObjectID {
            guard let position = positions[event], !bases.isEmpty else { return finalBase }
            return bases[max(0, min(position, bases.count - 1))]
        }
    }
}
