public import ClaspGit
public import ClaspSpec

/// Which recorded change introduced one paragraph or item of a class's text, and who approved it.
public struct BlameEntry: Equatable, Sendable {
    public var section: SectionKind
    public var heading: String?
    public var text: String
    public var commit: ObjectID
    public var recordedOn: PlanDate
    /// The adopted proposal, nil for bootstrap imports and the plan's creation.
    public var proposal: ProposalNumber?
    public var bootstrap: Bool
    /// The people whose approvals the adoption records (`Approved-by:`), with role and stage.
    public var approvedBy: [ApprovalTrailer]
    public var author: String
}
