import ClaspSpec

/// One class of a generated plan, fully decided before anything is written: when it starts
/// and ends, its version days, and its lineage events.
struct GeneratedClass {
    var id: String
    var profile: SpecTextGenerator.Profile
    /// Day it is established (its first version's day).
    var start: Int
    /// Day it is merged, split or abolished; versions all come before it.
    var end: Int?
    /// Predecessors when it was established by a merge or split.
    var origins: [Int] = []
    var versionDays: [Int] = []
    /// Retitles by day, in day order.
    var retitles: [(day: Int, title: String)] = []
    /// Every lineage event, in date order once `sortEvents()` ran.
    var events: [LineageEvent] = []

    /// The title in effect on `day`.
    func title(on day: Int) -> String {
        retitles.last { $0.day <= day }?.title ?? profile.title
    }

    /// The class record as known at the end of `day`: the events dated on or before it.
    func record(knownOn day: Int) -> ClassRecord {
        let date = GeneratedDay.date(day)
        return ClassRecord(id: id, events: events.filter { $0.date <= date })
    }

    mutating func sortEvents() {
        let order: [LineageEventKind: Int] = [.established: 0, .retitled: 1, .mergedInto: 2, .splitInto: 2, .abolished: 3]
        events = events.enumerated().sorted {
            ($0.element.date, order[$0.element.kind] ?? 4, $0.offset) < ($1.element.date, order[$1.element.kind] ?? 4, $1.offset)
        }.map(\.element)
    }
}
