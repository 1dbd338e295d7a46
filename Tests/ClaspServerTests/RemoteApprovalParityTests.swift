import ClaspPlan
import ClaspServer
import ClaspTestSupport
import Foundation
import Testing

/// The approval commands in remote mode print what they print on a local plan: the same
/// commands run against two copies of the demo, one local and one behind a live server.
/// Commit ids of new adoptions depend on the clock, so 40- and 10-digit hex ids are masked
/// in the write commands' output.
@Suite struct RemoteApprovalParityTests {
    @Test func approvalCommandsPrintTheSameRemotelyAsLocally() async throws {
        let local = try ServerFixture(), served = try ServerFixture()
        let clasp = PackagePaths.claspExecutable
        let tokens = try Dictionary(uniqueKeysWithValues: ["aortiz", "cmorgan", "dpatel", "admin", "auditor"].map { ($0, try served.member($0)) })
        let spec = local.directory.path("ft.yaml")
        try local.correctedFinanceTechnician().write(toFile: spec, atomically: true, encoding: .utf8)
        let revision = local.directory.path("ft-2.yaml")
        try local.correctedFinanceTechnician("Also counts petty cash.").write(toFile: revision, atomically: true, encoding: .utf8)
        try await served.application.test(.live) { client in
            let server = "http://127.0.0.1:\(try #require(client.port))"
            @discardableResult
            func both(_ person: String, _ arguments: [String], masked: Bool = false) async throws -> String {
                let here = try await ProcessRunner.runAsync(clasp, ["--plan", local.planPath("roseville"), "--as", person] + arguments)
                let there = try await ProcessRunner.runAsync(clasp, ["--plan", "roseville"] + arguments,
                                                  environment: ["CLASP_SERVER": server, "CLASP_TOKEN": tokens[person] ?? ""])
                #expect(there.status == here.status, "\(arguments): \(there.stderr)")
                #expect(masked ? mask(there.stdout) == mask(here.stdout) : there.stdout == here.stdout, "\(arguments) differs:\n\(here.stdout)\n---\n\(there.stdout)")
                #expect(here.status == 0, "\(arguments): \(here.stderr)")
                return there.stdout
            }
            for arguments in [["proposals"], ["proposals", "--state", "open", "--format", "json"], ["proposal", "2"],
                              ["proposal", "2", "--format", "json"], ["blame", "finance-technician"],
                              ["blame", "finance-technician", "--format", "json"], ["audit", "verify"],
                              ["audit", "export"], ["audit", "export", "--format", "json"],
                              ["history", "finance-technician", "--follow"], ["history", "finance-technician", "--follow", "--format", "json"]] {
                try await both("auditor", arguments)
            }
            try await both("cmorgan", ["proposals", "--awaiting"])
            try await both("cmorgan", ["vote", "2", "approve", "-m", "Agreed"])
            // The server sends the next step as data; the CLI phrases it with its command either way.
            #expect(try await both("dpatel", ["vote", "2", "approve"]).hasSuffix("ready to adopt: clasp adopt 2\n"))
            #expect(try await both("auditor", ["proposal", "2"]).hasSuffix("ready to adopt: clasp adopt 2\n"))
            try await both("admin", ["adopt", "2"], masked: true)
            try await both("aortiz", ["propose", "finance-technician", "--file", spec, "-m", "Petty cash"])
            try await both("aortiz", ["revise", "3", "--file", revision, "-m", "Wording"])
            try await both("aortiz", ["withdraw", "3"])
            try await both("auditor", ["proposals"])
            try await both("auditor", ["audit", "verify"], masked: true)
            let refused = try await ProcessRunner.runAsync(clasp, ["--plan", "roseville", "vote", "3", "approve"],
                                                environment: ["CLASP_SERVER": server, "CLASP_TOKEN": tokens["auditor"] ?? ""])
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("proposal 3 is withdrawn") && refused.stderr.contains("409 proposal-closed"))
        }
    }

    func mask(_ text: String) -> String {
        text.replacingOccurrences(of: "[0-9a-f]{40}|\\b[0-9a-f]{10}\\b", with: "<id>", options: .regularExpression)
    }
}
