import ClaspPlan
import ClaspSpec
import ClaspTestSupport
import Foundation
import Testing

/// `clasp diff`, `clasp lineage` and `clasp history --follow` through the real binary.
@Suite struct DiffLineageTests {
    static let seeds = PackagePaths.root.appendingPathComponent("Tests/ClaspSpecTests/Fixtures/seeds")

    /// A plan holding seed 000 at 2019-07-16 and a revision at 2021-01-01 raising experience
    /// from two to three years, plus seed 002 as a second class.
    static func revisedPlan() throws -> (TemporaryDirectory, String) {
        let directory = try TemporaryDirectory()
        let plan = directory.path("plan")
        _ = try CLI.run(["init", plan, "--agency", "Roseville", "--admin", "admin", "--admin-name", "A", "--admin-email", "a@x.example",
                         "--roster", try directory.write("roster.yaml", RosterTemplate.text)])
        let env = ["CLASP_PLAN": plan, "CLASP_USER": "admin"]
        let first = try CLI.run(["import", seeds.appendingPathComponent("000_83a157b970d7c809.txt").path,
                                 seeds.appendingPathComponent("002_5542abc9f835574d.txt").path], environment: env)
        guard first.status == 0 else { throw CLI.DemoFailed(output: first.stderr) }
        let yaml = try CLI.run(["show", "finance-technician", "--as-of", "2020-01-01", "--format", "yaml"], environment: env).stdout
        let revised = yaml.replacingOccurrences(of: "effective: 2019-07-16", with: "effective: 2021-01-01")
            .replacingOccurrences(of: "Two years of responsible administrative", with: "Three years of responsible administrative")
        let file = try directory.write("revised.yaml", revised)
        let second = try CLI.run(["import", file], environment: env)
        guard second.status == 0 else { throw CLI.DemoFailed(output: second.stderr) }
        return (directory, plan)
    }

