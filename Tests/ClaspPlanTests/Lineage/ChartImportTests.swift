import ClaspPlan
import ClaspSpec
import Foundation
import Testing

/// Importing a spec with its printed history: revision dates as title-only versions, the chart's
/// columns as predecessor classes, all in the import's one commit, and nothing written twice.
@Suite struct ChartImportTests {
    let day = SeedChart.day

    /// The seed's chart as the plain-text importer reads it (dates as printed).
    static var seedChart: LineageChart {
        func date(_ text: String, _ iso: String) -> LineageChartDate { LineageChartDate(text: text, date: SeedChart.day(iso)) }
        return LineageChart(
            columns: [
                LineageChartColumn(titles: [
                    LineageChartTitle(title: "Accounting Technician", dates: [date("01/23/96", "1996-01-23"), date("12/23/98", "1998-12-23")]),
                    LineageChartTitle(title: "Accounting Technician I/II", dates: [date("07/01/01", "2001-07-01")]),
                ]),
                LineageChartColumn(titles: [
                    LineageChartTitle(title: "Billing Specialist", dates: [date("07/01/00", "2000-07-01")]),
                    LineageChartTitle(title: "Utility Billing Specialist I/II",
                                      dates: [date("07/01/01", "2001-07-01"), date("05/12/04", "2004-05-12"), date("08/25/05", "2005-08-25")]),
                ]),
                LineageChartColumn(titles: [LineageChartTitle(title: "Cash Management Specialist", dates: [date("10/14/04", "2004-10-14")])]),
                LineageChartColumn(titles: [LineageChartTitle(title: "CSR Leadworker", dates: [date("07/1/05", "2005-07-01")])]),
            ],
            successorTitle: "Finance Technician I/II", successorDate: SeedChart.day("2012-08-25"),
            successorRevisions: ["2017-05-31", "2018-06-21", "2019-07-16"].map(SeedChart.day))
    }

    static func seedRequest(source: String = "seed.txt") -> ImportRequest {
        let version = PlanFixture.version("Finance Technician I/II", "2019-07-16")
        let revised = ["2019-07-16", "2018-06-21", "2017-05-31", "2012-08-25"].map(SeedChart.day)
        return ImportRequest(classID: "finance-technician", version: version, source: source,
                             printedHistory: PrintedHistory(revised: revised, chart: seedChart))
    }

    @Test func theSeedChartBecomesTheReferenceLineageInOneCommit() throws {
        let fixture = try PlanFixture()
        let before = try fixture.plan.mainHead()
        let outcomes = try fixture.plan.importVersions([Self.seedRequest()], by: "admin")
        #expect(outcomes.map(\.action) == [.establishedClass])
        #expect(outcomes[0].warnings.isEmpty)
        #expect(try fixture.git("rev-list", "--count", "\(before.hex)..main").stdout.trimmingWhitespace == "1")

        let snapshot = try fixture.plan.current()
        let imported = Dictionary(uniqueKeysWithValues: try snapshot.lineageClasses().map { ($0.id, $0) })
        for reference in SeedChart.classes {
            let lineageClass = try #require(imported[reference.id])
            #expect(lineageClass.record.events == reference.record.events, "\(reference.id)")
            #expect(lineageClass.versions == reference.versions, "\(reference.id)")
        }
        #expect(imported.count == SeedChart.classes.count)
        #expect(try !snapshot.version("accounting-technician", effective: day("1998-12-23")).textOnFile)
        #expect(try PlanChecker().check(snapshot).isEmpty)

        let graph = try snapshot.lineageGraph()
        for date in ["1996-01-23", "1998-12-23", "2000-07-01", "2001-07-01", "2004-05-12", "2004-10-14", "2005-07-01",
                     "2005-08-25", "2012-08-25", "2015-01-01", "2019-07-16"].map(day) {
            for id in SeedChart.predecessors + ["finance-technician"] {
                #expect(graph.status(of: id, on: date) == SeedChart.graph.status(of: id, on: date), "\(id) \(date)")
                #expect(graph.title(of: id, on: date) == SeedChart.graph.title(of: id, on: date), "\(id) \(date)")
            }
        }
        let entries = outcomes[0].history.map(\.description)
        #expect(entries.contains("accounting-technician 2001-07-01: retitled \"Accounting Technician\" → \"Accounting Technician I/II\""))
        #expect(entries.contains("csr-leadworker 2012-08-25: merged into finance-technician"))
        #expect(entries.contains("finance-technician 2017-05-31: title-only version \"Finance Technician I/II\" (text not on file)"))
    }

    @Test func importingTheSameHistoryAgainWritesNothing() throws {
        let fixture = try PlanFixture()
        _ = try fixture.plan.importVersions([Self.seedRequest()], by: "admin")
        let head = try fixture.plan.mainHead()
        let again = try fixture.plan.importVersions([Self.seedRequest()], by: "admin")
        #expect(again.map(\.action) == [.unchanged])
        #expect(again[0].history.isEmpty)
        #expect(try fixture.plan.mainHead() == head)
    }

    @Test func aPlanHoldingPartOfTheChartGetsOnlyWhatIsMissing() throws {
        let fixture = try PlanFixture()
        try fixture.importVersion("csr-leadworker", PlanFixture.version("CSR Leadworker", "2005-07-01", onFile: false),
                                  at: "2026-01-05T10:00:00-08:00")
        let outcomes = try fixture.plan.importVersions([Self.seedRequest()], by: "admin")
        let added = outcomes[0].history.filter { $0.classID == "csr-leadworker" }.map(\.kind)
        #expect(added == ["merged-into"])
        let snapshot = try fixture.plan.current()
        #expect(try snapshot.classRecord("csr-leadworker").events == SeedChart.classes[3].record.events)
        #expect(try PlanChecker().check(snapshot).isEmpty)
    }

