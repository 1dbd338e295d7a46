import ClaspTestSupport
import Foundation
import Testing

/// A real `clasp serve` killed with SIGKILL at seeded random moments while clients vote and
/// adopt, then restarted on the same plans and data directory, round after round. After every
/// kill the repository is consistent, no adoption is on `main` without its meta event except an
/// interrupted one (which the client's re-issued adopt completes) and never the reverse, every
/// vote the server had accepted is still recorded, and the derived index, deleted or corrupted,
/// rebuilds itself. `CLASP_SOAK_ITERATIONS` sets the number of rounds (`make soak`).
@Suite struct ServerCrashTests {
    static let voters = ["bchen", "cmorgan", "dpatel"]

    /// What one round of clients got accepted before the server died.
    final class RoundClients: @unchecked Sendable {
        // @unchecked: the lists are SharedList (locked); the rest is immutable.
        let acceptedVotes = SharedList<String>()
        let adopted = SharedList<Int>()
        let group = DispatchGroup()

        /// Voters approve `proposal` (twice each, so votes race each other and the adoption) while
        /// the administrator retries adopting it; every client stops when the server is gone.
        init(server: LiveServer, live: LivePlan, proposal: Int, round: Int) {
            let base = "/api/v1/plans/roseville/proposals/\(proposal)"
            for voter in ServerCrashTests.voters {
                run { [acceptedVotes] in
                    for attempt in 1...2 {
                        let marker = "crash-r\(round)-\(voter)-\(attempt)"
                        guard let reply = try? server.blockingCall("POST", "\(base)/votes", token: live.tokens[voter],
                                                           json: jsonBody(["decision": "approve", "comment": marker])) else { return }
                        if reply.status == 200 { acceptedVotes.append(marker) }
                    }
                }
            }
            run { [adopted] in
                for _ in 0..<400 {
                    guard let reply = try? server.blockingCall("POST", "\(base)/adopt", token: live.tokens["admin"]) else { return }
                    if reply.status == 200 { adopted.append(proposal) }
                    if reply.status == 200 || reply.errorCode == "already-adopted" { return }
                    usleep(10_000)
                }
            }
        }

        /// Waits, off the cooperative pool, until every client has stopped.
        func finished() async throws {
            let group = group
            try await onOwnThread { group.wait() }
        }

        private func run(_ body: @escaping @Sendable () -> Void) {
            group.enter()
            Thread { [group] in body(); group.leave() }.start()
        }
    }

    @Test func killedServerNeverLeavesTheRepositoryInconsistentAndLosesNoAcceptedVote() async throws {
        let live = try LivePlan(accounts: ["admin", "aortiz", "bchen", "cmorgan", "dpatel", "auditor"])
        let server = try await live.serve()
        defer { server.killBlocking() }
        var random = SeededGenerator(seed: 2027)
        let rounds = SoakSettings.iterations(default: 5)
        var window = 1.0, killedMidRound = 0, interrupted = 0, staleLocks = 0, indexRebuilds = 0
        var accepted: [Int: [String]] = [:]
        for round in 1...rounds {
            let effective = String(format: "%04d-%02d-01", 2040 + round / 12, round % 12 + 1)
            let proposal = try await live.open(on: server, effective: effective, words: "crash round \(round)")
            let start = Date()
            let clients = RoundClients(server: server, live: live, proposal: proposal, round: round)
            if round == 1 {
                try await clients.finished()
                window = max(0.2, Date().timeIntervalSince(start) * 0.7)
            } else {
                // Sleep and kill on a thread of their own, so a busy cooperative pool cannot delay the kill.
                let delay = Double.random(in: 0...window, using: &random), group = clients.group
                let midRound = try await onOwnThread { () -> Bool in
                    usleep(UInt32(delay * 1_000_000))
                    let running = group.wait(timeout: .now()) == .timedOut
                    server.killBlocking()
                    return running
                }
                // The window adapts so about half the kills land mid-round whatever the load.
                if midRound {
                    killedMidRound += 1
                    window = min(window * 1.1, 10)
                } else {
                    window = max(window * 0.8, 0.05)
                }
                try await clients.finished()
            }
            accepted[proposal] = clients.acceptedVotes.all
            staleLocks += RepositoryCheck.clearStaleLocks(live.gitDir)
            let problems = try RepositoryCheck.problems(live.gitDir)
            #expect(problems.isEmpty, "round \(round): \(problems)")
            let state = try Self.adoption(of: proposal, in: live.gitDir)
            #expect(!(state.event && !state.onMain), "round \(round): an 'adopted' event without the commit on main")
            #expect(clients.adopted.all.count <= 1)
            let audit = try live.auditVerify()
            if state.onMain && !state.event {
                interrupted += 1
                #expect(audit.stdout.contains("an interrupted adoption: adopting proposal \(proposal) again completes it"), "\(audit.stdout)")
            } else {
                #expect(audit.status == 0, "round \(round): \(audit.stdout)")
            }
            if !server.isRunning { try await server.start() }
            try await Self.finish(proposal, on: server, live: live)
            let clean = try live.auditVerify()
            #expect(clean.status == 0, "round \(round): \(clean.stdout)")
            if round % 3 != 0 {
                try await Self.damageIndexAndExpectTheSameHistory(live: live, server: server, corrupt: round % 3 == 2)
                indexRebuilds += 1
            }
        }
        for (proposal, markers) in accepted {
            #expect(try Self.adoption(of: proposal, in: live.gitDir) == (true, true), "proposal \(proposal) at the end")
            let log = try RepositoryCheck.messages(live.gitDir, "refs/proposals/\(proposal)/meta")
            for marker in markers {
                #expect(log.filter { $0.contains("\n\n\(marker)\n\n") }.count == 1, "accepted vote \(marker) lost or doubled")
            }
        }
        #expect(try RepositoryCheck.problems(live.gitDir).isEmpty)
        print("server crash test: \(rounds) rounds, \(killedMidRound) kills mid-round, \(interrupted) interrupted adoptions completed, \(accepted.values.map(\.count).reduce(0, +)) accepted votes all kept, \(indexRebuilds) index rebuilds, \(staleLocks) stale lock files cleared, kill window \(String(format: "%.2f", window)) s")
    }

