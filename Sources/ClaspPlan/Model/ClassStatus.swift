import ClaspSpec

/// Where a class stands on a date, from its lineage events.
public enum ClassStatus: String, Equatable, Sendable {
    /// Established and not ended.
    case active
    /// Its establishment (or first version) is later than the date.
    case notYetInEffect = "not-yet-in-effect"
    case abolished
    case merged
    case split
}

extension ClassRecord {
    /// The class's status on `date`: the latest event on or before it decides, so a class
    /// reinstated after abolition is active again. A class with no `established` event counts as
    /// established from its first version.
    public func status(on date: PlanDate) -> ClassStatus {
        let past = events.filter { $0.date <= date }.sorted { $0.date < $1.date }
        if events.contains(where: { $0.kind == .established }) && !past.contains(where: { $0.kind == .established }) {
            return .notYetInEffect
        }
        switch past.last(where: { $0.kind != .retitled })?.kind {
        case .abolished: return .abolished
        case .mergedInto: return .merged
        case .splitInto: return .split
        default: return .active
        }
    }
}
