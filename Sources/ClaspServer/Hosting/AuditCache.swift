import ClaspGit
import ClaspPlan
import Synchronization

/// The last `audit verify` report and audit rows of each hosted plan, kept while the references
/// they were read from stay put.
///
/// An audit re-derives every adoption from git (18 s at 60,000 adoptions), and the audit page
/// and API ask for it again on every filter change and export. Its report is a function of
/// `main`'s tip and the proposals' meta tips (``AuditInputs``), so it is reused while those are
/// equal and recomputed once anything moves them: a new commit, proposal or vote. The rows
/// (`Plan.auditRecords()`) read main's history and the meta commits its adoptions name, so they
/// depend on `main`'s tip alone. One of each per plan, so memory stays bounded however often
/// `main` moves.
final class AuditCache: Sendable {
    private struct State {
        var reports: [String: (inputs: AuditInputs, report: AuditReport)] = [:]
        var records: [String: (main: ObjectID, records: [AuditRecord])] = [:]
        var computed = 0
        var inFlight = 0
    }

    private let state = Mutex(State())

    /// The report for `plan` (hosted as `id`), from the cache when its inputs are unchanged.
    ///
    /// Two requests missing the cache at once both audit; the cache holds one report per plan.
    ///
    /// - Throws: what reading the references or the audit throws.
    func report(_ id: String, plan: Plan) throws -> AuditReport {
        let inputs = try plan.auditInputs()
        if let kept = state.withLock({ $0.reports[id] }), kept.inputs == inputs { return kept.report }
        state.withLock { $0.inFlight += 1 }
        defer { state.withLock { $0.inFlight -= 1 } }
        let report = try plan.auditVerify()
        state.withLock { state in
            state.reports[id] = (inputs, report)
            state.computed += 1
        }
        return report
    }

    /// The audit rows of `plan` (hosted as `id`), from the cache while `main` has not moved.
    ///
    /// - Throws: what reading `main` or the rows throws.
    func records(_ id: String, plan: Plan) throws -> [AuditRecord] {
        let main = try plan.mainHead()
        if let kept = state.withLock({ $0.records[id] }), kept.main == main { return kept.records }
        let records = try plan.auditRecords()
        state.withLock { $0.records[id] = (main, records) }
        return records
    }

    /// Audits run since the server started (not counting reports served from the cache).
    var computed: Int { state.withLock { $0.computed } }

    /// Audits running now.
    var inFlight: Int { state.withLock { $0.inFlight } }
}
