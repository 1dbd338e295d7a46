/// The identity and lineage of one class: the content of `classes/<class-id>/class.yaml`.
///
/// The class id is the folder name and never changes; titles live in the version files,
/// and every change of identity over the years is a dated `LineageEvent` here, so lineage
/// is data rather than a guess from renames.
public struct ClassRecord: Equatable, Sendable {
    /// Stable slug, `[a-z0-9][a-z0-9-]*`, equal to the folder name.
    public var id: String
    /// Lineage events in date order.
    public var events: [LineageEvent]
    /// Free remarks about the class (sources of the chart, caveats).
    public var notes: [String]

    public init(id: String, events: [LineageEvent] = [], notes: [String] = []) {
        self.id = id
        self.events = events
        self.notes = notes
    }
}

/// One dated change in a class's identity. Edges between classes are recorded at both
/// ends (A `merged-into` B on D; B `established` `from` A on D) and must agree.
public struct LineageEvent: Equatable, Sendable {
    public var date: PlanDate
    public var kind: LineageEventKind
    /// Predecessor class ids (`established` from a merge or split).
    public var from: [String]
    /// Successor class ids (`merged-into`, `split-into`).
    public var into: [String]
    /// The title before a retitle.
    public var oldTitle: String?
    /// The title after a retitle, or the title at establishment.
    public var title: String?
    /// Why, in the agency's words (resolution number, study name).
    public var note: String?

    public init(date: PlanDate, kind: LineageEventKind, from: [String] = [], into: [String] = [],
                oldTitle: String? = nil, title: String? = nil, note: String? = nil) {
        self.date = date
        self.kind = kind
        self.from = from
        self.into = into
        self.oldTitle = oldTitle
        self.title = title
        self.note = note
    }
}

public enum LineageEventKind: String, Equatable, Sendable, CaseIterable {
    case established
    case retitled
    case mergedInto = "merged-into"
    case splitInto = "split-into"
    case abolished
    case reinstated
}

/// The ids a plan accepts for classes, people and workflows: lower-case ASCII letters,
/// digits and hyphens, starting with a letter or digit, so they are safe as path components.
public enum Slug {
    public static func isValid(_ s: some StringProtocol) -> Bool {
        guard let first = s.utf8.first, s.utf8.count <= 100 else { return false }
        func ok(_ c: UInt8) -> Bool { (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) }
        return ok(first) && s.utf8.allSatisfy { ok($0) || $0 == 0x2D }
    }
}
