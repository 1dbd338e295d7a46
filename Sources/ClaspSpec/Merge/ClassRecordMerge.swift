/// Three-way merge of a class's lineage record, for rebasing a lineage proposal onto a main
/// that has adopted another change to the same class since.
///
/// A record is a dated list of events, so two changes fit together when each only adds or
/// removes whole events: the proposal's additions and removals are replayed onto main's
/// record, in date order. Changing the same notes differently on both sides is a conflict.
/// Whether the merged history makes sense (a retitle after an adopted abolition) is for
/// `clasp check` to say, which every rebase runs on the result.
public struct ClassRecordMerge: Sendable {
    public init() {}

    public enum Outcome: Equatable, Sendable {
        case merged(ClassRecord)
        case conflicts([String])
    }

    public func merge(base: ClassRecord, ours: ClassRecord, theirs: ClassRecord) -> Outcome {
        var events = theirs.events
        for removed in base.events where !ours.events.contains(removed) {
            events.removeAll { $0 == removed }
        }
        for added in ours.events where !base.events.contains(added) && !events.contains(added) {
            let index = events.firstIndex { $0.date > added.date } ?? events.endIndex
            events.insert(added, at: index)
        }
        var notes = theirs.notes
        if ours.notes != base.notes {
            guard theirs.notes == base.notes || theirs.notes == ours.notes else {
                return .conflicts(["the class's notes were changed both here and on main"])
            }
            notes = ours.notes
        }
        return .merged(ClassRecord(id: theirs.id, events: events, notes: notes))
    }
}
