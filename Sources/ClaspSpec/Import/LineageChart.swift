/// A chart of predecessor classes as some specs print it at the end: one column per predecessor
/// line of classes, each with its dated titles, all flowing into the class the spec describes.
///
/// The chart is kept as printed (titles and date texts as written) with the dates parsed beside
/// them, so it can seed `class.yaml` lineage events without re-reading the text.
public struct LineageChart: Sendable, Equatable {
    /// One per predecessor column, left to right as printed.
    public var columns: [LineageChartColumn]
    /// The class the columns flow into ("Finance Technician I/II").
    public var successorTitle: String?
    /// When the successor was established (the date printed beside its title).
    public var successorDate: PlanDate?
    /// The successor's later revision dates, oldest first. Their text is the version's
    /// `sourceDates.revised`, which the same lines print; they are not stored twice.
    public var successorRevisions: [PlanDate]

    public init(columns: [LineageChartColumn] = [], successorTitle: String? = nil, successorDate: PlanDate? = nil,
                successorRevisions: [PlanDate] = []) {
        self.columns = columns
        self.successorTitle = successorTitle
        self.successorDate = successorDate
        self.successorRevisions = successorRevisions
    }
}

/// One predecessor line: the titles it carried over time, oldest first
/// (Accounting Technician, then Accounting Technician I/II).
public struct LineageChartColumn: Sendable, Equatable {
    public var titles: [LineageChartTitle]
    public init(titles: [LineageChartTitle]) { self.titles = titles }
}

/// One title in a chart column with the dates printed under it, oldest first; the first date is
/// when the title was established, later ones are revisions.
public struct LineageChartTitle: Sendable, Equatable {
    public var title: String
    public var dates: [LineageChartDate]
    public init(title: String, dates: [LineageChartDate]) { self.title = title; self.dates = dates }
}

/// A date as the chart prints it ("07/1/05") and as a calendar date.
public struct LineageChartDate: Sendable, Equatable {
    public var text: String
    public var date: PlanDate
    public init(text: String, date: PlanDate) { self.text = text; self.date = date }
}
