/// Thresholds of the semantic diff; the defaults follow DESIGN §7.
public struct SpecDiffOptions: Sendable, Equatable {
    /// Word overlap (Dice, stop words left out) at or above which two entries are the same
    /// entry reworded.
    public var rewordThreshold: Double
    /// Overlap at or above which (and below `rewordThreshold`) two entries are still paired,
    /// marked tentative; below it they are a removal and an addition.
    public var possibleMatchThreshold: Double
    /// Share of a piece's words that must come from the whole, and of the whole covered by
    /// both pieces, for a split or a merge.
    public var splitContainment: Double
    /// Largest LCS table (old words × new words of the differing middle) a word diff may build;
    /// beyond it the middle is shown as replaced whole.
    public var wordDiffCellCap: Int
    /// Whether the dates a source document prints about itself are compared.
    public var compareSourceDates: Bool
    /// Largest leftover matrix (old × new entries of one list) paired by optimal assignment;
    /// larger ones are paired best-first.
    public var assignmentCellCap: Int
    /// Whether each change is described for a reader (its word diff, quantities and summary
    /// sentence). Routing needs only the changes' categories, which do not depend on those, so
    /// `audit verify` switches them off; the changes found and their categories are the same.
    public var describesChanges: Bool
    /// Whether sections of the same kind pair even when their levels differ (level I's
    /// experience with level II's), as they should when two classes or two levels are compared;
    /// off for two versions of one class, where a level's sections replacing another's is news.
    public var alignsAcrossLevels: Bool

    public init(rewordThreshold: Double = 0.5, possibleMatchThreshold: Double = 0.3,
                splitContainment: Double = 0.7, wordDiffCellCap: Int = 250_000,
                compareSourceDates: Bool = true, assignmentCellCap: Int = 40_000, describesChanges: Bool = true,
                alignsAcrossLevels: Bool = false) {
        self.rewordThreshold = rewordThreshold
        self.possibleMatchThreshold = possibleMatchThreshold
        self.splitContainment = splitContainment
        self.wordDiffCellCap = wordDiffCellCap
        self.compareSourceDates = compareSourceDates
        self.assignmentCellCap = assignmentCellCap
        self.describesChanges = describesChanges
        self.alignsAcrossLevels = alignsAcrossLevels
    }
}
