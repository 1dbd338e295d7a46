import ClaspSpec

/// The plan's classes as they stood on a date: what `clasp list` and the plan index show.
public struct ClassCatalog {
    public struct Entry: Equatable, Sendable {
        public var classID: String
        /// The title of the version in effect, nil when none is.
        public var title: String?
        /// The effective date of that version.
        public var effective: PlanDate?
        public var status: ClassStatus
    }

    let snapshot: PlanSnapshot

    public init(snapshot: PlanSnapshot) { self.snapshot = snapshot }

    /// Every class with its status, title and version on `date`, sorted by id.
    public func entries(on date: PlanDate) throws -> [Entry] {
        try snapshot.classIDs().map { id in
            let record = try snapshot.classRecord(id)
            let dates = try snapshot.effectiveDates(id)
            var entry = Entry(classID: id, title: nil, effective: nil, status: record.status(on: date))
            if let effective = dates.last(where: { $0 <= date }) {
                entry.effective = effective
                entry.title = try snapshot.version(id, effective: effective).title
            }
            if entry.status == .active && entry.effective == nil { entry.status = .notYetInEffect }
            return entry
        }
    }
}
