import ClaspGit
import ClaspSpec
import ClaspTrailers
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
    /// A request's printed history (`ImportRequest.printedHistory`) lands in the same commit as
    /// its version: older revisions as title-only versions, the chart's predecessors as classes
    /// merged into it (`ChartImport`); what the plan already records is not written again, and a
    /// plan that says otherwise refuses the import. A version whose title differs from the one
    /// its existing class bears on that date is refused unless the request `retitles`, which
    /// records a `retitled` event in the same commit.
    ///
    /// - Parameters:
    ///   - requests: versions to record, in order.
    ///   - personID: the roster id of the administrator doing the import.
    ///   - replace: allow replacing an existing, different version file (a bootstrap correction).
    ///   - overrideReason: why an import bypasses the workflow of a plan that governs itself.
    ///   - dryRun: validate and report without writing.
    /// - Throws: `PlanError` for an unknown person, a missing role, an invalid class id, or an
    ///   existing different version without `replace`, a new title without `retitles`, or a
    ///   plan that contradicts a printed history; `ApprovalError.governed` for an import
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
        var outcomes: [ImportOutcome] = []
        var claimed = Set<String>()
        let start = try mainHead()
        var head = start
        // Oldest first, so a class new to the plan is established by its earliest version. Each
        // request is planned against the plan as the requests before it leave it (commits not
        // yet on main), so a batch never records a class or an event twice.
        for request in requests.sorted(by: { $0.version.effective < $1.version.effective }) {
            try PlanLayout.validateClassID(request.classID)
            let path = PlanLayout.versionFile(request.classID, request.version.effective)
            guard claimed.insert(path).inserted else {
                throw PlanError.invalidInput("two of the files given are both \(request.classID) effective \(request.version.effective)")
            }
            let before = head == start ? snapshot : try self.snapshot(commit: head)
            let content = SpecVersionCodec.encode(request.version)
            var lineage = LineageWrites(snapshot: before, source: request.source)
            let action: ImportOutcome.Action
            if try !before.hasClass(request.classID) {
                if request.retitles { throw PlanError.unknownClass(request.classID) }
                action = .establishedClass
                if request.printedHistory == nil {
                    try lineage.add(LineageEvent(date: request.version.effective, kind: .established, title: request.version.title),
                                    to: request.classID, reported: false)
                }
            } else {
                if let existing = try before.text(at: path) {
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
                try recordRetitle(of: request, in: before, into: &lineage)
            }
            var warnings: [String] = []
            if let history = request.printedHistory {
                let chart = ChartImport(classID: request.classID, version: request.version, history: history, source: request.source)
                try lineage.add(chart, importing: request.classID)
                warnings = chart.warnings
            }
            var outcome = ImportOutcome(classID: request.classID, effective: request.version.effective, action: action,
                                        history: Self.inClassOrder(lineage.entries), warnings: warnings)
            let writes = (action == .unchanged ? [] : [PlanFileWrite(path: path, content: content)]) + lineage.writes
            if !writes.isEmpty {
                let title = request.version.title
                let what = action == .unchanged ? "the printed history of \(title)" : "\(title) effective \(request.version.effective)"
                let message = "Import \(what)\n\n"
                    + "Bootstrap import by an administrator from \(request.source); not an adoption."
                var trailers = [
                    Trailer(.change, "import \(request.classID) \(request.version.effective)"),
                    Trailer(.effectiveDate, request.version.effective.iso),
                    Trailer(.bootstrap, "administrator import, not an adoption"),
                ]
                trailers.append(Trailer(.sourceFile, request.source))
                if let digest = request.sourceSHA256 { trailers.append(Trailer(.sourceSHA256, digest)) }
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
        if !dryRun { try moveMain(to: head, from: start, message: "Import \(Plural.count(outcomes.count, "version", "versions"))") }
        return outcomes
    }

    /// Checks the title `request` brings against the one its existing class bears on the
    /// version's effective date (from its lineage events, else its latest version by then), and
    /// records the retitle when the request allows one.
    ///
    /// - Throws: `PlanError.invalidInput` for a new title the request does not allow, naming
    ///   `--retitle-from`, or a retitle asked for where the title is unchanged.
    private func recordRetitle(of request: ImportRequest, in snapshot: PlanSnapshot, into lineage: inout LineageWrites) throws {
        let id = request.classID
        let date = request.version.effective
        let record = try lineage.record(id)
        var current = LineageGraph([LineageClass(record: record)]).eventTitle(of: id, on: date)?.title
        if current == nil, let latest = try snapshot.effectiveDates(id).last(where: { $0 <= date }) {
            current = try snapshot.version(id, effective: latest).title
        }
        guard let current else { return }
        let title = request.version.title
        guard request.retitles else {
            guard current != title else { return }
            throw PlanError.invalidInput(
                "\(request.source) is titled '\(title)', but class '\(id)' is titled '\(current)' on \(date); to record the new title, "
                + "import it with --retitle-from \(id) (records a retitled event on \(date)); to import a different class, pass --class with its id")
        }
        guard current != title else {
            throw PlanError.invalidInput("class '\(id)' is already titled '\(title)' on \(date); there is no retitle to record")
        }
        try lineage.add(LineageEvent(date: date, kind: .retitled, oldTitle: current, title: title), to: id)
    }

    /// Entries grouped by class (in the order the classes first appear), oldest first within each.
    private static func inClassOrder(_ entries: [ImportedHistoryEntry]) -> [ImportedHistoryEntry] {
        var rank: [String: Int] = [:]
        for entry in entries where rank[entry.classID] == nil { rank[entry.classID] = rank.count }
        return entries.enumerated().sorted {
            (rank[$0.element.classID] ?? 0, $0.element.date, $0.offset) < (rank[$1.element.classID] ?? 0, $1.element.date, $1.offset)
        }.map(\.element)
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
