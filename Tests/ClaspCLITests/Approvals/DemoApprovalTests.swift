import ClaspTestSupport
import Foundation
import Testing

/// The Roseville demo's scripted proposals: one adopted correction, one awaiting the committee.
@Suite struct DemoApprovalTests {
    @Test func theDemoHistoryIsAuditCleanWithOneProposalAwaitingTheCommittee() throws {
        let demo = try CLI.demo()
        let audit = try CLI.run(["--plan", demo.roseville, "audit", "verify"])
        #expect(audit.status == 0, "\(audit.stdout)")
        #expect(audit.stdout.contains("1 adoption verified"))
        let open = try CLI.run(["--plan", demo.roseville, "proposal", "2", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(open.stdout.utf8)) as? [String: Any])
        #expect(json["awaiting"] as? [String] == ["committee"])
        #expect(json["categories"] as? [String] == ["qualifications"])
        let adopted = try CLI.run(["--plan", demo.roseville, "proposals", "--state", "adopted", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(adopted.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["kind"] as? String } == ["correct"])
        let log = try ProcessRunner.git(["--git-dir", demo.roseville, "log", "-1", "--format=%(trailers:key=Approved-by,valueonly)", "main"])
        #expect(log.stdout.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) ?? "" } == ["bchen", "cmorgan", "dpatel"])
        let blame = try CLI.run(["--plan", demo.roseville, "blame", "finance-technician"])
        #expect(blame.stdout.contains("proposal 1, approved by bchen (analyst), cmorgan (committee), dpatel (committee)"))
        let meta = try ProcessRunner.git(["--git-dir", demo.roseville, "log", "--format=%an|%(trailers:key=Event,valueonly)", "refs/proposals/1/meta"])
        #expect(meta.stdout.split(separator: "\n").map(String.init) == ["Alma Ortiz|adopted", "Dev Patel|vote", "Carla Morgan|vote", "Ben Chen|vote", "Alma Ortiz|opened"])
    }
}
