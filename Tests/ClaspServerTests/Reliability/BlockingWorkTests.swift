import ClaspPlan
import ClaspServer
import ClaspTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Repository work runs on the hosting's own threads: audits in flight on more plans than
/// Swift's cooperative pool has threads leave the health check and the class pages answering.
/// (Before the audit's parallel runs had threads of their own, libdispatch's workers they ran on
/// were the cooperative pool's too, and `/health` waited 5 s here.)
@Suite struct BlockingWorkTests {
    @Test func auditsInFlightLeaveHealthAndClassPagesAnswering() async throws {
        let directory = try TemporaryDirectory("clasp-blocking")
        let source = directory.path("generated")
        _ = try PlanGenerator(options: .init(classes: 60, versionsPerClass: 8, lineageEvents: 6, seed: 11)).generate(at: source)
        let classID = try #require(try Plan.open(at: source).current().classIDs().first)
        // One audit per cooperative thread and one more: on those threads they could never all run at once.
        let audits = ProcessInfo.processInfo.activeProcessorCount + 1
        let plans = (0..<audits).map { directory.path("plans/plan-\($0)") }
        try FileManager.default.createDirectory(atPath: directory.path("plans"), withIntermediateDirectories: true)
        for plan in plans { try FileManager.default.copyItem(atPath: source, toPath: plan) }
        let configuration = ServerConfiguration(port: 0, plans: plans, dataDirectory: directory.path("data"), logLevel: "warning",
                                                bcryptCost: 4, publicSite: true)
        let services = try ServerServices(configuration: configuration)
        try services.accounts.add("auditor-chen", password: ServerFixture.password)
        let token = try services.accounts.issueToken("auditor-chen", label: "test")
        let application = Application(router: buildRouter(services: services),
                                      configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await application.test(.live) { client in
            // Each request on a connection and a thread of its own, as separate browsers would send them.
            let port = try #require(client.port)
            @Sendable func status(_ path: String, token: String? = nil) async throws -> Int? {
                let request = RawHTTP.request("GET", path, headers: token.map { [("Authorization", "Bearer \($0)")] } ?? [])
                return try await onOwnThread { try RawHTTP.exchange(request, port: port, timeout: 300)?.status }
            }
            try await withThrowingTaskGroup(of: Int?.self) { group in
                for index in 0..<audits {
                    group.addTask { try await status("/api/v1/plans/plan-\(index)/audit/verify", token: token) }
                }
                let deadline = ContinuousClock.now + .seconds(120)
                while services.hosting.auditsInFlight < audits, services.hosting.auditsComputed == 0, ContinuousClock.now < deadline {
                    try await Task.sleep(for: .milliseconds(5))
                }
                #expect(services.hosting.auditsInFlight == audits, "every audit runs at once")
                #expect(try await status("/health") == 200)
                #expect(services.hosting.auditsComputed == 0, "the health check answered while every audit was still running")
                // Rendering a class page costs about as much CPU as a slice of an audit, so whether it
                // finishes before them depends on the machine's load: here it only has to be served.
                #expect(try await status("/public/plan-0/classes/\(classID)") == 200)
                for try await answer in group { #expect(answer == 200) }
            }
        }
        #expect(services.hosting.auditsComputed == audits)
    }
}
