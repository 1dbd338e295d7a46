public import ClaspGit
public import Foundation

/// One vote as the meta log records it: who, in which role and stage, what they decided, and
/// the tree they saw.
public struct Vote: Equatable, Sendable {
    public var voter: String
    public var role: Role
    public var stage: String
    public var decision: VoteDecision
    public var comment: String
    /// The proposed tree the voter looked at; decides whether the vote survives a revision.
    public var tree: ObjectID
    public var at: Date
    /// The meta commit recording the vote.
    public var event: ObjectID

    public init(voter: String, role: Role, stage: String, decision: VoteDecision, comment: String, tree: ObjectID, at: Date, event: ObjectID) {
        self.voter = voter; self.role = role; self.stage = stage; self.decision = decision
        self.comment = comment; self.tree = tree; self.at = at; self.event = event
    }
}
