/// The text of one class specification in effect from one date: the content of
/// `classes/<class-id>/<YYYY-MM-DD>.yaml`.
///
/// Only `title`, `effective` and `sections` are required. A version whose text was never
/// filed (only its title and date survive, as in an old lineage chart) has `textOnFile == false`
/// and no sections; it is still a version, so "what was in effect on D" can name it.
public struct SpecVersion: Equatable, Sendable {
    /// The class title in this version ("Finance Technician I/II").
    public var title: String
    /// The first day this text is in effect; always equals the file name's date.
    public var effective: PlanDate
    /// False for a version known by title and date alone (`text: not-on-file`).
    public var textOnFile: Bool
    /// Class or job code(s) as the agency writes them ("11002").
    public var code: String?
    /// The levels of a series ("I", "II") with their full titles; empty for a single class.
    public var levels: [SeriesLevel]
    /// FLSA overtime status.
    public var flsa: FLSAStatus?
    /// Pay placement as the agency states it (band, zone, range).
    public var pay: PayPlacement?
    /// Probationary period as written ("12 Months").
    public var probation: String?
    /// Dates printed on the source document (revision-date blocks, "Original Date:"),
    /// kept as written; they are provenance, not the plan's effective timeline.
    public var sourceDates: SourceDates?
    /// Extra header key/value pairs the importer found and no typed field holds
    /// (e.g. a "Job Title" cell), in source order.
    public var attributes: [Attribute]
    /// The body, in document order.
    public var sections: [Section]

    public init(title: String, effective: PlanDate, textOnFile: Bool = true, code: String? = nil,
                levels: [SeriesLevel] = [], flsa: FLSAStatus? = nil, pay: PayPlacement? = nil,
                probation: String? = nil, sourceDates: SourceDates? = nil,
                attributes: [Attribute] = [], sections: [Section] = []) {
        self.title = title
        self.effective = effective
        self.textOnFile = textOnFile
        self.code = code
        self.levels = levels
        self.flsa = flsa
        self.pay = pay
        self.probation = probation
        self.sourceDates = sourceDates
        self.attributes = attributes
        self.sections = sections
    }
}

/// One level of a class series, e.g. `I` titled "Finance Technician I".
public struct SeriesLevel: Equatable, Sendable, Encodable {
    public var level: String
    public var title: String
    public init(level: String, title: String) { self.level = level; self.title = title }
}

/// FLSA overtime status; the two values the Act knows.
public enum FLSAStatus: String, Equatable, Sendable, CaseIterable {
    case exempt
    case nonExempt = "non-exempt"
}

/// Where a class sits on the pay plan, as the agency names it.
public struct PayPlacement: Equatable, Sendable, Encodable {
    public var band: String?
    public var zone: String?
    public var range: String?
    public init(band: String? = nil, zone: String? = nil, range: String? = nil) {
        self.band = band; self.zone = zone; self.range = range
    }
}

/// The dates a source document prints about itself.
public struct SourceDates: Equatable, Sendable, Encodable {
    /// "Original Date: February 2015" keeps "February 2015".
    public var original: String?
    /// A revision-date block, newest first as printed ("07-16-19").
    public var revised: [String]
    public init(original: String? = nil, revised: [String] = []) {
        self.original = original; self.revised = revised
    }
}

/// A header key/value pair with no typed field of its own.
public struct Attribute: Equatable, Sendable, Encodable {
    public var name: String
    public var value: String
    public init(name: String, value: String) { self.name = name; self.value = value }
}
