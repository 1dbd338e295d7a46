import ClaspSpec

extension PlanSnapshot {
    /// Every class's lineage record with the titles of its version files, as the lineage graph
    /// and its checker need them.
    ///
    /// - Throws: `PlanError.format` for the first unreadable `class.yaml` or version file.
    public func lineageClasses() throws -> [LineageClass] {
        try classIDs().filter(Slug.isValid).map { id in
            let titles = try effectiveDates(id).map { VersionTitle(effective: $0, title: try version(id, effective: $0).title) }
            return LineageClass(record: try classRecord(id), versions: titles)
        }
    }

    /// The lineage graph of the whole plan in this snapshot.
    public func lineageGraph() throws -> LineageGraph {
        LineageGraph(try lineageClasses())
    }
}
