public import ClaspGit
public import ClaspSpec

/// Where one stage of a proposal's workflow stands.
public struct StageStatus: Equatable, Sendable {
    public var stage: String
    public var role: Role
    /// Approvals the stage needs (a number, or the majority of the role's holders on the roster).
    public var needed: Int
    /// Approvals that count: current votes, or earlier ones carried over a revision.
    public var approvals: [Vote]
    /// Rejections on the current head; any one blocks.
    public var rejections: [Vote]
    public var rejected: Bool { !rejections.isEmpty }
    public var satisfied: Bool { approvals.count >= needed && rejections.isEmpty }
}

/// A vote that does not count, and why.
public struct DiscountedVote: Equatable, Sendable {
    public var vote: Vote
    public var reason: String
}

/// Everything needed to judge a proposal: its routing, each stage's votes, and what is missing.
public struct ProposalStatus: Equatable, Sendable {
    public var proposal: Proposal
    public var workflow: String
    /// The blob id of the workflow file in force (on the proposal's base).
    public var workflowBlob: ObjectID
    public var workflowPath: String
    public var categories: [ChangeCategory]
    public var changes: [ClassChangeSet]
    /// The stages that apply, in workflow order.
    public var stages: [StageStatus]
    /// Votes cast on an earlier head that the workflow's carry-votes rule drops.
    public var staleVotes: [Vote]
    /// Votes that break a rule (self-approval, a role the voter lacks).
    public var invalidVotes: [DiscountedVote]
    public var blockedBy: [String]
    public var readyToAdopt: Bool
    /// The role whose vote is needed next (the first stage not yet satisfied).
    public var awaiting: [Role]

    /// What each unsatisfied stage still needs, as sentences.
    public var missing: [String] {
        stages.filter { !$0.satisfied }.map { stage in
            if stage.rejected { return "stage '\(stage.stage)' is rejected by \(stage.rejections.map(\.voter).joined(separator: ", "))" }
            let more = stage.needed - stage.approvals.count
            return "stage '\(stage.stage)': \(more) more approval\(more == 1 ? "" : "s") from \(ApprovalError.article(stage.role.rawValue)) \(stage.role.rawValue) (\(stage.approvals.count) of \(stage.needed))"
        }
    }
}
