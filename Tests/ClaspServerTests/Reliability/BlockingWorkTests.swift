import ClaspPlan
import ClaspServer
import ClaspTestSupport
import Foundation
import Hummingbird
import Synchronization
import Testing

/// Repository work runs on the hosting's own threads, never on Swift's cooperative pool, of which
/// there are only as many threads as cores: work blocking more threads than that must leave the
/// health check and the class pages answering.
@Suite struct BlockingWorkTests {
    /// More repository work held blocked than the cooperative pool has threads, released only
    /// once the health check and a class page have answered (or, should they never answer, by a
    /// watchdog after five minutes, which the test then reports). Deterministic whatever the load:
    /// nothing races the held work, which ends only when the test lets it.
    @Test func heldRepositoryWorkLeavesHealthAndClassPagesAnswering() async throws {
        let fixture = try ServerFixture(publicSite: true)
        let services = fixture.services
        let classID = try #require(try Plan.open(at: fixture.planPath("roseville")).current().classIDs().first)
        let application = fixture.application
        let held = ProcessInfo.processInfo.activeProcessorCount + 1
        #expect(PlanHosting.defaultThreadCount > held, "the hosting has threads left for requests")
        let gate = Gate(holders: held)
        // Generous: in the full suite other tests keep the cooperative threads busy for long
        // stretches, and a held minute once passed before the health check's turn came.
        gate.openAfter(seconds: 300)
        try await application.test(.live) { client in
            let port = try #require(client.port)
            @Sendable func status(_ path: String) async throws -> Int? {
                try await onOwnThread { try RawHTTP.exchange(RawHTTP.request("GET", path), port: port, timeout: 120)?.status }
            }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<held {
                    group.addTask { try await services.hosting.withPlan("roseville") { _ in gate.hold() } }
                }
                try await onOwnThread { gate.waitUntilAllHeld() }
                #expect(try await status("/health") == 200)
                #expect(try await status("/public/roseville/classes/\(classID)") == 200)
                #expect(!gate.isOpen, "both answered while the work was held, not after the watchdog let it go")
                gate.open()
                try await group.waitForAll()
            }
        }
    }

    /// Audits in flight on more plans than there are cores all run, answer, and leave the health
    /// check answering. (Their parallel runs take threads of their own, not libdispatch's workers,
    /// which on Linux carry the cooperative pool; whether the health check answers before the
    /// first audit ends depends on the load of the machine, so that is not asserted here.)
    @Test func auditsInFlightAllAnswerBesideTheHealthCheck() async throws {
        let directory = try TemporaryDirectory("clasp-blocking")
        let source = directory.path("generated")
        _ = try PlanGenerator(options: .init(classes: 60, versionsPerClass: 8, lineageEvents: 6, seed: 11)).generate(at: source)
        let audits = ProcessInfo.processInfo.activeProcessorCount + 1
        let plans = (0..<audits).map { directory.path("plans/plan-\($0)") }
        try FileManager.default.createDirectory(atPath: directory.path("plans"), withIntermediateDirectories: true)
        for plan in plans { try FileManager.default.copyItem(atPath: source, toPath: plan) }
        let configuration = ServerConfiguration(port: 0, plans: plans, dataDirectory: directory.path("data"), logLevel: "warning",
                                                bcryptCost: 4, publicSite: true)
        let services = try ServerServices(configuration: configuration)
        try services.accounts.add("auditor-chen", password: ServerFixture.password)
        let token = try services.accounts.issueToken("auditor-chen", label: "test")
        let application = TestServer(services: services)
        try await application.test(.live) { client in
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
                while services.hosting.auditsInFlight == 0, services.hosting.auditsComputed == 0, ContinuousClock.now < deadline {
                    try await Task.sleep(for: .milliseconds(5))
                }
                #expect(try await status("/health") == 200)
                for try await answer in group { #expect(answer == 200) }
            }
        }
        #expect(services.hosting.auditsComputed == audits)
    }
}

/// Blocks `holders` threads until opened, and knows whether it has been.
private final class Gate: Sendable {
    private let holders: Int
    private let state = Mutex((holding: 0, open: false))
    private let released = DispatchSemaphore(value: 0)
    private let allHeld = DispatchSemaphore(value: 0)

    init(holders: Int) { self.holders = holders }

    var isOpen: Bool { state.withLock { $0.open } }

    /// Blocks the calling thread until the gate opens.
    func hold() {
        let last = state.withLock { state in
            state.holding += 1
            return state.holding == holders
        }
        if last { allHeld.signal() }
        released.wait()
        released.signal()
    }

    /// Blocks the calling thread until every holder is held (or the gate opened).
    func waitUntilAllHeld() {
        allHeld.wait()
        allHeld.signal()
    }

    func open() {
        let first = state.withLock { state in
            defer { state.open = true }
            return !state.open
        }
        if first {
            released.signal()
            allHeld.signal()
        }
    }

    /// Opens the gate after `seconds` whatever happens, so a regression fails the test rather than hanging it.
    func openAfter(seconds: Double) {
        let watchdog = Thread { [self] in
            Thread.sleep(forTimeInterval: seconds)
            open()
        }
        watchdog.start()
    }
}
