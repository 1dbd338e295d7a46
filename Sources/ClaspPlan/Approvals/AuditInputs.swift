public import ClaspGit

/// The references `audit verify` reads: `main`'s tip and every proposal's meta tip.
///
/// Everything else the audit reads (commits, trees, rosters, workflows, signatures, meta logs)
/// is reached from these by object id, and git objects never change, so two audits of equal
/// inputs give equal reports. A server keeps a report while its inputs stay equal: an adoption
/// moves `main`, and an opened proposal, a vote, a comment or a withdrawal moves a meta tip.
public struct AuditInputs: Hashable, Sendable {
    public var main: ObjectID
    public var proposalTips: [ProposalNumber: ObjectID]

    public init(main: ObjectID, proposalTips: [ProposalNumber: ObjectID]) {
        self.main = main
        self.proposalTips = proposalTips
    }
}

extension Plan {
    /// The references the audit would read now.
    ///
    /// Read before the audit, they name a state no newer than the one it audits: a vote landing
    /// in between makes the next request's inputs differ, so a kept report is never reused for
    /// a state it did not see.
    ///
    /// - Throws: `PlanError.notAPlan` without a `main` branch, or `GitError` when the references
    ///   cannot be listed.
    public func auditInputs() throws -> AuditInputs {
        let tips = Dictionary(try proposalTips().map { ($0.number, $0.tip) }, uniquingKeysWith: { first, _ in first })
        return AuditInputs(main: try mainHead(), proposalTips: tips)
    }
}
