import ClaspGit
import Dispatch
import Foundation

/// One commit of main as `audit verify` classified it: what it counts as once verified, and
/// the problems found with it.
struct AuditEntry {
    enum Kind { case creation, adoption, bootstrap }
    var commit: ObjectID
    /// What the commit counts as in the summary; nil when it does not count.
    var kind: Kind?
    var problems: [String] = []
}

/// The parallel part of `audit verify`: checking adoptions against their proposal logs, and
/// every proposal log against main.
///
/// The adoptions are cut into contiguous runs, one per core; each run opens its own `Plan` (a
/// libgit2 handle is confined to one thread) and its own `AuditMemo`. A proposal log is checked
/// by the run that verified its adoption, so the log is walked once; logs never adopted go to
/// the first run. Nothing is shared between runs but the inputs, which are values.
enum AuditRun {
    struct Adoption: Sendable {
        /// Position of the commit in the audit's entries.
        var entry: Int
        /// The adoption commit, read again by the run that verifies it: holding every adoption's
        /// message and trailers until the runs start would grow with the plan's history.
        var commit: ObjectID
        var number: ProposalNumber
        /// The proposal's meta tip when the audit listed the refs; nil when it had none.
        var tip: ObjectID?
    }

    struct Results: Sendable {
        var adoptionProblems: [(entry: Int, problems: [String])] = []
        var proposalFindings: [(number: ProposalNumber, finding: AuditReport.Finding)] = []
    }

    /// Verifies `adoptions` and the logs of `tips` (ascending by number) on up to as many threads
    /// as there are cores.
    ///
    /// - Throws: the first error a run met, as the sequential audit would have.
    static func verify(planAt path: String, adoptions: [Adoption], tips: [(number: ProposalNumber, tip: ObjectID)],
                       adoptedNumbers: [ProposalNumber: ObjectID]) throws -> Results {
        let runs = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8, adoptions.count / 64 + 1))
        let size = (adoptions.count + runs - 1) / max(runs, 1)
        var runOfNumber: [ProposalNumber: Int] = [:]
        for (index, adoption) in adoptions.enumerated() { runOfNumber[adoption.number] = size == 0 ? 0 : index / size }
        var work = [(adoptions: [Adoption], tips: [(number: ProposalNumber, tip: ObjectID)])](repeating: ([], []), count: runs)
        for (index, adoption) in adoptions.enumerated() { work[size == 0 ? 0 : index / size].adoptions.append(adoption) }
        for tip in tips { work[runOfNumber[tip.number] ?? 0].tips.append(tip) }
        let outcomes = Outcomes(count: runs)
        let inputs = work
        DispatchQueue.concurrentPerform(iterations: runs) { run in
            outcomes.set(run, Result { try verifyRun(planAt: path, adoptions: inputs[run].adoptions, tips: inputs[run].tips,
                                                     adoptedNumbers: adoptedNumbers) })
        }
        var results = Results()
        for outcome in outcomes.all() {
            let part = try outcome.get()
            results.adoptionProblems += part.adoptionProblems
            results.proposalFindings += part.proposalFindings
        }
        results.proposalFindings.sort { $0.number < $1.number }
        return results
    }

    /// One run, on its own plan handle and memo.
    private static func verifyRun(planAt path: String, adoptions: [Adoption], tips: [(number: ProposalNumber, tip: ObjectID)],
                                  adoptedNumbers: [ProposalNumber: ObjectID]) throws -> Results {
        let plan = try Plan.open(at: path)
        let memo = AuditMemo()
        var results = Results()
        for adoption in adoptions {
            // Through the memo: the next adoption's parent and base are usually this commit.
            let commit = try memo.commit(adoption.commit, in: plan.repository)
            let problems = try plan.verifyAdoption(commit, number: adoption.number, tip: adoption.tip, memo: memo)
            results.adoptionProblems.append((adoption.entry, problems))
        }
        for (number, tip) in tips {
            var state: (state: ProposalState, adoptedAs: ObjectID?)
            if let known = memo.atTip[number], known.tip == tip {
                state = (known.state, known.adoptedAs)
            } else {
                do {
                    let proposal = try plan.proposal(number, meta: tip, memo: memo)
                    state = (proposal.state, proposal.adoptedAs)
                } catch {
                    results.proposalFindings.append((number, .init(commit: nil, message: "\(Proposal.metaRef(number)): \(error)"))); continue
                }
            }
            if state.state == .adopted, let commit = state.adoptedAs, adoptedNumbers[number] != commit {
                results.proposalFindings.append((number, .init(commit: commit, message: "proposal \(number)'s log says it was adopted in \(commit.hex.prefix(10)), which is not an adoption on main")))
            }
        }
        return results
    }

    /// Each run's outcome, written once by its own thread.
    private final class Outcomes: @unchecked Sendable {
        private let lock = NSLock()
        private var outcomes: [Result<Results, any Error>?]

        init(count: Int) { outcomes = Array(repeating: nil, count: count) }

        func set(_ run: Int, _ outcome: Result<Results, any Error>) {
            lock.withLock { outcomes[run] = outcome }
        }

        func all() -> [Result<Results, any Error>] {
            lock.withLock { outcomes.compactMap { $0 } }
        }
    }
}
