import ClaspGit
import ClaspSpec
import ClaspTrailers
public import Foundation

extension Plan {
    /// Records a vote on the proposal's current head. A later vote by the same person in the
    /// same stage replaces the earlier one; both stay in the log.
    ///
    /// - Parameter stage: the stage to vote in; by default the first unsatisfied stage that
    ///   applies and whose role the voter holds.
    /// - Throws: `ApprovalError.proposalClosed`, `.notInRoster`, `.lacksRole`, `.selfApproval`.
    public func vote(_ number: ProposalNumber, _ decision: VoteDecision, comment: String, by person: String,
                     stage: String? = nil, at time: Date = Date()) throws {
        try retryingConflicts {
            let proposal = try self.proposal(number)
            guard proposal.state == .open else { throw ApprovalError.proposalClosed(number: number, state: proposal.state) }
            let voter = try member(person, of: proposal)
            let status = try evaluate(proposal)
            let chosen: StageStatus
            if let stage {
                guard let named = status.stages.first(where: { $0.stage == stage }) else {
                    throw ApprovalError.noStageForPerson(person: person, stages: status.stages.map(\.stage))
                }
                guard voter.roles.contains(named.role) else {
                    throw ApprovalError.lacksRole(person: person, role: named.role.rawValue, stage: named.stage)
                }
                chosen = named
            } else {
                let mine = status.stages.filter { voter.roles.contains($0.role) }
                guard let pick = mine.first(where: { !$0.satisfied && $0.open }) ?? mine.first(where: { !$0.satisfied }) ?? mine.first else {
                    let wanted = status.stages.first { !$0.satisfied } ?? status.stages.first
                    if let wanted { throw ApprovalError.lacksRole(person: person, role: wanted.role.rawValue, stage: wanted.stage) }
                    throw ApprovalError.noStageForPerson(person: person, stages: [])
                }
                chosen = pick
            }
            if !chosen.open, let waiting = status.stages.first(where: { !$0.satisfied })?.stage {
                throw ApprovalError.stageNotOpen(stage: chosen.stage, waitingFor: waiting)
            }
            if decision == .approve && person == proposal.author { throw ApprovalError.selfApproval(person: person) }
            let tree = try repository.readCommit(proposal.head).treeID
            let event = Self.voteEvent(number, decision, stage: chosen.stage, role: chosen.role, head: proposal.head, tree: tree)
            try appendEvent(number, expected: proposal.meta, subject: event.subject, body: comment, trailers: event.trailers,
                            by: voter, at: time)
        }
    }

    /// The subject and trailers of a vote event (shared with the plan generator).
    static func voteEvent(_ number: ProposalNumber, _ decision: VoteDecision, stage: String, role: Role, head: ObjectID,
                          tree: ObjectID) -> (subject: String, trailers: [Trailer]) {
        ("Vote \(decision.rawValue) on proposal \(number) (\(stage))",
         [Trailer(.event, "vote"), Trailer(.decision, decision.rawValue),
          Trailer(.stage, stage), Trailer(.role, role.rawValue),
          Trailer(.head, head.hex), Trailer(.tree, tree.hex)])
    }
}
