import ClaspSpec

/// What a spec's printed history says about the plan's classes: the imported class's older
/// revisions as title-only versions, established on its earliest printed date from the
/// predecessors on its chart; each chart column as a predecessor class with its dated titles,
/// retitles where the column's title changes, and a merge into the imported class.
///
/// Nothing here is specific to one agency's chart: ids come from `ImportRequest.classID(fromTitle:)`
/// of a column's first title, dates from whatever the importer parsed. What cannot be placed
/// (a title with no date, a date on or after the merge it leads to) becomes a warning.
struct ChartImport {
    /// One class as the print gives it.
    struct PrintedClass: Equatable {
        var id: String
        var events: [LineageEvent]
        var versions: [VersionTitle]
        var notes: [String]
    }

    /// The imported class first, then one per placed chart column.
    private(set) var classes: [PrintedClass] = []
    private(set) var warnings: [String] = []
    /// Whether the print says when the imported class was established (a chart's successor
    /// date, or predecessors merging into it); a plain list of revision dates only bounds it, so
    /// a class the plan already holds keeps its own establishment.
    private(set) var printsEstablishment = false

    /// Reads the history of `version` (of class `classID`) as printed in `source`.
    init(classID: String, version: SpecVersion, history: PrintedHistory, source: String) {
        let effective = version.effective
        let chart = history.chart
        var printed = Set(history.revised + (chart?.successorRevisions ?? []))
        if let date = chart?.successorDate { printed.insert(date) }
        var established = chart?.successorDate ?? printed.min() ?? effective
        if established > effective {
            warnings.append("the spec dates the start of \(version.title) \(established), after this version's effective date \(effective); established on \(effective)")
            established = effective
        }
        for date in printed.sorted() where date < established {
            warnings.append("printed date \(date) is before \(established), when the chart says \(version.title) began; not recorded")
        }
        if let printedTitle = chart?.successorTitle, printedTitle != version.title {
            warnings.append("the chart names the class '\(printedTitle)', the spec '\(version.title)'; recorded as '\(version.title)'")
        }
        var predecessors: [PrintedClass] = []
        for (number, column) in (chart?.columns ?? []).enumerated() {
            let name = "chart column \(number + 1)"
            guard let predecessor = Self.predecessor(column, name: name, into: classID, on: established,
                                                     successorTitle: version.title, source: source,
                                                     taken: Set(predecessors.map(\.id)), warnings: &warnings) else { continue }
            predecessors.append(predecessor)
        }
        printsEstablishment = chart?.successorDate != nil || !predecessors.isEmpty
        let dates = printed.filter { $0 >= established && $0 < effective }.union(established < effective ? [established] : [])
        classes.append(PrintedClass(
            id: classID,
            events: [LineageEvent(date: established, kind: .established, from: predecessors.map(\.id), title: version.title)],
            versions: dates.sorted().map { VersionTitle(effective: $0, title: version.title) },
            notes: []))
        classes += predecessors
    }

    /// One chart column as a predecessor class, or nil (with a warning) when nothing in it can be placed.
    private static func predecessor(_ column: LineageChartColumn, name: String, into successor: String, on merged: PlanDate,
                                    successorTitle: String, source: String, taken: Set<String>,
                                    warnings: inout [String]) -> PrintedClass? {
        for title in column.titles where title.dates.isEmpty {
            warnings.append("\(name): '\(title.title)' has no date printed with it; not placed")
        }
        let dated = column.titles.filter { !$0.dates.isEmpty && !$0.title.isEmpty }
        for title in column.titles where title.title.isEmpty {
            warnings.append("\(name): dates \(title.dates.map(\.text).joined(separator: ", ")) have no title printed with them; not placed")
        }
        guard let first = dated.first else { return nil }
        let id = ImportRequest.classID(fromTitle: first.title)
        guard Slug.isValid(id), id != successor, !taken.contains(id) else {
            warnings.append("\(name): '\(first.title)' gives the class id '\(id)', which is not free for a predecessor; column not placed")
            return nil
        }
        var events: [LineageEvent] = []
        var versions: [VersionTitle] = []
        for title in dated {
            for printed in title.dates {
                let date = printed.date
                if date >= merged {
                    warnings.append("\(name): '\(title.title)' \(printed.text) is not before \(merged), when it became \(successorTitle); not placed")
                    continue
                }
                if let last = versions.last {
                    guard date > last.effective else {
                        if date < last.effective {
                            warnings.append("\(name): '\(title.title)' \(printed.text) is older than the line above it (\(last.effective)); not placed")
                        }
                        continue
                    }
                    if last.title != title.title {
                        events.append(LineageEvent(date: date, kind: .retitled, oldTitle: last.title, title: title.title))
                    }
                } else {
                    events.append(LineageEvent(date: date, kind: .established, title: title.title))
                }
                versions.append(VersionTitle(effective: date, title: title.title))
            }
        }
        guard !versions.isEmpty else { return nil }
        events.append(LineageEvent(date: merged, kind: .mergedInto, into: [successor]))
        return PrintedClass(id: id, events: events, versions: versions, notes: [
            "Dates from the lineage chart printed with \(successorTitle) (\(source)); the texts of these versions are not on file.",
        ])
    }
}
