/// Compares two spec versions and says what changed in meaning: duties added or reworded,
/// experience raised, FLSA status changed, a license requirement removed.
///
/// Any two versions can be compared: two effective versions of one class, two recorded states
/// of one version (a correction), or two different classes. Typed fields are compared first,
/// then the section trees, aligned as DESIGN §7 describes (see ``ItemAligner``).
public struct SpecDiff: Sendable {
    public var options: SpecDiffOptions

    public init(options: SpecDiffOptions = .init()) {
        self.options = options
    }

    /// The changes from `old` to `new`, in document order of `new` (removals where they stood).
    ///
    /// - Parameters:
    ///   - old: the earlier or "before" version.
    ///   - new: the later or "after" version.
    /// - Returns: every change, typed fields first; empty when the two say the same thing word
    ///   for word.
    /// - Throws: ``SpecDiffError/textNotOnFile(side:title:effective:)`` when either version is
    ///   known by title and date alone, because its text cannot be compared.
    public func compare(_ old: SpecVersion, _ new: SpecVersion) throws -> SpecChangeSet {
        guard old.textOnFile else {
            throw SpecDiffError.textNotOnFile(side: .old, title: old.title, effective: old.effective)
        }
        guard new.textOnFile else {
            throw SpecDiffError.textNotOnFile(side: .new, title: new.title, effective: new.effective)
        }
        let changes = movedChanges(fieldChanges(old, new) + sectionChanges(old.sections, new.sections, in: SectionContext.top),
                                   old: old, new: new)
        return SpecChangeSet(from: .init(title: old.title, effective: old.effective),
                             to: .init(title: new.title, effective: new.effective),
                             changes: changes)
    }

    /// Builds the change for one text that differs: word diff, quantities, and the editorial
    /// check that may overrule the section's category.
    func textChange(path: ChangePath, operation: ChangeOperation, category: ChangeCategory,
                    noun: String, before: String?, after: String?, isTentative: Bool = false,
                    editorialAllowed: Bool = true, readQuantities: Bool = true,
                    detail: String? = nil) -> SpecChange {
        var words: [WordDiffSegment] = []
        var quantities: [QuantityChange] = []
        var finalCategory = category
        if let before, let after, before != after {
            if options.describesChanges { words = WordDiff.segments(before: before, after: after, cellCap: options.wordDiffCellCap) }
            if operation == .reworded || operation == .fieldChanged || operation == .moved {
                if readQuantities && options.describesChanges { quantities = QuantityReader.changes(before: before, after: after) }
                if editorialAllowed, !isTentative, EditorialCheck.isEditorial(before, after) {
                    finalCategory = .editorial
                }
            }
        }
        let summary = !options.describesChanges ? "" : ChangeSummary.sentence(operation: operation, noun: noun, before: before, after: after,
                                             quantities: quantities, isEditorial: finalCategory == .editorial,
                                             isTentative: isTentative, level: path.level, detail: detail)
        return SpecChange(path: path, operation: operation, category: finalCategory, before: before,
                          after: after, words: words, quantities: quantities, isTentative: isTentative,
                          summary: summary)
    }
}
