/// Reads the end of a spec: the revision-date block ("07-16-19", "06-21-18", ...) and the
/// lineage chart laid out with tabs under it.
///
/// The chart is read column by column, newest at the top: a cell with a title starts that title
/// (with its date); untitled dates below it belong to it; the first row holds each column's
/// newest title.
struct TrailerReader {
    /// Dates of the revision block as printed, newest first.
    private(set) var revised: [String] = []
    private(set) var chart: LineageChart?
    /// Lines in the trailer that are neither dates nor chart rows, for the body to keep.
    private(set) var leftovers: [SourceLine] = []

    /// Where the trailer starts: the first line that begins with a printed date and has no tab.
    static func start(of lines: [SourceLine], from cursor: Int) -> Int {
        lines[cursor...].firstIndex { !$0.text.contains("\t") && TextRules.leadingDate($0.text) != nil } ?? lines.count
    }

    init(_ lines: ArraySlice<SourceLine>, file: String?) throws {
        var successorTitle: String?
        var successorDate: PlanDate?
        var revisionDates: [PlanDate] = []
        var grid: [SourceLine] = []
        for line in lines where !line.isBlank {
            if line.text.contains("\t") {
                grid.append(line)
            } else if let (text, date, rest) = TextRules.leadingDate(line.text) {
                guard let date else { throw ImportError.invalidDate(text, file: file, line: line.number) }
                revised.append(text)
                if rest.isEmpty {
                    revisionDates.append(date)
                } else {
                    successorTitle = rest
                    successorDate = date
                }
            } else {
                leftovers.append(line)
            }
        }
        guard !grid.isEmpty || successorTitle != nil else { return }
        chart = LineageChart(columns: try Self.columns(of: grid, file: file), successorTitle: successorTitle,
                             successorDate: successorDate,
                             successorRevisions: revisionDates.filter { date in successorDate.map { date > $0 } ?? true }.sorted())
    }

    private static func columns(of grid: [SourceLine], file: String?) throws -> [LineageChartColumn] {
        let rows = grid.map(\.cells)
        let width = rows.map(\.count).max() ?? 0
        var columns: [LineageChartColumn] = []
        for column in 0..<width {
            var titles: [LineageChartTitle] = []   // newest first while reading down
            for (row, cells) in rows.enumerated() where column < cells.count && !cells[column].isEmpty {
                let cell = cells[column]
                let number = grid[row].number
                guard let (text, date, rest) = TextRules.leadingDate(cell) else {
                    titles.append(LineageChartTitle(title: cell, dates: []))
                    continue
                }
                guard let date else { throw ImportError.invalidDate(text, file: file, line: number) }
                let entry = LineageChartDate(text: text, date: date)
                if !rest.isEmpty || titles.isEmpty {
                    titles.append(LineageChartTitle(title: rest, dates: [entry]))
                } else {
                    titles[titles.count - 1].dates.append(entry)
                }
            }
            guard !titles.isEmpty else { continue }
            columns.append(LineageChartColumn(titles: titles.reversed().map {
                LineageChartTitle(title: $0.title, dates: $0.dates.reversed())
            }))
        }
        return columns
    }
}
