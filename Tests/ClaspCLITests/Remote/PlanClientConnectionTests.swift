import ClaspTestSupport
import Foundation
import Testing

/// Remote mode (`--server`) against servers it cannot talk to: the failure is reported at once, with
/// the server's address, rather than retried until a deadline.
@Suite struct PlanClientConnectionTests {
    @Test func aRefusedConnectionIsReported() throws {
        let server = "http://127.0.0.1:\(try GitDaemon.freePort())"
        let result = try CLI.run(["--plan", "roseville", "list"], environment: ["CLASP_SERVER": server, "CLASP_TOKEN": "clasp_any"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot reach \(server)"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    /// https goes through TLS: a plain-HTTP `clasp serve` cannot complete the handshake.
    @Test func httpsToAPlainHTTPServerFailsTheHandshake() async throws {
        let demo = try CLI.demo()
        let live = try await LiveServer(["--plans", demo.plans, "--data", demo.directory.path("data")])
        defer { live.killBlocking() }
        let server = "https://127.0.0.1:\(live.port)"
        let result = try CLI.run(["--plan", "roseville", "list"], environment: ["CLASP_SERVER": server, "CLASP_TOKEN": "clasp_any"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot reach \(server)"), "\(result.stderr)")
        #expect(result.stderr.contains("handshake") || result.stderr.contains("SSL"), "\(result.stderr)")
    }
}
