import ClaspGit
import ClaspSpec
public import Foundation

extension Plan {
    /// Records spec versions as an administrator's bootstrap writes, one commit each, marked as
    /// such in their trailers so the audit can tell them from adoptions.
    ///
    /// Every request is validated before anything is written: one bad file writes nothing.
    ///
    /// - Parameters:
    ///   - requests: versions to record, in order.
    ///   - personID: the roster id of the administrator doing the import.
    ///   - replace: allow replacing an existing, different version file (a bootstrap correction).
    ///   - dryRun: validate and report without writing.
    /// - Throws: `PlanError` for an unknown person, a missing role, an invalid class id, or an
    ///   existing different version without `replace`.
    public func importVersions(_ requests: [ImportRequest], by personID: String, replace: Bool = false,
                               dryRun: Bool = false, at time: Date = Date()) throws -> [ImportOutcome] {
        let snapshot = try current()
        let config = try snapshot.config()
        let person = try snapshot.roster().require(personID, role: .administrator,
                                                   for: "import specifications (a bootstrap write)")
        var planned: [(ImportRequest, ImportOutcome.Action, [PlanFileWrite])] = []
        var claimed = Set<String>()
        var establishing = Set<String>()
        // Oldest first, so a class new to the plan is established by its earliest version.
        for request in requests.sorted(by: { $0.version.effective < $1.version.effective }) {
            try PlanLayout.validateClassID(request.classID)
            let path = PlanLayout.versionFile(request.classID, request.version.effective)
            guard claimed.insert(path).inserted else {
                throw PlanError.invalidInput("two of the files given are both \(request.classID) effective \(request.version.effective)")
            }
            let content = SpecVersionCodec.encode(request.version)
            var writes = [PlanFileWrite(path: path, content: content)]
            let action: ImportOutcome.Action
            if establishing.contains(request.classID) {
                action = .addedVersion
            } else if try !snapshot.hasClass(request.classID) {
                establishing.insert(request.classID)
                action = .establishedClass
                let record = ClassRecord(id: request.classID, events: [
                    LineageEvent(date: request.version.effective, kind: .established, title: request.version.title),
                ])
                writes.append(PlanFileWrite(path: PlanLayout.classFile(request.classID), content: ClassRecordCodec.encode(record)))
            } else if let existing = try snapshot.text(at: path) {
                if existing == content {
                    action = .unchanged
                } else if replace {
                    action = .replacedVersion
                } else {
                    throw PlanError.invalidInput(
                        "class '\(request.classID)' already has a different version effective \(request.version.effective) (\(request.source)); pass --replace to record a correction")
                }
            } else {
                action = .addedVersion
            }
            planned.append((request, action, writes))
        }
        var outcomes: [ImportOutcome] = []
        var head = try mainHead()
        for (request, action, writes) in planned {
            var outcome = ImportOutcome(classID: request.classID, effective: request.version.effective, action: action)
            if !dryRun && action != .unchanged {
                let title = request.version.title
                let message = "Import \(title) effective \(request.version.effective)\n\n"
                    + "Bootstrap import by an administrator from \(request.source); not an adoption."
                head = try record(writes, message: message, trailers: [
                    Trailer(key: "Change", value: "import \(request.classID) \(request.version.effective)"),
                    Trailer(key: "Effective-Date", value: request.version.effective.iso),
                    Trailer(key: "Bootstrap", value: "administrator import, not an adoption"),
                ], by: person, timeZone: config.timeZone, at: time, expectedHead: head)
                outcome.commit = head.hex
            }
            outcomes.append(outcome)
        }
        return outcomes
    }
}
