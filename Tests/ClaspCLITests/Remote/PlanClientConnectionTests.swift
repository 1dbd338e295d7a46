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

    /// The built binary, as a user runs it: exit status 1 and libcurl's reason after the address.
    @Test func theBinaryReportsARefusedConnectionWithItsReason() throws {
        let server = "http://127.0.0.1:\(try GitDaemon.freePort())"
        let result = try CLI.runBinary(["--plan", "roseville", "list"], environment: ["CLASP_SERVER": server, "CLASP_TOKEN": "clasp_any"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("clasp: error: cannot reach \(server): "), "\(result.stderr)")
        #expect(result.stderr.contains("Couldn't connect to server") || result.stderr.contains("Connection refused"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    #if os(Linux)
    /// libcurl is loaded when remote mode sends a request, not at start-up (the dynamic loader's
    /// own account, `LD_DEBUG=files`); `BinarySmokeTests` checks the binary does not link it.
    @Test func libcurlIsLoadedOnlyWhenARequestIsSent() throws {
        let local = try CLI.runBinary(["--version"], environment: ["LD_DEBUG": "files"])
        #expect(local.stderr.contains("file=libswiftCore.so"), "LD_DEBUG had no effect: \(local.stderr)")
        #expect(!local.stderr.contains("libcurl"), "\(local.stderr)")
        let server = "http://127.0.0.1:\(try GitDaemon.freePort())"
        let remote = try CLI.runBinary(["--plan", "roseville", "list"],
                                       environment: ["CLASP_SERVER": server, "CLASP_TOKEN": "clasp_any", "LD_DEBUG": "files"])
        #expect(remote.stderr.contains("file=libcurl.so.4 [0];  dynamically loaded"), "\(remote.stderr)")
    }
    #endif

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
