import ClaspPlan
import ClaspSpec
import ClaspTestSupport
import Foundation
import Testing

/// A new plan from scratch: init, import the real seed text, read it back.
@Suite struct InitImportTests {
    static let seed = PackagePaths.root.appendingPathComponent("Tests/ClaspSpecTests/Fixtures/seeds/000_83a157b970d7c809.txt").path

    @Test func initThenImportTheSeedThenShowAndCheck() throws {
        let directory = try TemporaryDirectory()
        let plan = directory.path("plan")
        let roster = try directory.write("roster.yaml", RosterTemplate.text)
        let created = try CLI.run(["init", plan, "--agency", "City of Roseville", "--time-zone", "America/Los_Angeles",
                                   "--admin", "admin", "--admin-name", "Dana Whitfield", "--admin-email", "dw@roseville.example",
                                   "--roster", roster])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("created plan 'city-of-roseville'"))
        let workflows = try ProcessRunner.git(["--git-dir", plan, "ls-tree", "--name-only", "main", "workflows/"])
        #expect(workflows.stdout.contains("workflows/default.yaml"))

        let dry = try CLI.run(["--plan", plan, "--as", "admin", "import", Self.seed, "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("finance-technician 2019-07-16: would record established-class"))
        #expect(try ProcessRunner.git(["--git-dir", plan, "rev-list", "--count", "main"]).stdout.trimmingWhitespace == "1")

        let imported = try CLI.run(["import", Self.seed, "--format", "json"], environment: ["CLASP_PLAN": plan, "CLASP_USER": "admin"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("\"action\" : \"established-class\""))

        let shown = try CLI.run(["--plan", plan, "show", "finance-technician", "--as-of", "2020-01-01", "--format", "markdown"])
        #expect(shown.status == 0)
        #expect(shown.stdout.hasPrefix("# Finance Technician I/II"))
        let yaml = try CLI.run(["--plan", plan, "show", "finance-technician", "--format", "yaml"])
        let stored = try ProcessRunner.git(["--git-dir", plan, "show", "main:classes/finance-technician/2019-07-16.yaml"])
        #expect(yaml.stdout == stored.stdout)
        let check = try CLI.run(["--plan", plan, "check"])
        #expect(check.status == 0, "\(check.stdout)")
        let again = try CLI.run(["--plan", plan, "--as", "admin", "import", Self.seed])
        #expect(again.stdout.contains("unchanged"))
    }

    @Test func initRefusesAnExistingDirectoryAndBadOptions() throws {
        let directory = try TemporaryDirectory()
        try directory.write("x/keep.txt", "keep")
        let roster = try directory.write("roster.yaml", RosterTemplate.text)
        let refused = try CLI.run(["init", directory.path("x"), "--agency", "A", "--admin", "a", "--admin-name", "A", "--admin-email", "a@a.example",
                                   "--roster", roster])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("already exists"))
        let badZone = try CLI.run(["init", directory.path("y"), "--agency", "A", "--admin", "a", "--admin-name", "A",
                                   "--admin-email", "a@a.example", "--time-zone", "Mars/Olympus"])
        #expect(badZone.status == 2)
        #expect(badZone.stderr.contains("Mars/Olympus"))
        #expect(!FileManager.default.fileExists(atPath: directory.path("y")))
    }
}
