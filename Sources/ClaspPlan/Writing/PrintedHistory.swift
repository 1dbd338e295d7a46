public import ClaspSpec

/// The history a spec prints about itself: its revision dates and, in some agencies' specs, a
/// chart of the predecessor classes it replaced. An import can record it as title-only versions
/// and lineage events (`ChartImport`), so the plan answers "what was this class in 2004?" the
/// way the paper did.
public struct PrintedHistory: Equatable, Sendable {
    /// Every revision date the spec prints, in any order (the successor's date on the chart too).
    public var revised: [PlanDate]
    public var chart: LineageChart?

    public init(revised: [PlanDate] = [], chart: LineageChart? = nil) {
        self.revised = revised
        self.chart = chart
    }

    /// The history an imported plain-text spec prints.
    public init(_ spec: ImportedSpec) {
        self.init(revised: spec.version.sourceDates?.revisedDates ?? [], chart: spec.chart)
    }

}
