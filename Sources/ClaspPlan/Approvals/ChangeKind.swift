/// The number of a proposal: refs/proposals/<n>/…, allocated from 1 upwards.
public typealias ProposalNumber = Int

/// What a proposal does to the plan. The kind picks the workflow (`applies-to`); the semantic
/// diff of the files picks the stages.
public enum ChangeKind: String, CaseIterable, Sendable, Codable {
    /// A new class with its first version.
    case establish
    /// A new effective version of an existing class.
    case revise
    /// An edit of an existing effective version (its text was wrong from that date).
    case correct
    case retitle
    case merge
    case split
    case abolish
    case reinstate
    /// A change to roster.yaml (plan governance).
    case roster
    /// A change to workflows/*.yaml (plan governance).
    case workflow

    /// Whether the kind changes the plan's governance files rather than its classes.
    public var isGovernance: Bool { self == .roster || self == .workflow }
}

/// How a voter decided.
public enum VoteDecision: String, CaseIterable, Sendable, Codable {
    case approve
    case reject
    case abstain
}

/// Where a proposal stands.
public enum ProposalState: String, CaseIterable, Sendable, Codable {
    case open
    case adopted
    case withdrawn
}
