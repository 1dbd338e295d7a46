public import ClaspSpec

/// What a proposal changes in one file of the plan, with the categories that route it to stages.
public struct ClassChangeSet: Equatable, Sendable {
    /// The class the file belongs to; nil for governance files (roster, workflows).
    public var classID: String?
    /// The version's effective date; nil for `class.yaml` and governance files.
    public var effective: PlanDate?
    public var path: String
    /// The semantic diff, when both sides have text to compare.
    public var changes: SpecChangeSet?
    /// The categories this file's change falls in.
    public var categories: Set<ChangeCategory>
    /// For `roster.yaml` and `workflows/*.yaml`: who or what the change affects.
    public var governance: GovernanceDiff?
    /// For `class.yaml`: the lineage events added and removed (not computed by the audit,
    /// which routes on the file alone).
    public var lineage: LineageRecordDiff?

    public init(classID: String?, effective: PlanDate?, path: String, changes: SpecChangeSet?, categories: Set<ChangeCategory>,
                governance: GovernanceDiff? = nil, lineage: LineageRecordDiff? = nil) {
        self.classID = classID; self.effective = effective; self.path = path; self.changes = changes; self.categories = categories
        self.governance = governance; self.lineage = lineage
    }
}
