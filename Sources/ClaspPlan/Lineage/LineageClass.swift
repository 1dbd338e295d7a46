public import ClaspSpec

/// The title a version file of a class carries, and the date it took effect.
///
/// Lineage needs only these two facts from each version file, so the graph can be built
/// without reading (or even having) the spec text.
public struct VersionTitle: Equatable, Hashable, Sendable {
    public var effective: PlanDate
    public var title: String

    public init(effective: PlanDate, title: String) {
        self.effective = effective
        self.title = title
    }
}

/// One class as the lineage graph sees it: its `class.yaml` and the titles of its version files.
public struct LineageClass: Equatable, Sendable {
    public var record: ClassRecord
    /// The class's versions in date order (sorted on creation, whatever the input order).
    public var versions: [VersionTitle]

    public var id: String { record.id }

    public init(record: ClassRecord, versions: [VersionTitle] = []) {
        self.record = record
        self.versions = versions.sorted { $0.effective < $1.effective }
    }

    /// The path of the class's record in a plan, used to locate findings.
    public var recordPath: String { "classes/\(record.id)/class.yaml" }
}

extension PlanDate {
    /// Earlier than any date a plan holds; the start of a class with no recorded establishment.
    static let distantPast = PlanDate(year: 1, month: 1, day: 1)!
    /// Later than any date a plan holds; "as of the end of the record".
    static let distantFuture = PlanDate(year: 9999, month: 12, day: 31)!
}
