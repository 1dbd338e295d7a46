public import ClaspPlan
public import ClaspSpec
public import Foundation

/// The read questions the CLI and the service both answer, in one place, so a remote
/// `clasp show` prints exactly what a local one does.
public enum PlanQueries {
    /// The snapshot a question is asked of: `main` now, or as known on a date.
    public static func snapshot(_ plan: Plan, asKnownOn: PlanDate?) throws -> PlanSnapshot {
        try asKnownOn.map { try plan.snapshot(asKnownOn: $0) } ?? plan.current()
    }

    /// Today in the plan's time zone: the default effective date of every question.
    public static func today(_ snapshot: PlanSnapshot, now: Date = Date()) throws -> PlanDate {
        RecordedTime.day(of: now, timeZone: try snapshot.config().timeZone)
    }

    /// One class as in effect on `asOf` (default today), optionally as known on a date.
    ///
    /// - Throws: `PlanError.unknownClass`, `.noVersionInEffect`, `.nothingRecorded`.
    public static func show(_ plan: Plan, classID: String, asOf: PlanDate?, asKnownOn: PlanDate?) throws -> ShowReport {
        let snapshot = try snapshot(plan, asKnownOn: asKnownOn)
        let config = try snapshot.config()
        let date = try asOf ?? today(snapshot)
        let found = try snapshot.versionInEffect(classID, on: date)
        return ShowReport(plan: config.id, classID: classID, asOf: date, asKnownOn: asKnownOn,
                          recordedIn: snapshot.commit.id.hex, effective: found.effective, until: found.until,
                          textOnFile: found.spec.textOnFile, timeline: try snapshot.effectiveDates(classID),
                          version: found.spec)
    }

    /// The classes on a date; only those in effect unless `all`.
    public static func list(_ plan: Plan, asOf: PlanDate?, asKnownOn: PlanDate?, all: Bool) throws -> ListReport {
        let snapshot = try snapshot(plan, asKnownOn: asKnownOn)
        let date = try asOf ?? today(snapshot)
        let rows = try ClassCatalog(snapshot: snapshot).entries(on: date).filter { all || $0.status == .active }
        return ListReport(asOf: date, classes: rows.map {
            ListReport.Row(classID: $0.classID, title: $0.title, effective: $0.effective, status: $0.status.name)
        })
    }

    public static func history(_ plan: Plan, classID: String) throws -> [HistoryReport] {
        try plan.history(ofClass: classID).map(HistoryReport.init)
    }

    public static func check(_ plan: Plan) throws -> CheckReport {
        let snapshot = try plan.current()
        let findings = try PlanChecker().check(snapshot)
        return CheckReport(sound: findings.isEmpty, classes: try snapshot.classIDs().count, commit: snapshot.commit.id.hex,
                           findings: findings.map { .init(file: $0.file, line: $0.line, message: $0.message) })
    }

    public static func summary(_ plan: Plan, id: String) throws -> PlanSummary {
        let snapshot = try plan.current()
        let config = try snapshot.config()
        return PlanSummary(id: id, agency: config.agency, timeZone: config.timeZone,
                           classes: try snapshot.classIDs().count, head: snapshot.commit.id.hex)
    }

    /// A version named `class@YYYY-MM-DD` (the version effective from that date) or `class`
    /// (the version in effect today, or on `asOf`).
    ///
    /// - Throws: `PlanError.invalidInput` for a malformed reference, or the lookup's errors.
    public static func version(_ snapshot: PlanSnapshot, reference: String, asOf: PlanDate?) throws -> SpecVersion {
        let parts = reference.split(separator: "@", maxSplits: 1).map(String.init)
        guard let classID = parts.first, !classID.isEmpty else {
            throw PlanError.invalidInput("'\(reference)' does not name a version; use class-id or class-id@YYYY-MM-DD")
        }
        if parts.count == 2 {
            guard let date = PlanDate(iso: parts[1]) else {
                throw PlanError.invalidInput("'\(parts[1])' is not a date; use class-id@YYYY-MM-DD")
            }
            return try snapshot.versionInEffect(classID, on: date).spec
        }
        return try snapshot.versionInEffect(classID, on: asOf ?? today(snapshot)).spec
    }
}
