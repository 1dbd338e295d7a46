import ClaspPlan
import ClaspTestSupport
import Foundation
import Testing

/// `clasp import` of specs with printed history: the seed's chart gives the demo plan's lineage,
/// other charts and plain revision lists are read the same way, and a retitle must be asked for.
@Suite struct ChartImportCLITests {
    /// Every date the seed's chart prints, and one between them the issue asks about.
    static let chartDates = ["1996-01-23", "1998-12-23", "2000-07-01", "2001-07-01", "2004-05-12", "2004-10-14",
                             "2005-07-01", "2005-08-25", "2012-08-25", "2015-01-01", "2017-05-31", "2018-06-21", "2019-07-16"]

    /// A new plan with an administrator (`admin`) and a roster that satisfies the default workflows.
    static func newPlan(in directory: TemporaryDirectory) throws -> String {
        let plan = directory.path("plan")
        let roster = try directory.write("roster.yaml", RosterTemplate.text)
        let created = try CLI.run(["init", plan, "--agency", "City of Roseville", "--time-zone", "America/Los_Angeles",
                                   "--admin", "admin", "--admin-name", "Dana Whitfield", "--admin-email", "dw@roseville.example",
                                   "--roster", roster])
        #expect(created.status == 0, "\(created.stderr)")
        return plan
    }

    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    /// The JSON without free-text notes (the demo's sources carry hand-written ones).
    static func withoutNotes(_ value: Any) -> Any {
        if let object = value as? [String: Any] {
            return object.filter { $0.key != "note" && $0.key != "notes" }.mapValues(withoutNotes)
        }
        if let array = value as? [Any] { return array.map(withoutNotes) }
        return value
    }

