import ClaspServer
import ClaspTestSupport
import Foundation
import Testing

/// Seeded fuzzing of every JSON API route of a real `clasp serve` process: no 5xx, no crash,
/// every refusal a 4xx with a JSON error body, memory bounded, and no reference of the plan
/// moved by a refused request. `swift test` sends a fixed number of requests
/// (`CLASP_API_FUZZ_REQUESTS`, 500), so every run sends the same ones whatever the machine's
/// load; `make soak` fuzzes for a time instead (`CLASP_API_FUZZ_SECONDS`).
@Suite struct APIFuzzTests {
    /// What the fuzzer saw, for the report and the expectations.
    struct Tally: Sendable {
        var sent = 0, accepted = 0, refused = 0, malformedClosed = 0, acceptedWrites = 0
        var statuses: [Int: Int] = [:]
        var failures: [String] = []

        mutating func fail(_ message: String) { if failures.count < 20 { failures.append(message) } }
    }

    @Test func hostileRequestsToEveryAPIRouteAreRefusedCleanly() async throws {
        let live = try LivePlan(accounts: ["auditor", "cmorgan"])
        let services = try ServerServices(configuration: ServerConfiguration(port: 0, plans: [live.gitDir], dataDirectory: live.directory.path("router-data")))
        let routes = buildRouter(services: services).routes.map { (method: "\($0.method)", path: "\($0.path)") }.filter { $0.path.hasPrefix("/api/") }
        #expect(routes.count >= 20)
        let proposal = try live.proposalBody(effective: "2032-01-01", words: "fuzz")
        let seeds = ["proposals": proposal, "votes": #"{"decision":"approve","comment":"c","stage":"committee"}"#, "comments": #"{"text":"hello"}"#,
                     "revisions": try live.proposalBody(effective: "2026-07-01", words: "fuzz revision"), "withdraw": "{}", "adopt": "{}",
                     "tokens": #"{"account":"cmorgan","password":"not-it","label":"l"}"#]
        let fuzzer = APIFuzzer(routes: routes, seeds: seeds, tokens: [try live.token("auditor"), try live.token("cmorgan")],
                               random: SeededGenerator(seed: UInt64(SoakSettings.integer("CLASP_API_FUZZ_SEED", default: 31337))))
        let server = try await live.serve()
        defer { server.killBlocking() }
        let document = try #require(try await server.call("GET", "/api/v1/openapi.yaml")).text
        let undocumented = routes.filter { $0.path != "/api/v1/openapi.yaml" && !document.contains(" \($0.path.dropFirst("/api/v1".count)):\n") }
        #expect(undocumented.isEmpty, "API routes missing from openapi.yaml: \(undocumented.map(\.path))")
        let budget = ProcessInfo.processInfo.environment["CLASP_API_FUZZ_SECONDS"] == nil
            ? Budget.requests(SoakSettings.integer("CLASP_API_FUZZ_REQUESTS", default: 500))
            : Budget.seconds(Double(SoakSettings.integer("CLASP_API_FUZZ_SECONDS", default: 20)))
        let gitDir = live.gitDir
        // The loop runs on a thread of its own: waiting for a cooperative thread after every
        // request would let a busy test run starve it down to a handful of requests.
        let (tally, startMemory, peakMemory) = try await onOwnThread { [fuzzer] in
            try Self.fuzz(server, with: fuzzer, gitDir: gitDir, budget: budget)
        }
        let health = try await server.exchange(RawHTTP.request("GET", "/health"))
        #expect(health?.status == 200, "the server no longer answers /health")
        #expect(server.isRunning)
        #expect(tally.failures.isEmpty, "\(tally.failures.joined(separator: "\n"))")
        #expect(peakMemory < 1_500_000, "server memory grew to \(peakMemory) KiB")
        #expect(try RepositoryCheck.problems(live.gitDir).isEmpty)
        #expect(try live.auditVerify().status == 0)
        print("API fuzz: \(tally.sent) requests (budget: \(budget)) to \(routes.count) routes; \(tally.accepted) answered 2xx/3xx (\(tally.acceptedWrites) writes), \(tally.refused) refused, \(tally.malformedClosed) malformed closed unanswered; statuses \(tally.statuses.sorted { $0.key < $1.key }); memory \(startMemory) → \(peakMemory) KiB")
    }

    /// How much fuzzing: a number of requests, or a time.
    enum Budget: Sendable, CustomStringConvertible {
        case requests(Int)
        case seconds(Double)

        var description: String {
            switch self {
            case .requests(let count): "\(count) requests"
            case .seconds(let seconds): "\(Int(seconds)) s"
            }
        }
    }

    /// Sends generated requests until the budget is spent and tallies what came back.
    static func fuzz(_ server: LiveServer, with fuzzer: APIFuzzer, gitDir: String, budget: Budget) throws -> (Tally, Int, Int) {
        let startMemory = server.residentKilobytes ?? 0
        var peakMemory = startMemory
        var references = try RepositoryCheck.references(gitDir)
        var tally = Tally()
        var fuzzer = fuzzer
        let start = Date()
        func more() -> Bool {
            switch budget {
            case .requests(let count): tally.sent < count
            case .seconds(let seconds): Date() < start.addingTimeInterval(seconds)
            }
        }
        while more() {
            let request = fuzzer.next()
            tally.sent += 1
            guard let reply = try server.blockingExchange(request.bytes, timeout: 60) else {
                if request.malformedHTTP { tally.malformedClosed += 1 } else { tally.fail("no answer: \(request.method) \(request.target.prefix(200))") }
                continue
            }
            tally.statuses[reply.status, default: 0] += 1
            if reply.status >= 500 { tally.fail("\(reply.status) for \(request.method) \(request.target.prefix(200)): \(reply.text.prefix(300))") }
            if reply.status < 400 {
                tally.accepted += 1
            } else {
                tally.refused += 1
                // Answers the router gave carry its request id; those must be JSON errors.
                if reply.headers["x-request-id"] != nil, !reply.isClearRefusal {
                    tally.fail("unclear refusal \(reply.status) for \(request.method) \(request.target.prefix(200)): \(reply.text.prefix(300))")
                }
                if reply.headers["x-request-id"] == nil, !request.malformedHTTP {
                    tally.fail("protocol-level \(reply.status) for a well-formed request of \(request.bytes.count) bytes: \(request.method) \(request.target.prefix(200))")
                }
            }
            if request.isWrite {
                let now = try RepositoryCheck.references(gitDir)
                if now != references {
                    if reply.status < 300 { tally.acceptedWrites += 1 } else { tally.fail("refused \(request.method) \(request.target) moved a reference") }
                    references = now
                }
            }
            if tally.sent % 200 == 0 { peakMemory = max(peakMemory, server.residentKilobytes ?? 0) }
        }
        return (tally, startMemory, max(peakMemory, server.residentKilobytes ?? 0))
    }
}