    /// Whether the proposal's adoption commit is on `main`, and whether its meta log has the `adopted` event.
    static func adoption(of proposal: Int, in gitDir: String) throws -> (onMain: Bool, event: Bool) {
        let onMain = try RepositoryCheck.messages(gitDir, "main").contains { $0.contains("\nProposal: \(proposal)\n") }
        let event = try RepositoryCheck.messages(gitDir, "refs/proposals/\(proposal)/meta").contains { $0.contains("Event: adopted") }
        return (onMain, event)
    }

    /// What a client does after a crash: vote again where the vote may not have landed, re-issue the adoption.
    static func finish(_ proposal: Int, on server: LiveServer, live: LivePlan) async throws {
        let base = "/api/v1/plans/roseville/proposals/\(proposal)"
        guard try !adoption(of: proposal, in: live.gitDir).event else { return }
        if try !adoption(of: proposal, in: live.gitDir).onMain {
            for voter in voters {
                let reply = try #require(try await server.call("POST", "\(base)/votes", token: live.token(voter), json: #"{"decision":"approve"}"#))
                #expect(reply.status == 200, "\(reply.text)")
            }
        }
        let adopt = try #require(try await server.call("POST", "\(base)/adopt", token: live.token("admin")))
        // Completing an interrupted adoption appends the missing event and answers, as the
        // library does, that the proposal was already adopted (in the commit on main).
        #expect(adopt.status == 200 || adopt.errorCode == "already-adopted", "re-issued adopt: \(adopt.text)")
        #expect(try adoption(of: proposal, in: live.gitDir) == (true, true), "proposal \(proposal) not fully adopted after re-issuing")
    }

    /// Kills the idle server, deletes or overwrites `<gitdir>/clasp/index.sqlite`, restarts it:
    /// a history query answers exactly what it answered before, and the index is a database again.
    static func damageIndexAndExpectTheSameHistory(live: LivePlan, server: LiveServer, corrupt: Bool) async throws {
        let path = "/api/v1/plans/roseville/classes/finance-technician/history"
        let before = try #require(try await server.call("GET", path, token: live.token("auditor")))
        try #require(before.status == 200, "\(before.text)")
        try await server.kill()
        let index = live.gitDir + "/clasp/index.sqlite"
        for suffix in ["-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: index + suffix) }
        if corrupt {
            try Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: URL(fileURLWithPath: index))
        } else {
            try? FileManager.default.removeItem(atPath: index)
        }
        try await server.start()
        let after = try #require(try await server.call("GET", path, token: live.token("auditor")))
        #expect(after.status == 200, "\(after.text)")
        #expect(after.text == before.text, "history changed after the index was \(corrupt ? "corrupted" : "deleted")")
        let header = FileManager.default.contents(atPath: index).map { Array($0.prefix(15)) }
        #expect(header == Array("SQLite format 3".utf8), "the index was not rebuilt")
    }
}
