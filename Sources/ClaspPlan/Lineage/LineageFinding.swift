public import ClaspSpec

/// One problem `LineageChecker` found in a plan's lineage, located by file and event.
public struct LineageFinding: Equatable, Sendable, CustomStringConvertible {
    /// The rule a finding breaks, so callers can filter or count them.
    public enum Rule: String, Equatable, Sendable, CaseIterable {
        case unknownClass = "unknown-class"
        case oneSidedEdge = "one-sided-edge"
        case edgeBeforeEstablishment = "edge-before-establishment"
        case activityAfterAbolition = "activity-after-abolition"
        case duplicateRetitle = "duplicate-retitle"
        case eventsOutOfOrder = "events-out-of-order"
        case cycle = "cycle"
        case versionTitleMismatch = "version-title-mismatch"
        case eventBeforeEstablishment = "event-before-establishment"
        case versionBeforeEstablishment = "version-before-establishment"
        case versionAfterAbolition = "version-after-abolition"
    }

    public var rule: Rule
    /// `classes/<id>/class.yaml`, or the version file (`classes/<id>/<date>.yaml`) for a finding about a version.
    public var file: String
    public var classID: String
    /// Position of the event in the file's `events` list.
    public var eventIndex: Int?
    public var date: PlanDate?
    public var kind: LineageEventKind?
    /// A full sentence saying what is wrong and what would be right.
    public var message: String

    public init(rule: Rule, file: String, classID: String, eventIndex: Int? = nil, date: PlanDate? = nil,
                kind: LineageEventKind? = nil, message: String) {
        self.rule = rule
        self.file = file
        self.classID = classID
        self.eventIndex = eventIndex
        self.date = date
        self.kind = kind
        self.message = message
    }

    /// `classes/a/class.yaml: events[2] (2012-08-25 merged-into): <message>`.
    public var description: String {
        var location = file
        if let eventIndex {
            location += ": events[\(eventIndex)]"
            let detail = [date?.iso, kind?.rawValue].compactMap { $0 }.joined(separator: " ")
            if !detail.isEmpty { location += " (\(detail))" }
        }
        return "\(location): \(message)"
    }
}
