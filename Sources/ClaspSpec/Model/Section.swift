/// One part of a spec body: a heading with paragraphs, list items, or nested parts.
///
/// Sections nest the way the source document does ("MINIMUM QUALIFICATIONS" >
/// "Finance Technician I" > "Knowledge of:"), so every heading survives an import and a
/// diff can name a path a reader recognises.
public struct Section: Equatable, Sendable {
    /// What the section is about; drives diff categories and workflow routing.
    public var kind: SectionKind
    /// The heading exactly as written ("EXAMPLES OF ESSENTIAL DUTIES"), nil when untitled.
    public var heading: String?
    /// The series level this section applies to ("I"), nil when it applies to all.
    public var level: String?
    /// Paragraphs, in order, before any items.
    public var text: [String]
    /// List entries (duties, knowledge, abilities, ...), in order.
    public var items: [Item]
    /// Nested sections, in order, after text and items.
    public var sections: [Section]

    public init(kind: SectionKind, heading: String? = nil, level: String? = nil,
                text: [String] = [], items: [Item] = [], sections: [Section] = []) {
        self.kind = kind
        self.heading = heading
        self.level = level
        self.text = text
        self.items = items
        self.sections = sections
    }
}

/// One list entry. `id` lets a file pin an item's identity across rewording, which no
/// similarity measure can recover when a sentence is rewritten with synonyms.
public struct Item: Equatable, Sendable, Encodable {
    public var id: String?
    /// A lead-in term, when the source writes "Term: explanation" or a two-column row.
    public var label: String?
    public var text: String
    /// Share of working time, for duties that state one (45 for "45%").
    public var percent: Int?

    public init(id: String? = nil, label: String? = nil, text: String, percent: Int? = nil) {
        self.id = id
        self.label = label
        self.text = text
        self.percent = percent
    }
}

/// The vocabulary of section kinds (DESIGN §3). Unknown headings import as `.other`
/// with their heading kept.
public enum SectionKind: String, Equatable, Sendable, CaseIterable {
    case summary
    case definition
    case distinguishingCharacteristics = "distinguishing-characteristics"
    case supervisionReceived = "supervision-received"
    case supervisionExercised = "supervision-exercised"
    case supervision
    case duties
    case qualifications
    case knowledge
    case abilities
    case skills
    case competencies
    case experience
    case education
    case licenses
    case physicalDemands = "physical-demands"
    case environment
    /// Announcement material: examination, application, selection process, notices. Kept apart
    /// so a bulletin's "how to apply" never reads as a duty or a qualification.
    case recruitment
    case other
}
