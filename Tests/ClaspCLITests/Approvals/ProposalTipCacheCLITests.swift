import ClaspTestSupport
import Foundation
import Testing

/// `clasp proposals --state` and `clasp propose` answer from the index's cache of meta-log tips
/// only while the tips are unchanged: a log moved with the git CLI, or a damaged index file,
/// changes nothing in what the commands say.
@Suite struct ProposalTipCacheCLITests {
    @Test func listingsAndTheDateCheckFollowAMetaRefMovedWithGitAndSurviveADamagedIndex() throws {
        let (directory, plan) = try ApprovalCLITests.plan()
        func clasp(_ person: String, _ arguments: String...) throws -> ProcessResult {
            try CLI.run(["--plan", plan, "--as", person] + arguments)
        }
        let file = try directory.write("fix.yaml", ApprovalCLITests.spec("2019-07-16", duty: "Reconcile accounts and audit invoices."))
        #expect(try clasp("aortiz", "propose", "finance-technician", "--file", file, "-m", "Add invoice audits").status == 0)
        let opened = try ProcessRunner.git(["--git-dir", plan, "rev-parse", "refs/proposals/1/meta"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try clasp("aortiz", "withdraw", "1").status == 0)
        // Both listings fill the cache from the withdrawn tip.
        #expect(try clasp("aortiz", "proposals", "--state", "withdrawn").stdout.hasPrefix("1  [withdrawn]"))
        #expect(try clasp("aortiz", "proposals", "--state", "open").stdout == "no proposals open\n")

        let moved = try ProcessRunner.git(["--git-dir", plan, "update-ref", "refs/proposals/1/meta", opened])
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(try clasp("aortiz", "proposals", "--state", "open").stdout.hasPrefix("1  [open]"))
        #expect(try clasp("aortiz", "proposals", "--state", "withdrawn").stdout == "no proposals withdrawn\n")
        let clash = try directory.write("clash.yaml", ApprovalCLITests.spec("2019-07-16", duty: "Reconcile all accounts."))
        let refused = try clasp("bchen", "propose", "finance-technician", "--file", clash, "-m", "Clash")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("open proposal 1 already changes finance-technician effective 2019-07-16"), "\(refused.stderr)")

        let index = URL(fileURLWithPath: plan).appendingPathComponent("clasp/index.sqlite")
        try Data("not a database".utf8).write(to: index)
        let afterGarbage = try clasp("aortiz", "proposals", "--state", "open")
        #expect(afterGarbage.status == 0, "\(afterGarbage.stderr)")
        #expect(afterGarbage.stdout.hasPrefix("1  [open]"))
        try FileManager.default.removeItem(at: index)
        #expect(try clasp("aortiz", "proposals", "--state", "open").stdout.hasPrefix("1  [open]"))
        #expect(try clasp("auditor", "audit", "verify").status == 0)
    }
}
