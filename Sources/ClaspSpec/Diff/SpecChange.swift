/// One change in meaning between two spec versions, with what a committee needs to judge it.
public struct SpecChange: Sendable, Equatable, Hashable {
    public var path: ChangePath
    public var operation: ChangeOperation
    public var category: ChangeCategory
    /// The older text (nil for an addition). A split or merge joins its pieces with a newline.
    public var before: String?
    /// The newer text (nil for a removal).
    public var after: String?
    /// Word-level diff of `before` and `after`, empty for additions and removals.
    public var words: [WordDiffSegment]
    /// Numbers that changed, so "raised" or "lowered" can be said.
    public var quantities: [QuantityChange]
    /// True for a reworded pair whose word overlap is only in the "possible match" band
    /// (see ``SpecDiffOptions/rewordThreshold``): a reviewer should confirm it is the same entry.
    public var isTentative: Bool
    /// One sentence for a reader: "Experience raised from two to three years for level I".
    public var summary: String
    /// Where a moved entry stood in the older version, when it moved to another section
    /// (``path`` is where it stands now); nil for everything else.
    public var origin: ChangePath?

    public init(path: ChangePath, operation: ChangeOperation, category: ChangeCategory,
                before: String?, after: String?, words: [WordDiffSegment] = [],
                quantities: [QuantityChange] = [], isTentative: Bool = false, summary: String,
                origin: ChangePath? = nil) {
        self.path = path
        self.operation = operation
        self.category = category
        self.before = before
        self.after = after
        self.words = words
        self.quantities = quantities
        self.isTentative = isTentative
        self.summary = summary
        self.origin = origin
    }

    /// Whether the change alters meaning (everything but ``ChangeCategory/editorial``).
    public var isSubstantive: Bool { category != .editorial }
}
