/// Comparing levels of a series ("Finance Technician I" with "II") or two different classes,
/// as a classification study reads them: sections pair by what they are about, not by their
/// headings or levels, and experience, education, licenses and supervision differences are
/// called out first (``SpecChangeSet/keyDifferences``).
extension SpecDiff {
    /// The differences between level `oldLevel` of `old` and level `newLevel` of `new` (often
    /// the same version): each side reduced to what applies to its level, then compared with
    /// sections paired across levels.
    ///
    /// - Parameters:
    ///   - old: the version holding the first level.
    ///   - oldLevel: its level ("I"), as the version's `levels` name it.
    ///   - new: the version holding the second level.
    ///   - newLevel: its level ("II").
    /// - Returns: the changes from the first level to the second, with key differences called out.
    /// - Throws: ``SpecDiffError/unknownLevel(side:level:title:)`` when a version has no such
    ///   level, and what ``compare(_:_:)`` throws.
    public func compareLevels(_ old: SpecVersion, level oldLevel: String,
                              _ new: SpecVersion, level newLevel: String) throws -> SpecChangeSet {
        guard let a = Self.projected(old, toLevel: oldLevel) else {
            throw SpecDiffError.unknownLevel(side: .old, level: oldLevel, title: old.title)
        }
        guard let b = Self.projected(new, toLevel: newLevel) else {
            throw SpecDiffError.unknownLevel(side: .new, level: newLevel, title: new.title)
        }
        var across = self
        across.options.alignsAcrossLevels = true
        var set = try across.compare(a, b)
        set.callsOutKeyDifferences = true
        return set
    }

    /// The differences between two different classes (a classification study, a peer agency's
    /// class): sections paired by kind across levels, key differences called out.
    ///
    /// - Throws: what ``compare(_:_:)`` throws.
    public func compareClasses(_ old: SpecVersion, _ new: SpecVersion) throws -> SpecChangeSet {
        var across = self
        across.options.alignsAcrossLevels = true
        var set = try across.compare(old, new)
        set.callsOutKeyDifferences = true
        return set
    }

    /// The version as it reads for one level: its sections for all levels and for that level
    /// (levels cleared, so the two sides pair), the level's own title, no list of levels. Nil
    /// when the version names no such level and no section is marked with it.
    static func projected(_ version: SpecVersion, toLevel level: String) -> SpecVersion? {
        func same(_ a: String?) -> Bool { a.map { $0.lowercased() == level.lowercased() } ?? false }
        let named = version.levels.first { same($0.level) }
        var marked = false
        func keep(_ sections: [Section]) -> [Section] {
            sections.compactMap { section in
                if section.level != nil {
                    guard same(section.level) else { return nil }
                    marked = true
                }
                var copy = section
                copy.level = nil
                copy.sections = keep(section.sections)
                return copy
            }
        }
        var projected = version
        projected.sections = keep(version.sections)
        guard named != nil || marked else { return nil }
        projected.title = named?.title ?? "\(version.title) (level \(level))"
        projected.levels = []
        return projected
    }
}

extension SpecChangeSet {
    /// The substantive changes to experience, education, licenses and supervision: the
    /// differences a classification study weighs first between two levels or classes. Headings
    /// are left out: between levels they differ by design ("Finance Technician I" / "II").
    public var keyDifferences: [SpecChange] {
        let kinds: Set<SectionKind> = [.experience, .education, .licenses, .supervision,
                                       .supervisionReceived, .supervisionExercised]
        return changes.filter { change in
            change.isSubstantive && change.path.field != "heading" && change.path.sections.contains { kinds.contains($0.kind) }
        }
    }

    /// One line per key difference: its summary, and for rewording with no quantity to name,
    /// both texts shortened.
    var keyDifferenceLines: [String] {
        keyDifferences.map { change in
            guard change.operation == .reworded, change.quantities.isEmpty,
                  let before = change.before, let after = change.after else { return change.summary }
            return "\(change.summary): \(ChangeSummary.quote(before)) → \(ChangeSummary.quote(after))"
        }
    }
}
