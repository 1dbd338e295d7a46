/// What happened to one part of a spec between two versions.
public enum ChangeOperation: String, Sendable, Equatable, Hashable, CaseIterable {
    /// Present only in the newer version (an item, a paragraph, a section, a typed field).
    case added
    /// Present only in the older version.
    case removed
    /// The same entry, in other words.
    case reworded
    /// The same entry at another place in its list.
    case moved
    /// One older entry became two newer ones.
    case split
    /// Two older entries became one newer one.
    case merged
    /// A typed value changed: title, code, FLSA status, pay, a heading, a duty's time share.
    case fieldChanged = "field-changed"
}

/// What a change is about, which decides who has to approve it (DESIGN §6).
///
/// Sections map to categories by kind: `duties`, and the scope-of-work sections `definition`,
/// `distinguishing-characteristics` and `summary` -> ``duties``; `knowledge`, `abilities`,
/// `skills`, `competencies`, `experience`, `education`, `licenses`, `qualifications` ->
/// ``qualifications``; the `supervision*` kinds -> ``supervision``; `physical-demands` and
/// `environment` -> ``physical``. A section of kind `other` takes the category of the nearest
/// enclosing section that has one. Typed fields: title and level titles -> ``title``, code ->
/// ``code``, FLSA -> ``flsa``, pay -> ``pay``; a level added to or removed from a series ->
/// ``lineage``; probation, attributes and source dates -> ``other``. Any change whose only
/// difference is editorial is ``editorial`` whatever its section.
public enum ChangeCategory: String, Sendable, Equatable, Hashable, CaseIterable, Comparable {
    case editorial
    case title
    case code
    case flsa
    case pay
    case duties
    case supervision
    case qualifications
    case physical
    case lineage
    case other

    /// Declaration order, so lists of categories print the same way everywhere.
    public static func < (a: ChangeCategory, b: ChangeCategory) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }

    /// The category of a section of this kind, nil for `other` (which inherits).
    static func of(_ kind: SectionKind) -> ChangeCategory? {
        switch kind {
        case .duties, .definition, .distinguishingCharacteristics, .summary: return .duties
        case .knowledge, .abilities, .skills, .competencies, .experience, .education, .licenses,
             .qualifications: return .qualifications
        case .supervision, .supervisionReceived, .supervisionExercised: return .supervision
        case .physicalDemands, .environment: return .physical
        case .recruitment: return .other
        case .other: return nil
        }
    }
}