    @Test func defaultDiffComparesTheCurrentVersionWithTheOneBefore() throws {
        let (directory, plan) = try Self.revisedPlan()
        defer { withExtendedLifetime(directory) {} }
        let result = try CLI.run(["--plan", plan, "diff", "finance-technician", "--as-known-on", "2999-01-01", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let changes = try #require(json["changes"] as? [[String: Any]])
        #expect(changes.count == 1)
        #expect(changes.first?["operation"] as? String == "reworded")
        #expect(changes.first?["category"] as? String == "qualifications")
        let quantity = try #require((changes.first?["quantities"] as? [[String: Any]])?.first)
        #expect(quantity["direction"] as? String == "raised")
        #expect(quantity["before"] as? Int == 2 && quantity["after"] as? Int == 3)

        let markdown = try CLI.run(["--plan", plan, "diff", "finance-technician", "--from", "2019-07-16", "--to", "2021-01-01", "--format", "markdown"])
        #expect(markdown.stdout.contains("Summary: 1 substantive change"))
        let html = try CLI.run(["--plan", plan, "diff", "finance-technician", "--from", "2019-07-16", "--to", "2021-06-01", "--format", "html"])
        #expect(html.stdout.contains("<ins>") && html.stdout.contains("<del>"))
        let text = try CLI.run(["--plan", plan, "diff", "finance-technician", "--from", "2019-07-16", "--to", "2021-06-01"])
        #expect(!text.stdout.contains("\u{1B}["), "piped output must not be coloured")
        #expect(text.stdout.contains("raised from two to three years"))
    }

    @Test func identicalVersionsSayNoChangesAndTwoClassesCompare() throws {
        let (directory, plan) = try Self.revisedPlan()
        defer { withExtendedLifetime(directory) {} }
        let same = try CLI.run(["--plan", plan, "diff", "finance-technician@2019-07-16", "finance-technician@2020-01-01"])
        #expect(same.status == 0)
        #expect(same.stdout.hasPrefix("no changes between"))
        let across = try CLI.run(["--plan", plan, "diff", "accounting-technician-ii@2016-01-01", "finance-technician@2020-01-01", "--format", "json"])
        #expect(across.status == 0, "\(across.stderr)")
        #expect(across.stdout.contains("\"category\" : \"title\""))
    }

    @Test func diffRefusesWhatItCannotCompare() throws {
        let demo = try CLI.demo()
        let missingText = try CLI.run(["--plan", demo.roseville, "diff", "finance-technician", "--from", "2017-06-01", "--to", "2020-01-01"])
        #expect(missingText.status == 1)
        #expect(missingText.stderr.contains("not on file"))
        let early = try CLI.run(["--plan", demo.roseville, "diff", "finance-technician", "--from", "2001-01-01", "--to", "2020-01-01"])
        #expect(early.status == 1)
        #expect(early.stderr.contains("first version takes effect 2012-08-25"))
        let badDate = try CLI.run(["--plan", demo.roseville, "diff", "finance-technician@2019-13-01"])
        #expect(badDate.status == 2)
        let unknown = try CLI.run(["--plan", demo.roseville, "diff", "nobody"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no class 'nobody'"))
    }

    @Test func lineageShowsTheChartWithItsDates() throws {
        let demo = try CLI.demo()
        let text = try CLI.run(["--plan", demo.roseville, "lineage", "finance-technician"])
        #expect(text.status == 0, "\(text.stderr)")
        for line in ["accounting-technician: Accounting Technician I/II", "1996-01-23", "1998-12-23",
                     "2001-07-01  retitled \"Accounting Technician\" → \"Accounting Technician I/II\"",
                     "billing-specialist: Utility Billing Specialist I/II", "2000-07-01", "2004-05-12", "2005-08-25",
                     "cash-management-specialist: Cash Management Specialist", "2004-10-14",
                     "csr-leadworker: CSR Leadworker", "2005-07-01", "2012-08-25  merged into finance-technician"] {
            #expect(text.stdout.contains(line), "missing: \(line)")
        }
        let json = try CLI.run(["--plan", demo.roseville, "lineage", "finance-technician", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(json.stdout.contains("\"merged-into\"") || json.stdout.contains("\"merge\""))
        #expect(object.isEmpty == false)
        let svg = try CLI.run(["--plan", demo.roseville, "lineage", "finance-technician", "--format", "svg"])
        #expect(svg.stdout.hasPrefix("<svg") || svg.stdout.hasPrefix("<?xml"))
        #expect(svg.stdout.contains("Cash Management Specialist"))
    }

    @Test(arguments: [
        ("2003-01-01", ["accounting-technician: Accounting Technician I/II", "billing-specialist: Utility Billing Specialist I/II"], ["cash-management-specialist: Cash", "csr-leadworker: CSR"]),
        ("2005-12-31", ["accounting-technician: Accounting Technician I/II", "billing-specialist: Utility Billing Specialist I/II",
                        "cash-management-specialist: Cash Management Specialist", "csr-leadworker: CSR Leadworker"], []),
    ])
    func lineageAsOfNamesTheAncestorsThenInEffect(date: String, present: [String], absent: [String]) throws {
        let demo = try CLI.demo()
        let result = try CLI.run(["--plan", demo.roseville, "lineage", "finance-technician", "--as-of", date])
        let summary = try #require(result.stdout.components(separatedBy: "\nAs of \(date)").last)
        #expect(summary.contains("Finance Technician I/II (finance-technician) did not exist yet"))
        for line in present { #expect(summary.contains(line), "missing: \(line)") }
        for line in absent { #expect(!summary.contains(line), "unexpected: \(line)") }
    }

    @Test func historyFollowContinuesIntoPredecessors() throws {
        let demo = try CLI.demo()
        let result = try CLI.run(["--plan", demo.roseville, "history", "finance-technician", "--follow", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let groups = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(groups.compactMap { $0["class"] as? String } == [
            "finance-technician", "accounting-technician", "billing-specialist", "cash-management-specialist", "csr-leadworker",
        ])
        #expect(groups.dropFirst().allSatisfy { ($0["via"] as? String)?.contains("merged into finance-technician on 2012-08-25") == true })
    }
}

/// `clasp check` on lineage that does not hold together: each problem with its file and event, exit 1.
@Suite struct LineageCheckCLITests {
    @Test func aMergeIntoAMissingClassIsReportedWithItsEvent() throws {
        let directory = try TemporaryDirectory()
        let plan = directory.path("plan")
        _ = try CLI.run(["init", plan, "--agency", "Roseville", "--admin", "admin", "--admin-name", "A", "--admin-email", "a@x.example",
                         "--roster", try directory.write("roster.yaml", RosterTemplate.text)])
        let env = ["CLASP_PLAN": plan, "CLASP_USER": "admin"]
        let a = try directory.write("a.yaml", "title: Clerk\neffective: 2000-01-01\nsections:\n- kind: definition\n  text:\n  - To file.\n")
        #expect(try CLI.run(["import", a, "--class", "clerk"], environment: env).status == 0)
        #expect(try CLI.run(["check"], environment: env).status == 0)
        // Edit class.yaml behind Clasp's back with plain git: a merge into a class that does not exist.
        let work = directory.path("work")
        #expect(try ProcessRunner.git(["clone", "-q", plan, work]).status == 0)
        try directory.write("work/classes/clerk/class.yaml",
                            "id: clerk\nevents:\n- date: 2000-01-01\n  kind: established\n  title: Clerk\n- date: 2012-01-01\n  kind: merged-into\n  into:\n  - records-specialist\n")
        #expect(try ProcessRunner.git(["-C", work, "commit", "-qam", "merge clerk"]).status == 0)
        #expect(try ProcessRunner.git(["-C", work, "push", "-q", "origin", "main"]).status == 0)
        let result = try CLI.run(["check"], environment: env)
        #expect(result.status == 1)
        #expect(result.stdout.contains("classes/clerk/class.yaml: events[1] (2012-01-01 merged-into):"), "\(result.stdout)")
        #expect(result.stdout.contains("records-specialist"))
    }
}

/// `clasp diff --levels`: two levels of one series version, section kind by section kind.
@Suite struct DiffLevelsCLITests {
    @Test func levelsOfOneVersionCompareWithKeyDifferencesFirst() throws {
        let (directory, plan) = try DiffLineageTests.revisedPlan()
        defer { withExtendedLifetime(directory) {} }
        let result = try CLI.run(["--plan", plan, "diff", "finance-technician@2020-01-01", "--levels", "I:II"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Finance Technician I (2019-07-16) -> Finance Technician II (2019-07-16)"), "\(result.stdout)")
        #expect(result.stdout.contains("Key differences:"))
        #expect(result.stdout.contains("Supervision"))
        let bad = try CLI.run(["--plan", plan, "diff", "finance-technician", "--levels", "I"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--levels is written OLD:NEW"))
    }
}