    @Test func aPlanThatContradictsTheChartRefusesTheImport() throws {
        let fixture = try PlanFixture()
        try fixture.importVersion("csr-leadworker", PlanFixture.version("CSR Leadworker", "2004-01-01", onFile: false),
                                  at: "2026-01-05T10:00:00-08:00")
        let head = try fixture.plan.mainHead()
        #expect {
            _ = try fixture.plan.importVersions([Self.seedRequest()], by: "admin")
        } throws: { error in
            guard case PlanError.invalidInput(let message) = error else { return false }
            return message.contains("csr-leadworker") && message.contains("2004-01-01") && message.contains("2005-07-01")
        }
        #expect(try fixture.plan.mainHead() == head)
    }

    @Test func chartLinesThatCannotBePlacedAreWarnedAboutAndTheRestRecorded() throws {
        let fixture = try PlanFixture()
        func date(_ text: String, _ iso: String) -> LineageChartDate { LineageChartDate(text: text, date: day(iso)) }
        let chart = LineageChart(columns: [
            LineageChartColumn(titles: [
                LineageChartTitle(title: "Plant Trainee", dates: [date("2/1/2003", "2003-02-01")]),
                LineageChartTitle(title: "Treatment Plant Operator", dates: [date("1-5-2009", "2009-01-05")]),
            ]),
            LineageChartColumn(titles: [
                LineageChartTitle(title: "Meter Reader", dates: [date("2/2/99", "1999-02-02"), date("7/1/2017", "2017-07-01")]),
                LineageChartTitle(title: "Meter Technician", dates: []),
            ]),
        ], successorTitle: "Water Systems Operator", successorDate: day("2016-06-01"))
        let request = ImportRequest(classID: "water-systems-operator", version: PlanFixture.version("Water Systems Operator", "2021-03-15"),
                                    source: "water.txt", printedHistory: PrintedHistory(revised: [day("2021-03-15"), day("2016-06-01")], chart: chart))
        let outcome = try #require(try fixture.plan.importVersions([request], by: "admin").first)
        #expect(outcome.warnings.count == 2)
        #expect(outcome.warnings.contains { $0.contains("Meter Technician") && $0.contains("no date") })
        #expect(outcome.warnings.contains { $0.contains("7/1/2017") })
        let snapshot = try fixture.plan.current()
        #expect(try snapshot.classRecord("plant-trainee").events == [
            LineageEvent(date: day("2003-02-01"), kind: .established, title: "Plant Trainee"),
            LineageEvent(date: day("2009-01-05"), kind: .retitled, oldTitle: "Plant Trainee", title: "Treatment Plant Operator"),
            LineageEvent(date: day("2016-06-01"), kind: .mergedInto, into: ["water-systems-operator"]),
        ])
        #expect(try snapshot.classRecord("water-systems-operator").events == [
            LineageEvent(date: day("2016-06-01"), kind: .established, from: ["plant-trainee", "meter-reader"], title: "Water Systems Operator"),
        ])
        #expect(try snapshot.effectiveDates("meter-reader") == [day("1999-02-02")])
        #expect(try PlanChecker().check(snapshot).isEmpty)
    }

    @Test func revisedDatesWithoutAChartBecomeTitleOnlyVersions() throws {
        let fixture = try PlanFixture()
        let request = ImportRequest(classID: "parks-aide", version: PlanFixture.version("Parks Aide", "2020-05-01"), source: "parks.txt",
                                    printedHistory: PrintedHistory(revised: ["2020-05-01", "2014-09-15", "2008-01-02"].map(day)))
        _ = try fixture.plan.importVersions([request], by: "admin")
        let snapshot = try fixture.plan.current()
        #expect(try snapshot.effectiveDates("parks-aide") == ["2008-01-02", "2014-09-15", "2020-05-01"].map(day))
        #expect(try snapshot.classRecord("parks-aide").events == [
            LineageEvent(date: day("2008-01-02"), kind: .established, title: "Parks Aide"),
        ])
        #expect(try snapshot.version("parks-aide", effective: day("2014-09-15")).textOnFile == false)
    }

    @Test func aNewTitleIsRefusedUnlessTheImportRetitles() throws {
        let fixture = try PlanFixture()
        try fixture.importVersion("parks-aide", PlanFixture.version("Parks Aide", "2020-05-01"), at: "2026-01-05T10:00:00-08:00")
        var renamed = PlanFixture.version("Parks Maintenance Worker", "2022-07-01")
        renamed.sourceDates = nil
        #expect {
            _ = try fixture.plan.importVersions([ImportRequest(classID: "parks-aide", version: renamed, source: "new.txt")], by: "admin")
        } throws: { error in
            guard case PlanError.invalidInput(let message) = error else { return false }
            return message.contains("--retitle-from parks-aide") && message.contains("Parks Aide")
        }
        let outcome = try #require(try fixture.plan.importVersions(
            [ImportRequest(classID: "parks-aide", version: renamed, source: "new.txt", retitles: true)], by: "admin").first)
        #expect(outcome.history.map(\.description) == ["parks-aide 2022-07-01: retitled \"Parks Aide\" → \"Parks Maintenance Worker\""])
        let snapshot = try fixture.plan.current()
        #expect(try snapshot.lineageGraph().title(of: "parks-aide", on: day("2023-01-01")) == "Parks Maintenance Worker")
        #expect(try PlanChecker().check(snapshot).isEmpty)
        #expect(throws: PlanError.unknownClass("nope")) {
            _ = try fixture.plan.importVersions([ImportRequest(classID: "nope", version: renamed, source: "new.txt", retitles: true)], by: "admin")
        }
    }
}
