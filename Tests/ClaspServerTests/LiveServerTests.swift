import ClaspPlan
import ClaspServer
import ClaspTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import Testing

/// The real server on 127.0.0.1 with a random port, driven over TCP, and the `clasp` binary's
/// remote mode against it.
@Suite struct LiveServerTests {
    @Test func aBrowserStyleSessionWorksOverTCP() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.live) { client in
            #expect((client.port ?? 0) > 0)
            let session = try await client.signIn("cmorgan")
            let page = try await client.execute(uri: "/plans/roseville/classes/finance-technician", method: .get, headers: session.headers)
            #expect(page.status == .ok)
            #expect(page.text.contains("Finance Technician"))
        }
    }

    @Test func remoteCLICommandsPrintWhatLocalOnesPrint() async throws {
        let fixture = try ServerFixture()
        let token = try fixture.token("auditor")
        let clasp = PackagePaths.claspExecutable
        try await fixture.application.test(.live) { client in
            let server = "http://127.0.0.1:\(try #require(client.port))"
            for arguments in [["list", "--as-of", "2003-01-01"], ["list", "--all", "--format", "json"],
                              ["show", "finance-technician", "--as-of", "2020-01-01"],
                              ["show", "finance-technician", "--as-of", "2018-01-01", "--format", "json"],
                              ["history", "finance-technician"], ["check", "--format", "json"]] {
                let local = try await ProcessRunner.runAsync(clasp, ["--plan", fixture.planPath("roseville")] + arguments)
                let remote = try await ProcessRunner.runAsync(clasp, ["--plan", "roseville"] + arguments,
                                                   environment: ["CLASP_SERVER": server, "CLASP_TOKEN": token])
                #expect(remote.status == local.status, "\(arguments): \(remote.stderr)")
                #expect(remote.stdout == local.stdout, "\(arguments) differs")
            }
            let unknown = try await ProcessRunner.runAsync(clasp, ["--plan", "roseville", "show", "no-such-class"],
                                                environment: ["CLASP_SERVER": server, "CLASP_TOKEN": token])
            #expect(unknown.status == 1)
            #expect(unknown.stderr.contains("no class 'no-such-class'"))
            let badToken = try await ProcessRunner.runAsync(clasp, ["--plan", "roseville", "list"],
                                                 environment: ["CLASP_SERVER": server, "CLASP_TOKEN": "clasp_wrong"])
            #expect(badToken.status == 1)
            #expect(badToken.stderr.contains("unauthenticated"))
        }
    }
}