    @Test func theSeedImportsIntoTheDemoPlansLineage() throws {
        let directory = try TemporaryDirectory()
        let plan = try Self.newPlan(in: directory)
        let demo = try CLI.demo()

        let dry = try CLI.run(["--plan", plan, "--as", "admin", "import", InitImportTests.seed, "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("would add accounting-technician 2001-07-01: retitled \"Accounting Technician\" → \"Accounting Technician I/II\""))
        #expect(dry.stdout.contains("would add finance-technician 2012-08-25: established as \"Finance Technician I/II\" from accounting-technician, billing-specialist, cash-management-specialist, csr-leadworker"))
        #expect(dry.stdout.contains("would add billing-specialist 2005-08-25: title-only version \"Utility Billing Specialist I/II\""))
        #expect(dry.stderr.isEmpty, "\(dry.stderr)")
        let dryJSON = try CLI.run(["--plan", plan, "--as", "admin", "import", InitImportTests.seed, "--dry-run", "--format", "json"])
        let files = try #require((try Self.json(dryJSON.stdout) as? [String: Any])?["files"] as? [[String: Any]])
        let entries = try #require(files.first?["history"] as? [[String: Any]])
        #expect(entries.contains { $0["class"] as? String == "csr-leadworker" && $0["kind"] as? String == "merged-into"
            && $0["into"] as? [String] == ["finance-technician"] && $0["date"] as? String == "2012-08-25" })
        #expect(try ProcessRunner.git(["--git-dir", plan, "rev-list", "--count", "main"]).stdout.trimmingWhitespace == "1")

        let imported = try CLI.run(["--plan", plan, "--as", "admin", "import", InitImportTests.seed])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try ProcessRunner.git(["--git-dir", plan, "rev-list", "--count", "main"]).stdout.trimmingWhitespace == "2")
        #expect(try CLI.run(["--plan", plan, "check"]).status == 0)

        for date in Self.chartDates {
            for command in [["list", "--all"], ["lineage", "finance-technician"]] {
                let ours = try CLI.run(["--plan", plan] + command + ["--as-of", date, "--format", "json"])
                let theirs = try CLI.run(["--plan", demo.roseville] + command + ["--as-of", date, "--format", "json"])
                #expect(ours.status == 0 && theirs.status == 0)
                let same = (Self.withoutNotes(try Self.json(ours.stdout)) as? NSObject)?
                    .isEqual(Self.withoutNotes(try Self.json(theirs.stdout))) ?? false
                #expect(same, "\(command[0]) on \(date) differs:\n\(ours.stdout)\n---\n\(theirs.stdout)")
            }
        }
        let listed = try CLI.run(["--plan", plan, "list", "--as-of", "2015-01-01"])
        #expect(listed.stdout.contains("finance-technician  Finance Technician I/II"))

        // The import commit touched all five classes; --follow lists it once.
        for path in [plan, demo.roseville] {
            let followed = try CLI.run(["--plan", path, "history", "finance-technician", "--follow", "--format", "json"])
            let groups = try #require(try Self.json(followed.stdout) as? [[String: Any]])
            let commits = groups.flatMap { ($0["entries"] as? [[String: Any]] ?? []).compactMap { $0["commit"] as? String } }
            #expect(groups.count == 5)
            #expect(Set(commits).count == commits.count, "\(followed.stdout)")
        }
    }

    static let waterSpec = """
        WATER SYSTEMS OPERATOR

        DEFINITION

        To operate water treatment and distribution systems.

        EXAMPLES OF ESSENTIAL DUTIES

        Operate pumps and valves.

        3/15/2021

        6/1/2016   Water Systems Operator

        Treatment Plant Operator\tMeter Reader\tMeter Technician
        1-5-2009\t7/1/2017\t
        2/1/2003   Plant Trainee\t4-10-2007\t
        \t2/2/99\t

        """

    static let parksSpec = """
        PARKS AIDE

        DEFINITION

        To maintain parks.

        05/01/2020

        09/15/2014

        01/02/2008

        """

    /// Class → (title, status) from `list --all --as-of`.
    static func classes(_ plan: String, on date: String) throws -> [String: [String]] {
        let listed = try CLI.run(["--plan", plan, "list", "--all", "--as-of", date, "--format", "json"])
        let rows = (try json(listed.stdout) as? [String: Any])?["classes"] as? [[String: Any]] ?? []
        return Dictionary(uniqueKeysWithValues: rows.compactMap { row in
            (row["class"] as? String).map { ($0, [row["title"] as? String ?? "", row["status"] as? String ?? ""]) }
        })
    }

    @Test func anotherChartAndAPlainRevisionListAreReadTheSameWay() throws {
        let directory = try TemporaryDirectory()
        let plan = try Self.newPlan(in: directory)
        let water = try directory.write("water.txt", Self.waterSpec)
        let parks = try directory.write("parks.txt", Self.parksSpec)
        let imported = try CLI.run(["--plan", plan, "--as", "admin", "import", water, parks])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("'Meter Reader' 7/1/2017 is not before 2016-06-01"))
        #expect(imported.stderr.contains("'Meter Technician' has no date printed with it"))
        #expect(try CLI.run(["--plan", plan, "check"]).status == 0)

        let in2005 = try Self.classes(plan, on: "2005-01-01")
        #expect(in2005["plant-trainee"]?[0] == "Plant Trainee")
        #expect(in2005["meter-reader"]?[0] == "Meter Reader")
        #expect(in2005["parks-aide"]?[1] != in2005["meter-reader"]?[1])   // not yet established
        let in2010 = try Self.classes(plan, on: "2010-01-01")
        #expect(in2010["plant-trainee"]?[0] == "Treatment Plant Operator")
        #expect(in2010["parks-aide"]?[0] == "Parks Aide")
        #expect(in2010["water-systems-operator"]?[1] == in2005["parks-aide"]?[1])
        let in2017 = try Self.classes(plan, on: "2017-01-01")
        #expect(in2017["water-systems-operator"]?[1] == in2010["plant-trainee"]?[1])
        #expect(in2017["plant-trainee"]?[1] != in2010["plant-trainee"]?[1])

        let parksVersions = try ProcessRunner.git(["--git-dir", plan, "ls-tree", "--name-only", "main", "classes/parks-aide/"])
        #expect(parksVersions.stdout.split(separator: "\n").map { String($0.split(separator: "/").last ?? "") }
            == ["2008-01-02.yaml", "2014-09-15.yaml", "2020-05-01.yaml", "class.yaml"])
        let older = try ProcessRunner.git(["--git-dir", plan, "show", "main:classes/parks-aide/2014-09-15.yaml"])
        #expect(older.stdout == "title: Parks Aide\neffective: 2014-09-15\ntext: not-on-file\n")
    }

    @Test func aNewTitleNeedsRetitleFrom() throws {
        let directory = try TemporaryDirectory()
        let plan = try Self.newPlan(in: directory)
        let parks = try directory.write("parks.txt", Self.parksSpec)
        #expect(try CLI.run(["--plan", plan, "--as", "admin", "import", parks]).status == 0)
        let renamed = try directory.write("renamed.txt", """
            PARKS MAINTENANCE WORKER

            DEFINITION

            To maintain parks and grounds.

            07/01/2022

            """)
        let refused = try CLI.run(["--plan", plan, "--as", "admin", "import", renamed, "--class", "parks-aide"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--retitle-from parks-aide"), "\(refused.stderr)")

        let retitled = try CLI.run(["--plan", plan, "--as", "admin", "import", renamed, "--retitle-from", "parks-aide"])
        #expect(retitled.status == 0, "\(retitled.stderr)")
        #expect(retitled.stdout.contains("added parks-aide 2022-07-01: retitled \"Parks Aide\" → \"Parks Maintenance Worker\""))
        #expect(try CLI.run(["--plan", plan, "check"]).status == 0)
        #expect(try Self.classes(plan, on: "2023-01-01")["parks-aide"]?[0] == "Parks Maintenance Worker")
        #expect(try Self.classes(plan, on: "2021-01-01")["parks-aide"]?[0] == "Parks Aide")
        let record = try ProcessRunner.git(["--git-dir", plan, "show", "main:classes/parks-aide/class.yaml"])
        #expect(record.stdout.contains("kind: retitled"))
    }
}
