public import ClaspSpec

/// A class and where it stood on one date, as the as-of lineage view lists it.
public struct ClassOnDate: Equatable, Sendable {
    public var classID: String
    public var title: String?
    public var status: LineageStatus

    public init(classID: String, title: String?, status: LineageStatus) {
        self.classID = classID
        self.title = title
        self.status = status
    }
}

/// The lineage of one class seen from one date: "who were Finance Technician's
/// predecessors in 2003?" answered as data.
public struct LineageView: Equatable, Sendable {
    public var classID: String
    /// The date asked about; nil means "as of the end of the record".
    public var asOf: PlanDate?
    /// Where the class stood on `asOf`.
    public var status: LineageStatus
    /// Its title on `asOf` (nil before it existed).
    public var title: String?
    /// Every title it bore, over its whole life.
    public var titles: [TitleSpan]
    /// Where it came from, newest step first.
    public var origins: [LineageStep]
    /// What became of it, oldest step first.
    public var fate: [LineageStep]
    /// When the class did not exist yet on `asOf`: its ancestors that were in effect then.
    public var ancestorsInEffect: [ClassOnDate]
    /// When the class had already ended on `asOf`: its descendants that were in effect then.
    public var descendantsInEffect: [ClassOnDate]

    /// The class itself was in effect on `asOf`.
    public var isInEffect: Bool { status.isInEffect }
}

extension LineageGraph {
    /// The lineage of a class, optionally as of a date.
    ///
    /// - Parameters:
    ///   - id: the class.
    ///   - asOf: the date to stand on; nil for the end of the record.
    /// - Returns: nil when the plan has no such class.
    public func lineage(of id: String, asOf: PlanDate? = nil) -> LineageView? {
        let date = asOf ?? .distantFuture
        guard let status = status(of: id, on: date) else { return nil }
        let origins = origins(of: id)
        let fate = fate(of: id)
        func inEffect(_ steps: [LineageStep]) -> [ClassOnDate] {
            steps.map(\.classID).sorted().compactMap { other in
                guard let otherStatus = self.status(of: other, on: date), otherStatus.isInEffect else { return nil }
                return ClassOnDate(classID: other, title: title(of: other, on: date), status: otherStatus)
            }
        }
        let ended: Bool
        switch status {
        case .merged, .split: ended = true
        default: ended = false
        }
        return LineageView(
            classID: id, asOf: asOf, status: status, title: title(of: id, on: date),
            titles: titleHistory(of: id), origins: origins, fate: fate,
            ancestorsInEffect: status == .notYetEstablished ? inEffect(origins) : [],
            descendantsInEffect: ended ? inEffect(fate) : [])
    }
}
