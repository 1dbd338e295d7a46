public import ClaspPlan
public import ClaspSpec

/// A class specification as the agency publishes it: agency name, title, levels, code, FLSA,
/// pay, the text in its sections, the revision-date block generated from the class's effective
/// history in the agency's date style, and the act that adopted the version shown. No commit
/// hashes, trailers or roster ids: this is the document applicants and employees read.
public struct SpecPublication: Sendable {
    public var agency: String
    public var classID: String
    public var version: SpecVersion
    /// The effective dates of the versions up to the one shown, newest first, as printed.
    public var revisions: [String]
    /// "Adopted under proposal 4 on 2026-07-01, resolution 2026-14", or a bootstrap note.
    public var adoption: String?

    /// The version of `classID` in effect on `asOf` (default today in the plan's time zone).
    ///
    /// - Parameter history: the class's recorded history when the caller already has it (a
    ///   static export publishes every version of a class from one walk of main).
    public static func load(_ plan: Plan, classID: String, asOf: PlanDate?, history: [RecordedChange]? = nil) throws -> SpecPublication {
        let snapshot = try plan.current()
        let config = try snapshot.config()
        let date = try asOf ?? PlanQueries.today(snapshot)
        let found = try snapshot.versionInEffect(classID, on: date)
        let revisions = try snapshot.effectiveDates(classID).filter { $0 <= found.effective }.reversed().map(config.dateStyle.format)
        let file = "\(found.effective.iso).yaml"
        let recorded = try (history ?? plan.history(ofClass: classID)).first { $0.files.contains(file) }.map(HistoryReport.init)
        return SpecPublication(agency: config.agency, classID: classID, version: found.spec, revisions: revisions,
                               adoption: recorded.map { adoptionLine($0, style: config.dateStyle) })
    }

    static func adoptionLine(_ entry: HistoryReport, style: PublishedDateStyle) -> String {
        guard let proposal = entry.proposal else {
            return entry.bootstrap ? "Recorded from the agency's files on \(style.format(entry.recordedOn))." : "Recorded on \(style.format(entry.recordedOn))."
        }
        let act = [entry.resolution.map { "resolution \($0)" }, entry.meeting.map { "meeting of \(style.format($0))" }].compactMap { $0 }
        return "Adopted under proposal \(proposal) on \(style.format(entry.recordedOn))" + (act.isEmpty ? "." : ", \(act.joined(separator: ", ")).")
    }

    /// The header facts as label and value, in the order agencies print them.
    public var facts: [(String, String)] {
        var facts: [(String, String)] = []
        if let code = version.code { facts.append(("Job code", code)) }
        if let flsa = version.flsa { facts.append(("FLSA status", flsa == .exempt ? "Exempt" : "Non-exempt")) }
        if let pay = version.pay {
            let parts = [pay.band.map { "Band \($0)" }, pay.zone.map { "Zone \($0)" }, pay.range.map { "Range \($0)" }].compactMap { $0 }
            if !parts.isEmpty { facts.append(("Pay", parts.joined(separator: ", "))) }
        }
        if let probation = version.probation { facts.append(("Probationary period", probation)) }
        for attribute in version.attributes { facts.append((attribute.name, attribute.value)) }
        return facts
    }
}
