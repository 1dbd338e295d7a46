import ClaspGit
import Dispatch
import Foundation

/// One commit of main as `audit verify` classified it: what it counts as once verified, and
/// the problems found with it.
struct AuditEntry: Sendable {
    enum Kind: Sendable { case creation, adoption, bootstrap }
    var commit: ObjectID
    /// What the commit counts as in the summary; nil when it does not count.
    var kind: Kind?
    /// The proposal an adoption names (set for every commit with a numeric `Proposal:` trailer).
    var proposal: ProposalNumber?
    var problems: [AuditProblem] = []
    /// For a bootstrap: the reason its `Override-Reason:` trailer gives, and whether a workflow
    /// in force let administrators import. Judged after the runs, which know whether an
    /// adoption came before it.
    var overrideReason: String?
    var importsAllowed = false
}

/// What a proposal's log says at its tip, as far as the audit's cross-check needs it.
struct AuditedTip: Sendable {
    var tip: ObjectID
    var state: ProposalState
    var adoptedAs: ObjectID?
}

/// The parallel part of `audit verify`: work cut into contiguous runs, one per core.
///
/// Each run opens its own `Plan` (a libgit2 handle is confined to one thread) and its own
/// `AuditMemo`. Contiguous runs keep the memo's hits: an adoption's parent, base and the
/// previous version of its class were usually read by the adoption before it. Nothing is shared
/// between runs but the inputs, which are values.
enum AuditRun {
    /// Classifies and verifies main's commits (oldest first) on every core.
    ///
    /// - Returns: one entry per commit, in the order given, and what each log walked on the way
    ///   said at its tip (so the logs behind adoptions are not walked again).
    /// - Throws: the first error a run met, as the sequential audit would have.
    static func classify(planAt path: String, commits: [ObjectID], tips: [ProposalNumber: ObjectID]) throws
        -> (entries: [AuditEntry], atTip: [ProposalNumber: AuditedTip]) {
        let parts = try inRuns(planAt: path, items: commits) { plan, memo, slice in
            let entries = try slice.map { try plan.auditEntry(for: try memo.commit($0, in: plan.repository), tips: tips, memo: memo) }
            return (entries, memo.atTip)
        }
        var entries: [AuditEntry] = []
        var atTip: [ProposalNumber: AuditedTip] = [:]
        for part in parts {
            entries += part.0
            atTip.merge(part.1) { first, _ in first }
        }
        return (entries, atTip)
    }

    /// What each of `tips`' logs says at its tip, on every core; a log that cannot be read is
    /// a finding instead.
    static func readTips(planAt path: String, tips: [(number: ProposalNumber, tip: ObjectID)]) throws
        -> (states: [ProposalNumber: AuditedTip], findings: [(number: ProposalNumber, finding: AuditReport.Finding)]) {
        let parts = try inRuns(planAt: path, items: tips) { plan, memo, slice in
            var states: [ProposalNumber: AuditedTip] = [:]
            var findings: [(number: ProposalNumber, finding: AuditReport.Finding)] = []
            for (number, tip) in slice {
                do {
                    let proposal = try plan.proposal(number, meta: tip, memo: memo)
                    states[number] = AuditedTip(tip: tip, state: proposal.state, adoptedAs: proposal.adoptedAs)
                } catch {
                    findings.append((number, .init(commit: nil, problem: .unreadableLog(number, error: "\(error)"))))
                }
            }
            return (states, findings)
        }
        return (parts.reduce(into: [:]) { $0.merge($1.0) { first, _ in first } }, parts.flatMap(\.1))
    }

    /// Runs `body` on contiguous slices of `items`, one per core (one for short inputs), each
    /// with its own plan handle and memo; the results come back in the items' order.
    ///
    /// The first run takes the calling thread and the others threads of their own, not
    /// libdispatch's workers: on Linux those also carry Swift's cooperative pool, so an audit
    /// in a server (already on a thread of the hosting's pool) would take the threads every
    /// other request needs.
    private static func inRuns<Item: Sendable, Part: Sendable>(
        planAt path: String, items: [Item], _ body: @escaping @Sendable (Plan, AuditMemo, ArraySlice<Item>) throws -> Part
    ) throws -> [Part] {
        let runs = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8, items.count / 64 + 1))
        let size = (items.count + runs - 1) / runs
        let outcomes = Outcomes<Part>(count: runs)
        @Sendable func perform(_ run: Int) {
            let slice = items[min(run * size, items.count)..<min((run + 1) * size, items.count)]
            outcomes.set(run, Result { try body(try Plan.open(at: path), AuditMemo(), slice) })
        }
        let finished = DispatchGroup()
        for run in 1..<runs {
            finished.enter()
            let thread = Thread {
                perform(run)
                finished.leave()
            }
            thread.stackSize = 8 << 20  // the main thread's, which the serial audit ran on (Darwin's default is 512 KiB)
            thread.start()
        }
        perform(0)
        finished.wait()
        return try outcomes.all().map { try $0.get() }
    }

    /// Each run's outcome, written once by its own thread.
    private final class Outcomes<Part: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var outcomes: [Result<Part, any Error>?]

        init(count: Int) { outcomes = Array(repeating: nil, count: count) }

        func set(_ run: Int, _ outcome: Result<Part, any Error>) {
            lock.withLock { outcomes[run] = outcome }
        }

        func all() -> [Result<Part, any Error>] {
            lock.withLock { outcomes.compactMap { $0 } }
        }
    }
}
