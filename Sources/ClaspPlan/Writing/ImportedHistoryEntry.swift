public import ClaspSpec

/// One thing an import records besides the version it was asked for: a title-only version or a
/// lineage event, of the imported class or of a predecessor on its chart.
public struct ImportedHistoryEntry: Equatable, Sendable, CustomStringConvertible {
    public var classID: String
    public var date: PlanDate
    /// The event recorded, or nil for a title-only version (`text: not-on-file`).
    public var event: LineageEvent?
    /// The title-only version's title, or the event's (new) title.
    public var title: String?

    public init(classID: String, date: PlanDate, event: LineageEvent? = nil, title: String? = nil) {
        self.classID = classID
        self.date = date
        self.event = event
        self.title = title ?? event?.title
    }

    /// "title-only-version" or the event's kind ("established", "retitled", "merged-into").
    public var kind: String { event?.kind.rawValue ?? "title-only-version" }

    /// `accounting-technician 2001-07-01: retitled "Accounting Technician" → "Accounting Technician I/II"`.
    public var description: String {
        let head = "\(classID) \(date): "
        guard let event else { return head + "title-only version \"\(title ?? "")\" (text not on file)" }
        switch event.kind {
        case .established:
            let from = event.from.isEmpty ? "" : " from \(event.from.joined(separator: ", "))"
            return head + "established" + (event.title.map { " as \"\($0)\"" } ?? "") + from
        case .retitled:
            return head + "retitled \"\(event.oldTitle ?? "?")\" → \"\(event.title ?? "?")\""
        case .mergedInto, .splitInto:
            return head + (event.kind == .mergedInto ? "merged into " : "split into ") + event.into.joined(separator: ", ")
        case .abolished, .reinstated:
            return head + event.kind.rawValue
        }
    }
}
