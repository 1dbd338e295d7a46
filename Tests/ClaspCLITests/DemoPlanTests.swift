import ClaspTestSupport
import Foundation
import Testing

/// The acceptance checks of the foundation issue, through the real binary.
@Suite struct DemoPlanTests {
    @Test func showAsOf2018ReportsThe2017VersionWithItsTextNotOnFile() throws {
        let demo = try CLI.demo()
        let plans = demo.plans
        let result = try CLI.run(["--plan", "\(plans)/roseville", "show", "finance-technician", "--as-of", "2018-01-01", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["effective"] as? String == "2017-05-31")
        #expect(json["textOnFile"] as? Bool == false)
        #expect(json["until"] as? String == "2018-06-21")
        #expect(json["class"] as? String == "finance-technician")
        let version = try #require(json["version"] as? [String: Any])
        #expect(version["title"] as? String == "Finance Technician I/II")
        #expect((version["sections"] as? [Any])?.isEmpty == true)
    }

    @Test func showAsOf2020ReportsThe2019TextOfTheSeed() throws {
        let demo = try CLI.demo()
        let plans = demo.plans
        let result = try CLI.run(["--plan", "\(plans)/roseville", "show", "finance-technician", "--as-of", "2020-01-01", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["effective"] as? String == "2019-07-16")
        #expect(json["textOnFile"] as? Bool == true)
        #expect(result.stdout.contains("Two years of responsible administrative, clerical or customer service experience"))
        let text = try CLI.run(["show", "finance-technician", "--as-of", "2020-01-01"], environment: ["CLASP_PLAN": "\(plans)/roseville"])
        #expect(text.stdout.contains("FINANCE TECHNICIAN I/II"))
        #expect(text.stdout.contains("Two years of responsible administrative, clerical or customer service experience"))
    }

    @Test func everyDemoPlanPassesCheckAndGitFsck() throws {
        let demo = try CLI.demo()
        let plans = demo.plans
        for plan in try FileManager.default.contentsOfDirectory(atPath: plans) {
            let check = try CLI.run(["--plan", "\(plans)/\(plan)", "check"])
            #expect(check.status == 0, "\(plan): \(check.stdout)\(check.stderr)")
            let fsck = try ProcessRunner.git(["--git-dir", "\(plans)/\(plan)", "fsck", "--strict", "--no-dangling"])
            #expect(fsck.status == 0, "\(plan): \(fsck.stderr)")
        }
    }

    @Test func theDemoIsDeterministic() throws {
        let firstDemo = try CLI.demo(), secondDemo = try CLI.demo()
        let first = firstDemo.plans, second = secondDemo.plans
        let a = try ProcessRunner.git(["--git-dir", "\(first)/roseville", "rev-parse", "main"])
        let b = try ProcessRunner.git(["--git-dir", "\(second)/roseville", "rev-parse", "main"])
        #expect(a.stdout == b.stdout && !a.stdout.isEmpty)
    }

    @Test func historyShowsTheBootstrapImportsWithReadableTrailers() throws {
        let demo = try CLI.demo()
        let plans = demo.plans
        let result = try CLI.run(["--plan", "\(plans)/roseville", "history", "finance-technician", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let effective = entries.compactMap { ($0["effectiveDates"] as? [String])?.first }
        #expect(effective == ["2019-07-16", "2019-07-16", "2018-06-21", "2017-05-31", "2012-08-25"])
        // The newest is the scripted correction adopted through proposal 1; the rest are bootstrap imports.
        #expect(entries.first?["proposal"] as? Int == 1)
        #expect(entries.dropFirst().allSatisfy { $0["bootstrap"] as? Bool == true })
        let log = try ProcessRunner.git(["--git-dir", "\(plans)/roseville", "log", "--format=%(trailers:key=Effective-Date,valueonly)", "main"])
        #expect(log.stdout.contains("2019-07-16"))
    }

    @Test func listAsOfADateShowsTheClassesThenInEffect() throws {
        let demo = try CLI.demo()
        let plans = demo.plans
        let result = try CLI.run(["--plan", "\(plans)/roseville", "list", "--as-of", "2003-01-01", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rows = try #require(json["classes"] as? [[String: Any]])
        #expect(rows.compactMap { $0["title"] as? String }.sorted() == ["Accounting Technician I/II", "Utility Billing Specialist I/II"])
        let now = try CLI.run(["--plan", "\(plans)/roseville", "list", "--as-of", "2020-01-01"])
        #expect(now.stdout.contains("finance-technician"))
        #expect(!now.stdout.contains("csr-leadworker"))
    }
}
