public import ClaspSpec

/// Adding lineage events to a class's record without saying anything twice: what a bootstrap
/// import of a printed chart, a retitle on import, or a lineage proposal writes.
extension ClassRecord {
    /// Adds an event in date order unless the record already says it; merges the class lists
    /// of an edge recorded on the same date (`from`, `into`).
    ///
    /// - Parameter event: the event to record.
    /// - Returns: whether the record changed.
    /// - Throws: `LineageConflict` when the record already says otherwise: another
    ///   establishment date, another title on the same date, the same retitle or merge on
    ///   another date.
    @discardableResult
    public mutating func add(_ event: LineageEvent) throws -> Bool {
        func conflict(_ existing: LineageEvent, _ detail: String) -> LineageConflict {
            LineageConflict(classID: id, existing: existing, proposed: event, detail: detail)
        }
        if let index = events.firstIndex(where: { $0.kind == event.kind && $0.date == event.date }) {
            var existing = events[index]
            if let old = existing.title, let new = event.title, old != new {
                throw conflict(existing, "it is titled '\(old)' there, not '\(new)'")
            }
            if let old = existing.oldTitle, let new = event.oldTitle, old != new {
                throw conflict(existing, "its title before was '\(old)', not '\(new)'")
            }
            existing.from += event.from.filter { !existing.from.contains($0) }
            existing.into += event.into.filter { !existing.into.contains($0) }
            existing.title = existing.title ?? event.title
            existing.oldTitle = existing.oldTitle ?? event.oldTitle
            guard existing != events[index] else { return false }
            events[index] = existing
            return true
        }
        switch event.kind {
        case .established:
            if let other = events.first(where: { $0.kind == .established }) {
                throw conflict(other, "it was established on \(other.date), not \(event.date)")
            }
        case .retitled:
            if let other = events.first(where: { $0.kind == .retitled && $0.title == event.title && $0.oldTitle == event.oldTitle }) {
                throw conflict(other, "that retitle is recorded on \(other.date), not \(event.date)")
            }
        case .mergedInto, .splitInto:
            if let other = events.first(where: { ($0.kind == .mergedInto || $0.kind == .splitInto) && !Set($0.into).isDisjoint(with: event.into) }) {
                throw conflict(other, "it \(other.kind == .mergedInto ? "merged" : "split") into \(other.into.joined(separator: ", ")) on \(other.date), not \(event.date)")
            }
        case .abolished, .reinstated:
            break
        }
        let position = events.firstIndex { $0.date > event.date } ?? events.endIndex
        events.insert(event, at: position)
        return true
    }
}

/// An event a class's record contradicts, with what the record says instead.
public struct LineageConflict: Error, Equatable, Sendable, CustomStringConvertible {
    public var classID: String
    public var existing: LineageEvent
    public var proposed: LineageEvent
    /// What the record says instead, as a clause ("it was established on 1996-01-23, not 1995-02-01").
    public var detail: String

    public var description: String {
        "classes/\(classID)/class.yaml does not agree that \(classID) was \(proposed.kind.rawValue) on \(proposed.date): \(detail)"
    }
}
