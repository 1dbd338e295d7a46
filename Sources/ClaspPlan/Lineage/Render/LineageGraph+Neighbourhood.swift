import ClaspSpec

/// The part of the graph a drawing shows.
extension LineageGraph {
    /// A class with everything it came from and everything it became, or the whole graph
    /// when `root` is nil; ordered by the day each class came into effect, then by id, so
    /// drawings read from oldest to newest.
    public func neighbourhood(of root: String?) -> [String] {
        let ids: [String]
        if let root {
            guard contains(root) else { return [] }
            ids = [root] + origins(of: root).map(\.classID) + fate(of: root).map(\.classID)
        } else {
            ids = classIDs
        }
        return ids.sorted {
            (startDate(of: $0) ?? .distantPast, $0) < (startDate(of: $1) ?? .distantPast, $1)
        }
    }

    /// The edges between the given classes, by date.
    public func edges(among ids: [String]) -> [LineageEdge] {
        let members = Set(ids)
        return ids.flatMap { edges(outOf: $0) }.filter { members.contains($0.to) }.sorted(by: Self.edgeOrder)
    }

    /// How an event reads in a drawing or a tree: "retitled "A" → "B"", "merged into x".
    static func phrase(_ event: LineageEvent) -> String {
        var text: String
        switch event.kind {
        case .established:
            text = "established"
            if let title = event.title { text += " as \"\(title)\"" }
            if !event.from.isEmpty { text += " from " + event.from.joined(separator: ", ") }
        case .retitled:
            text = "retitled \"\(event.oldTitle ?? "?")\" → \"\(event.title ?? "?")\""
        case .mergedInto:
            text = "merged into " + event.into.joined(separator: ", ")
        case .splitInto:
            text = "split into " + event.into.joined(separator: ", ")
        case .abolished:
            text = "abolished"
        case .reinstated:
            text = "reinstated"
            if let title = event.title { text += " as \"\(title)\"" }
        }
        if let note = event.note { text += " (\(note))" }
        return text
    }

    /// A class's events and its revisions (version dates no event explains) as dated lines.
    func datedLines(of id: String) -> [(date: PlanDate, text: String)] {
        let events = timeline(of: id)
        let eventDates = Set(events.map(\.date))
        var lines = events.map { (date: $0.date, text: Self.phrase($0)) }
        for version in lineageClass(id)?.versions ?? [] where !eventDates.contains(version.effective) {
            lines.append((version.effective, "revised"))
        }
        return lines.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }

    /// The title a class is best known by: its last one.
    func displayTitle(of id: String) -> String {
        titleHistory(of: id).last?.title ?? title(of: id, on: .distantFuture) ?? id
    }
}
