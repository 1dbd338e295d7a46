import ClaspSpec

/// Geometry of the SVG timeline: where each date falls across the page and where each
/// class's lane sits down it. Kept apart from the drawing so the arithmetic is testable alone.
struct LineageTimelineLayout {
    let width: Double
    let labelWidth = 250.0
    let rightMargin = 40.0
    let top = 46.0
    let laneHeight = 50.0
    let bottom = 46.0
    /// Jan 1 of the first year shown, as a day number.
    let firstDay: Int
    /// Jan 1 of the year after the last year shown.
    let lastDay: Int
    let firstYear: Int
    let lastYear: Int
    /// Lane index of each class.
    let lanes: [String: Int]
    let laneCount: Int

    init(graph: LineageGraph, ids: [String], width: Double) {
        self.width = width
        var dates: [PlanDate] = []
        for id in ids {
            dates += graph.timeline(of: id).map(\.date)
            dates += (graph.lineageClass(id)?.versions ?? []).map(\.effective)
        }
        let minYear = dates.map(\.year).min() ?? 2000
        let maxYear = dates.map(\.year).max() ?? minYear
        firstYear = minYear
        // One spare year on the right, so classes still in effect visibly run on.
        lastYear = maxYear + 2
        firstDay = CivilTime.days(year: firstYear, month: 1, day: 1)
        lastDay = CivilTime.days(year: lastYear, month: 1, day: 1)
        lanes = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($0.element, $0.offset) })
        laneCount = ids.count
    }

    var height: Double { top + Double(laneCount) * laneHeight + bottom }
    var plotLeft: Double { labelWidth }
    var plotRight: Double { width - rightMargin }

    /// The x of the start of a day.
    func x(_ date: PlanDate) -> Double {
        let day = CivilTime.days(year: date.year, month: date.month, day: date.day)
        return plotLeft + Double(day - firstDay) / Double(max(1, lastDay - firstDay)) * (plotRight - plotLeft)
    }

    func x(year: Int) -> Double {
        plotLeft + Double(CivilTime.days(year: year, month: 1, day: 1) - firstDay)
            / Double(max(1, lastDay - firstDay)) * (plotRight - plotLeft)
    }

    /// The vertical centre of a class's lane.
    func y(_ id: String) -> Double {
        top + (Double(lanes[id] ?? 0) + 0.5) * laneHeight
    }

    /// Years that get a label: every year on short spans, every 2, 5 or 10 on long ones.
    var labelledYears: [Int] {
        let span = lastYear - firstYear
        let step = [1, 2, 5, 10, 20, 50].first { span / $0 <= 16 } ?? 100
        return stride(from: firstYear, through: lastYear, by: 1).filter { $0 % step == 0 || step == 1 }
    }
}

/// Small text helpers for writing SVG by hand.
enum SVGText {
    /// Escapes text for XML character data and attributes; see `MarkupText`.
    static func escaped(_ text: String) -> String { MarkupText.escaped(text) }

    /// A coordinate with at most one decimal, so output is compact and identical across runs.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let whole = abs(tenths) / 10, fraction = abs(tenths) % 10
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }

    /// Cuts text to fit a width, assuming an average glyph width, and marks the cut with "…".
    static func fitted(_ text: String, width: Double, glyph: Double) -> String {
        let room = Int(width / glyph)
        guard text.count > room else { return text }
        guard room > 1 else { return "" }
        return String(text.prefix(room - 1)) + "…"
    }
}
