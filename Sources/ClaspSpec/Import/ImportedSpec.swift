/// The result of importing one plain-text spec: the version, the lineage chart the document
/// carries (if any), and what the importer had to guess.
public struct ImportedSpec: Sendable {
    /// The spec text as a version. Its effective date is the one asked for, else the newest
    /// revision date printed, else the "Original Date".
    public var version: SpecVersion
    /// The predecessor chart printed at the end of some specs, as data.
    public var chart: LineageChart?
    /// Source text that became structure rather than content, as written: labels of header
    /// cells whose values went into typed fields ("FLSA Status", "Job Code"), the caption before
    /// the title ("Class Specification") and "Original Date". Reported so that every word of the
    /// source is accounted for.
    public var labels: [String]
    /// What the importer could not classify with confidence ("line 62: heading 'Fiscal
    /// Responsibility:' is not a known section kind; kept as kind: other").
    public var warnings: [String]
    /// Where the effective date came from when none was given ("line 12: Revised: July 16, 2019"),
    /// so an administrator can check the importer's choice; nil when the date was given.
    public var effectiveSource: String?

    public init(version: SpecVersion, chart: LineageChart? = nil, labels: [String] = [], warnings: [String] = [],
                effectiveSource: String? = nil) {
        self.version = version
        self.chart = chart
        self.labels = labels
        self.warnings = warnings
        self.effectiveSource = effectiveSource
    }
}
