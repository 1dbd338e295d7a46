import ClaspSpec

/// Checks that a plan's lineage is consistent: every edge recorded at both ends, events in
/// order, nothing happening to a class before it was established or after it was abolished
/// (events and versions alike, until it is reinstated), no class descending from itself, and
/// version-file titles agreeing with the retitles.
///
/// `clasp check` runs it over the classes of one tree. Findings are data, not errors: a plan
/// under repair stays readable, and each finding says what to fix and where.
public struct LineageChecker: Sendable {
    public init() {}

    /// Checks a plan's classes.
    ///
    /// - Parameter classes: every class of one plan tree.
    /// - Returns: findings sorted by file, then event position, then rule.
    public func check(_ classes: [LineageClass]) -> [LineageFinding] {
        let graph = LineageGraph(classes)
        var findings: [LineageFinding] = []
        for id in graph.classIDs {
            guard let lineageClass = graph.lineageClass(id) else { continue }
            findings += eventOrder(lineageClass)
            findings += references(lineageClass, in: graph)
            findings += activityAfterAbolition(lineageClass)
            findings += duplicateRetitles(lineageClass)
            findings += versionTitles(lineageClass, in: graph)
            findings += eventsBeforeEstablishment(lineageClass)
            findings += versionsOutsideLife(lineageClass)
        }
        findings += cycles(in: graph)
        return findings.sorted {
            ($0.file, $0.eventIndex ?? -1, $0.rule.rawValue, $0.message)
                < ($1.file, $1.eventIndex ?? -1, $1.rule.rawValue, $1.message)
        }
    }

    /// A finding located at one event of a class's record.
    func finding(_ rule: LineageFinding.Rule, _ lineageClass: LineageClass, _ index: Int,
                 _ message: String) -> LineageFinding {
        let event = lineageClass.record.events[index]
        return LineageFinding(rule: rule, file: lineageClass.recordPath, classID: lineageClass.id,
                              eventIndex: index, date: event.date, kind: event.kind, message: message)
    }

    /// Events must be listed in date order, so the file reads as a history.
    private func eventOrder(_ lineageClass: LineageClass) -> [LineageFinding] {
        var findings: [LineageFinding] = []
        var latest: (date: PlanDate, index: Int)?
        for (index, event) in lineageClass.record.events.enumerated() {
            if let latest, event.date < latest.date {
                let above = lineageClass.record.events[latest.index]
                findings.append(finding(.eventsOutOfOrder, lineageClass, index,
                    "This event is dated \(event.date), before the \(above.kind.rawValue) event above it "
                    + "(events[\(latest.index)], \(latest.date)); list events in date order."))
            } else {
                latest = (event.date, index)
            }
        }
        return findings
    }

    /// A class is given one new title per date; two retitles on one day leave its title undefined.
    private func duplicateRetitles(_ lineageClass: LineageClass) -> [LineageFinding] {
        var first: [PlanDate: Int] = [:]
        var findings: [LineageFinding] = []
        for (index, event) in lineageClass.record.events.enumerated() where event.kind == .retitled {
            if let earlier = first[event.date] {
                findings.append(finding(.duplicateRetitle, lineageClass, index,
                    "This is a second retitle on \(event.date) (events[\(earlier)] is the first); "
                    + "a class takes one new title per date."))
            } else {
                first[event.date] = index
            }
        }
        return findings
    }

    /// After `abolished`, only `reinstated` may follow (in date order) until the class is reinstated.
    private func activityAfterAbolition(_ lineageClass: LineageClass) -> [LineageFinding] {
        let ordered = lineageClass.record.events.enumerated()
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
        var abolishedOn: PlanDate?
        var findings: [LineageFinding] = []
        for (index, event) in ordered {
            switch event.kind {
            case .abolished where abolishedOn == nil:
                abolishedOn = event.date
            case .reinstated:
                abolishedOn = nil
            default:
                guard let abolishedOn else { continue }
                findings.append(finding(.activityAfterAbolition, lineageClass, index,
                    "This \(event.kind.rawValue) event on \(event.date) comes after the class was abolished "
                    + "on \(abolishedOn); only 'reinstated' may follow an abolition."))
            }
        }
        return findings
    }

    /// Each version file's title must be the title the lineage events give for its date.
    private func versionTitles(_ lineageClass: LineageClass, in graph: LineageGraph) -> [LineageFinding] {
        lineageClass.versions.compactMap { version in
            guard let expected = graph.eventTitle(of: lineageClass.id, on: version.effective),
                  expected.title != version.title else { return nil }
            let source = lineageClass.record.events[expected.index]
            return LineageFinding(
                rule: .versionTitleMismatch, file: "classes/\(lineageClass.id)/\(version.effective.iso).yaml",
                classID: lineageClass.id, date: version.effective,
                message: "The version of \(version.effective) is titled '\(version.title)', but the lineage "
                    + "events give '\(expected.title)' from \(expected.date) (events[\(expected.index)], "
                    + "\(source.kind.rawValue)); correct the version's title or record the retitle.")
        }
    }
}
