public import ClaspSpec

/// What a change to one `class.yaml` does to the class's lineage, in the words a committee
/// reads: "retitled from Accounting Technician II to Finance Technician II on 2026-07-01".
///
/// Events are compared whole: an event on one side and not the other was added or removed
/// (an edited event is both). Proposal reports show these lines for `class.yaml` files, the way
/// they show a semantic diff for version files.
public struct LineageRecordDiff: Equatable, Sendable {
    public struct Line: Equatable, Sendable {
        /// `event-added`, `event-removed` or `notes-changed`.
        public var code: String
        public var summary: String
        public var date: PlanDate?
    }

    public var lines: [Line]

    public init(from old: ClassRecord?, to new: ClassRecord?) {
        let before = old?.events ?? []
        let after = new?.events ?? []
        lines = before.filter { !after.contains($0) }.map { Line(code: "event-removed", summary: "removed: " + Self.sentence($0), date: $0.date) }
            + after.filter { !before.contains($0) }.map { Line(code: "event-added", summary: Self.sentence($0), date: $0.date) }
        if (old?.notes ?? []) != (new?.notes ?? []) {
            lines.append(Line(code: "notes-changed", summary: "notes changed: " + (new?.notes ?? []).joined(separator: " "), date: nil))
        }
    }

    /// The diff of two `class.yaml` texts (nil: absent), or nil when a side does not decode
    /// (the proposal's own checks report that).
    public static func compare(old: String?, new: String?, path: String) -> LineageRecordDiff? {
        guard let before = try? old.map({ try ClassRecordCodec.decode($0, file: path) }),
              let after = try? new.map({ try ClassRecordCodec.decode($0, file: path) }) else { return nil }
        return LineageRecordDiff(from: before, to: after)
    }

    /// One event as a sentence, with its date and note.
    public static func sentence(_ event: LineageEvent) -> String {
        func quoted(_ title: String?) -> String { title.map { "“\($0)”" } ?? "" }
        let what: String
        switch event.kind {
        case .established:
            what = "established" + (event.title.map { " as \(quoted($0))" } ?? "")
                + (event.from.isEmpty ? "" : " from \(event.from.joined(separator: ", "))")
        case .retitled:
            what = "retitled" + (event.oldTitle.map { " from \(quoted($0))" } ?? "") + " to \(quoted(event.title))"
        case .mergedInto: what = "merged into \(event.into.joined(separator: ", "))"
        case .splitInto: what = "split into \(event.into.joined(separator: ", "))"
        case .abolished: what = "abolished"
        case .reinstated: what = "reinstated" + (event.title.map { " as \(quoted($0))" } ?? "")
        }
        return "\(what) on \(event.date)" + (event.note.map { " (\($0))" } ?? "")
    }
}
