import ClaspSpec

/// The rules about a class's life span: nothing happens to it before it was established, and no
/// version takes effect while it is abolished.
extension LineageChecker {
    /// Retitles, abolitions and reinstatements dated before the class's establishment (merges
    /// and splits are `edgeBeforeEstablishment`).
    func eventsBeforeEstablishment(_ lineageClass: LineageClass) -> [LineageFinding] {
        let events = lineageClass.record.events
        guard let established = events.filter({ $0.kind == .established }).map(\.date).min() else { return [] }
        return events.enumerated().compactMap { index, event in
            guard [.retitled, .abolished, .reinstated].contains(event.kind), event.date < established else { return nil }
            return finding(.eventBeforeEstablishment, lineageClass, index,
                "This \(event.kind.rawValue) event on \(event.date) comes before the class was established on \(established).")
        }
    }

    /// Versions dated before the class was established, or while it stood abolished.
    func versionsOutsideLife(_ lineageClass: LineageClass) -> [LineageFinding] {
        let events = lineageClass.record.events.sorted { $0.date < $1.date }
        let established = events.first { $0.kind == .established }?.date
        return lineageClass.versions.compactMap { version in
            let file = "classes/\(lineageClass.id)/\(version.effective.iso).yaml"
            if let established, version.effective < established {
                return LineageFinding(rule: .versionBeforeEstablishment, file: file, classID: lineageClass.id, date: version.effective,
                    message: "This version takes effect \(version.effective), before the class was established on \(established) "
                        + "(\(lineageClass.recordPath)); date the establishment no later than its first version.")
            }
            var abolishedOn: PlanDate?
            for event in events where event.date <= version.effective {
                if event.kind == .abolished { abolishedOn = event.date }
                if event.kind == .reinstated { abolishedOn = nil }
            }
            guard let abolishedOn else { return nil }
            return LineageFinding(rule: .versionAfterAbolition, file: file, classID: lineageClass.id, date: version.effective,
                message: "This version takes effect \(version.effective), after the class was abolished on \(abolishedOn) "
                    + "(\(lineageClass.recordPath)); record its reinstatement first.")
        }
    }
}
