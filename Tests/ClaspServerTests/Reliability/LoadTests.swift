import ClaspTestSupport
import Foundation
import Testing

/// Many concurrent clients vote on and adopt the same few proposals through a real `clasp serve`
/// process. Every answer is recorded; afterwards the repository must agree with the answers:
/// each accepted vote is in its meta log exactly once, each refused one nowhere, each proposal
/// adopted at most once, and the audit and `git fsck --strict` are clean.
/// `CLASP_LOAD_CLIENTS`, `CLASP_LOAD_REQUESTS` (per client) and `CLASP_LOAD_PROPOSALS` enlarge
/// it under `make soak`.
@Suite struct LoadTests {
    /// One request a client sent and what came back.
    struct Outcome: Sendable {
        var kind: String  // "vote" or "adopt"
        var proposal: Int
        var marker: String
        var reply: HTTPReply?
    }

    @Test func concurrentVotesAndAdoptionsLoseNothingAndAdoptAtMostOnce() async throws {
        let live = try LivePlan()
        let server = try await live.serve()
        defer { server.killBlocking() }
        let clients = SoakSettings.integer("CLASP_LOAD_CLIENTS", default: 16)
        let perClient = SoakSettings.integer("CLASP_LOAD_REQUESTS", default: 12)
        let proposalCount = SoakSettings.integer("CLASP_LOAD_PROPOSALS", default: 4)
        var proposals: [Int] = []
        for index in 1...proposalCount {
            proposals.append(try await live.open(on: server, effective: String(format: "%04d-%02d-01", 2031 + index / 12, index % 12 + 1),
                                                 words: "load \(index)"))
        }
        let opened = proposals
        let voters = ["bchen", "cmorgan", "dpatel", "ejohnson", "aortiz", "auditor", "outsider"]
        let adopters = ["admin", "bchen", "aortiz", "cmorgan"]
        let outcomes = SharedList<Outcome>()
        let group = DispatchGroup()
        for client in 0..<clients {
            group.enter()
            Thread {
                defer { group.leave() }
                var random = SeededGenerator(seed: UInt64(100 + client))
                for request in 0..<perClient {
                    let proposal = opened.randomElement(using: &random) ?? 1
                    let marker = "load-c\(client)-r\(request)"
                    let base = "/api/v1/plans/roseville/proposals/\(proposal)"
                    let outcome: Outcome
                    if Int.random(in: 0..<8, using: &random) == 0 {
                        let person = adopters.randomElement(using: &random) ?? "admin"
                        outcome = Outcome(kind: "adopt", proposal: proposal, marker: marker,
                                          reply: try? server.blockingCall("POST", "\(base)/adopt", token: live.tokens[person]))
                    } else {
                        let person = voters.randomElement(using: &random) ?? "bchen"
                        let decision = Int.random(in: 0..<6, using: &random) == 0 ? "abstain" : "approve"
                        outcome = Outcome(kind: "vote", proposal: proposal, marker: marker,
                                          reply: try? server.blockingCall("POST", "\(base)/votes", token: live.tokens[person],
                                                                  json: jsonBody(["decision": decision, "comment": marker])))
                    }
                    outcomes.append(outcome)
                }
            }.start()
        }
        try await onOwnThread { group.wait() }
        let all = outcomes.all
        // Finish the work the load left: whatever is approved is adopted by a single client.
        for proposal in proposals { _ = try await server.call("POST", "/api/v1/plans/roseville/proposals/\(proposal)/adopt", token: live.token("admin")) }
        try await server.stop()

        #expect(all.count == clients * perClient)
        let dropped = all.filter { $0.reply == nil }
        #expect(dropped.isEmpty, "\(dropped.count) requests got no answer")
        let serverErrors = all.filter { ($0.reply?.status ?? 0) >= 500 }
        #expect(serverErrors.isEmpty, "5xx: \(serverErrors.compactMap { $0.reply?.text }.prefix(3))")
        let refused = all.filter { ($0.reply?.status ?? 0) >= 300 }
        for outcome in refused { #expect(outcome.reply?.isClearRefusal == true, "\(outcome.reply?.status ?? 0) \(outcome.reply?.text ?? "")") }

        var acceptedVotes = 0, adoptions = 0
        for proposal in proposals {
            let log = try RepositoryCheck.messages(live.gitDir, "refs/proposals/\(proposal)/meta")
            for outcome in all where outcome.kind == "vote" && outcome.proposal == proposal {
                let recorded = log.filter { $0.contains("\n\n\(outcome.marker)\n\n") }.count
                let accepted = outcome.reply?.status == 200
                #expect(recorded == (accepted ? 1 : 0), "\(outcome.marker) answered \(outcome.reply?.status ?? 0), recorded \(recorded) times")
                if accepted { acceptedVotes += 1 }
            }
            let adoptedEvents = log.filter { $0.contains("Event: adopted") }.count
            let onMain = try RepositoryCheck.messages(live.gitDir, "main").filter { $0.contains("\nProposal: \(proposal)\n") }.count
            let acceptedAdopts = all.filter { $0.kind == "adopt" && $0.proposal == proposal && $0.reply?.status == 200 }.count
            #expect(adoptedEvents <= 1 && onMain <= 1, "proposal \(proposal): \(adoptedEvents) adopted events, \(onMain) commits on main")
            #expect(adoptedEvents == onMain)
            #expect(acceptedAdopts <= 1, "proposal \(proposal) adopted \(acceptedAdopts) times")
            adoptions += adoptedEvents
        }
        let audit = try live.auditVerify()
        #expect(audit.status == 0, "\(audit.stdout)\(audit.stderr)")
        #expect(try RepositoryCheck.problems(live.gitDir).isEmpty)
        let codes = Dictionary(grouping: refused, by: { "\($0.reply?.status ?? 0) \($0.reply?.errorCode ?? "?")" }).mapValues(\.count)
        print("load test: \(clients) clients, \(all.count) requests, \(acceptedVotes) votes accepted, \(adoptions) adoptions, \(refused.count) refused \(codes.sorted { $0.key < $1.key })")
    }
}
