import ClaspGit
import ClaspPlan
import ClaspSpec
import Foundation
import Testing

/// `clasp check` reports every problem in a plan with its file, not just the first.
@Suite struct PlanCheckerTests {
    @Test func aSoundPlanHasNoFindings() throws {
        let fixture = try PlanFixture()
        try fixture.importVersion("finance-technician", PlanFixture.version("Finance Technician", "2019-07-16"), at: "2026-01-06T09:00:00-08:00")
        #expect(try PlanChecker().check(fixture.plan.current()).isEmpty)
    }

    @Test func everyKindOfBrokenFileIsReportedWithItsPath() throws {
        let fixture = try PlanFixture()
        try fixture.importVersion("finance-technician", PlanFixture.version("Finance Technician", "2019-07-16"), at: "2026-01-06T09:00:00-08:00")
        let wrongDate = SpecVersionCodec.encode(PlanFixture.version("Finance Technician", "2019-07-17"))
        try fixture.plan.record([
            PlanFileWrite(path: "classes/finance-technician/2020-01-01.yaml", content: wrongDate),
            PlanFileWrite(path: "classes/finance-technician/2021-01-01.yaml", content: "title: X\neffective: 2021-01-01\nsalary: 1\nsections: []\n"),
            PlanFileWrite(path: "classes/finance-technician/notes.txt", content: "scratch"),
            PlanFileWrite(path: "classes/Bad_Folder/class.yaml", content: "id: bad\nevents: []\n"),
            PlanFileWrite(path: "classes/orphan/class.yaml", content: "id: orphan\nevents:\n- date: 2010-01-01\n  kind: merged-into\n  into:\n  - nowhere\n"),
            PlanFileWrite(path: "README.txt", content: "hello"),
        ], message: "Break things", trailers: [], by: fixture.admin, timeZone: "UTC", expectedHead: fixture.plan.mainHead())
        let findings = try PlanChecker().check(fixture.plan.current())
        let byFile = Dictionary(grouping: findings, by: \.file)
        #expect(byFile["README.txt"]?.first?.message == "unexpected entry at the top of the plan")
        #expect(byFile["classes/finance-technician/2020-01-01.yaml"]?.first?.message == "effective date 2019-07-17 differs from the file name's 2020-01-01")
        let unknown = try #require(byFile["classes/finance-technician/2021-01-01.yaml"]?.first)
        #expect(unknown.line == 3)
        #expect(unknown.message.contains("salary"))
        #expect(byFile["classes/finance-technician/notes.txt"]?.first?.message.contains("YYYY-MM-DD.yaml") == true)
        #expect(byFile["classes/Bad_Folder"]?.first?.message.contains("not a valid class id") == true)
        #expect(byFile["classes/orphan/class.yaml"]?.contains { $0.message.contains("nowhere") } == true)
    }
}
