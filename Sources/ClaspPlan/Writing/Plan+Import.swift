import ClaspGit
import ClaspSpec
public import Foundation

extension Plan {
    /// Records spec versions as an administrator's bootstrap writes, one commit each, marked as
    /// such in their trailers so the audit can tell them from adoptions.
    ///
    /// Every request is validated before anything is written, and the plan they would make is
    /// checked as `clasp check` checks it: one bad file, or a plan with new findings, writes
    /// nothing. Main moves once, to the last commit, so a batch lands whole or not at all.
    ///
    /// Bootstrap imports are how a plan starts. Once it has adopted a proposal, its classes
    /// change only through proposals: an import is then refused unless the administrator gives
    /// `overrideReason`, which the commits carry (`Override-Reason:`) and `audit verify`
    /// reports as a finding, unless the workflow in force says `administrator-imports: allowed`.
    ///
    /// - Parameters:
    ///   - requests: versions to record, in order.
    ///   - personID: the roster id of the administrator doing the import.
    ///   - replace: allow replacing an existing, different version file (a bootstrap correction).
    ///   - overrideReason: why an import bypasses the workflow of a plan that governs itself.
    ///   - dryRun: validate and report without writing.
    /// - Throws: `PlanError` for an unknown person, a missing role, an invalid class id, or an
    ///   existing different version without `replace`; `ApprovalError.governed` for an import
    ///   into a governed plan without a reason; `ApprovalError.invalidProposal` with the
    ///   findings of a plan that would fail `clasp check`.
    public func importVersions(_ requests: [ImportRequest], by personID: String, replace: Bool = false,
                               overrideReason: String? = nil, dryRun: Bool = false, at time: Date = Date()) throws -> [ImportOutcome] {
        let snapshot = try current()
        let config = try snapshot.config()
        let person = try snapshot.roster().require(personID, role: .administrator,
                                                   for: "import specifications (a bootstrap write)")
        let reason = overrideReason?.trimmingWhitespace
        if try governed(), reason?.isEmpty != false, try !administratorImportsAllowed(in: mainHead()) {
            throw ApprovalError.governed(adoptions: 1)
        }
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
        let start = try mainHead()
        var head = start
        for (request, action, writes) in planned {
            var outcome = ImportOutcome(classID: request.classID, effective: request.version.effective, action: action)
            if action != .unchanged {
                let title = request.version.title
                let message = "Import \(title) effective \(request.version.effective)\n\n"
                    + "Bootstrap import by an administrator from \(request.source); not an adoption."
                var trailers = [
                    Trailer(.change, "import \(request.classID) \(request.version.effective)"),
                    Trailer(.effectiveDate, request.version.effective.iso),
                    Trailer(.bootstrap, "administrator import, not an adoption"),
                ]
                if let reason, !reason.isEmpty { trailers.append(Trailer(.overrideReason, reason)) }
                head = try recordedCommit(writes, message: message, trailers: trailers, by: person, timeZone: config.timeZone,
                                          at: time, parent: head)
                if !dryRun { outcome.commit = head.hex }
            }
            outcomes.append(outcome)
        }
        guard head != start else { return outcomes }
        let findings = try PlanChecker().newFindings(from: snapshot, to: self.snapshot(commit: head)).map(\.description)
        guard findings.isEmpty else { throw ApprovalError.invalidProposal(findings: findings) }
        if !dryRun { try moveMain(to: head, from: start, message: "Import \(outcomes.count) version(s)") }
        return outcomes
    }

    /// Whether main's history holds an adoption: from then on the plan governs itself.
    func governed() throws -> Bool {
        let walk = try repository.firstParentWalk(from: mainHead())
        while let id = try walk.next() {
            if try repository.readCommit(id).trailers.contains(where: { $0.hasKey(.proposal) }) { return true }
        }
        return false
    }

    /// Whether a workflow in force at `commit` lets administrators import into a governed plan.
    func administratorImportsAllowed(in commit: ObjectID, memo: AuditMemo? = nil) throws -> Bool {
        try workflows(in: commit, memo: memo).contains { $0.workflow.allowsAdministratorImports }
    }
}
