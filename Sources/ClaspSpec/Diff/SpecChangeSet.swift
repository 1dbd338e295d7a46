/// The changes between two spec versions, in document order (typed fields first).
public struct SpecChangeSet: Sendable, Equatable {
    /// Title and effective date of one side, for headings in rendered reports.
    public struct Side: Sendable, Equatable {
        public var title: String
        public var effective: PlanDate
        public init(title: String, effective: PlanDate) { self.title = title; self.effective = effective }
    }

    public var from: Side
    public var to: Side
    public var changes: [SpecChange]
    /// Whether renderings list ``keyDifferences`` before the changes: true when two levels or
    /// two classes are compared, where those differences are the point of the comparison.
    public var callsOutKeyDifferences: Bool

    public init(from: Side, to: Side, changes: [SpecChange], callsOutKeyDifferences: Bool = false) {
        self.from = from; self.to = to; self.changes = changes
        self.callsOutKeyDifferences = callsOutKeyDifferences
    }

    public var isEmpty: Bool { changes.isEmpty }
    /// Changes that alter meaning; these decide a workflow's stages.
    public var substantiveCount: Int { changes.count { $0.isSubstantive } }
    public var editorialCount: Int { changes.count { !$0.isSubstantive } }
    /// Every category present, for routing a proposal to the stages that must vote on it. Text
    /// moved between sections counts for the section it left as well as the one it entered, as
    /// its removal and addition would.
    public var categories: Set<ChangeCategory> {
        var categories = Set(changes.map(\.category))
        for change in changes where change.isSubstantive {
            if let origin = change.origin { categories.insert(SectionContext(steps: origin.sections).resolvedCategory) }
        }
        return categories
    }
}
