public import ClaspSpec

/// The plan's classes as they stood on a date: what `clasp list` and the plan index show.
public struct ClassCatalog {
    public struct Entry: Equatable, Sendable {
        public var classID: String
        /// The title on the date (from the version in effect or the lineage events).
        public var title: String?
        /// The effective date of the version in effect, nil when none is.
        public var effective: PlanDate?
        public var status: LineageStatus
    }

    let snapshot: PlanSnapshot

    public init(snapshot: PlanSnapshot) { self.snapshot = snapshot }

    /// Every class with its status, title and version on `date`, sorted by id.
    public func entries(on date: PlanDate) throws -> [Entry] {
        let graph = try snapshot.lineageGraph()
        return graph.classIDs.map { id in
            let versions = graph.lineageClass(id)?.versions ?? []
            return Entry(classID: id, title: graph.title(of: id, on: date),
                         effective: versions.last(where: { $0.effective <= date })?.effective,
                         status: graph.status(of: id, on: date) ?? .notYetEstablished)
        }
    }
}
