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

    /// A proposal is refused only for problems it adds (the rule of `clasp propose`): problems an
    /// untouched class already has do not block it, while problems in the classes it touches do,
    /// and so do lineage problems its change leaves in an untouched class. The incremental check
    /// must give exactly what checking both whole trees and subtracting gives.
    @Test func newFindingsAreWhatTheChangeAddsWhereverTheyLand() throws {
        let fixture = try PlanFixture()
        try fixture.importVersion("finance-technician", PlanFixture.version("Finance Technician", "2019-07-16"), at: "2026-01-06T09:00:00-08:00")
        let established = "id: new-clerk\nevents:\n- date: 2010-01-01\n  kind: established\n  title: New Clerk\n  from:\n  - old-clerk\n"
        let base = try fixture.plan.record([
            PlanFileWrite(path: "classes/old-clerk/class.yaml", content: "id: old-clerk\nevents:\n- date: 2010-01-01\n  kind: merged-into\n  into:\n  - new-clerk\n"),
            PlanFileWrite(path: "classes/new-clerk/class.yaml", content: established),
            PlanFileWrite(path: "classes/broken/class.yaml", content: "id: broken\nevents: []\n"),
            PlanFileWrite(path: "classes/broken/2020-01-01.yaml", content: "title: [unclosed\n"),
            PlanFileWrite(path: "classes/orphan/class.yaml", content: "id: orphan\nevents:\n- date: 2010-01-01\n  kind: merged-into\n  into:\n  - nowhere\n"),
        ], message: "Base with old problems", trailers: [], by: fixture.admin, timeZone: "UTC", expectedHead: fixture.plan.mainHead())
        let wrongDate = SpecVersionCodec.encode(PlanFixture.version("Finance Technician", "2019-07-17"))
        let head = try fixture.plan.record([
            PlanFileWrite(path: "classes/finance-technician/2020-01-01.yaml", content: wrongDate),
            PlanFileWrite(path: "classes/new-clerk/class.yaml", content: established.replacingOccurrences(of: "  from:\n  - old-clerk\n", with: "")),
        ], message: "Head", trailers: [], by: fixture.admin, timeZone: "UTC", expectedHead: base)
        let checker = PlanChecker()
        let old = try checker.check(fixture.plan.snapshot(commit: base))
        #expect(old.contains { $0.file == "classes/broken/2020-01-01.yaml" } && old.contains { $0.file == "classes/orphan/class.yaml" })
        let known = Set(old.map(\.description))
        let expected = try checker.check(fixture.plan.snapshot(commit: head)).filter { !known.contains($0.description) }
        let new = try checker.newFindings(from: fixture.plan.snapshot(commit: base), to: fixture.plan.snapshot(commit: head))
        #expect(new == expected)
        #expect(Set(new.map(\.file)) == ["classes/finance-technician/2020-01-01.yaml", "classes/old-clerk/class.yaml"], "\(new)")
        #expect(try checker.newFindings(from: fixture.plan.snapshot(commit: head), to: fixture.plan.snapshot(commit: head)).isEmpty)
    }

    /// The lineage rules reach `check` and the refusals built on `newFindings`: an abolition that
    /// leaves a later version in effect, a retitle before establishment and a cycle are each
    /// reported at their file, and only in the commit that brings them.
    @Test func lineageOutOfOrderIsReportedByCheckAndNewFindings() throws {
        let fixture = try PlanFixture()
        try fixture.importVersion("finance-technician", PlanFixture.version("Finance Technician", "2019-07-16"), at: "2026-01-06T09:00:00-08:00")
        try fixture.importVersion("finance-technician", PlanFixture.version("Finance Technician", "2021-01-01"), at: "2026-01-06T09:01:00-08:00")
        let base = try fixture.plan.mainHead()
        let record = """
            id: finance-technician
            events:
            - date: 2018-01-01
              kind: retitled
              title: Finance Technician
              old-title: Finance Clerk
            - date: 2019-07-16
              kind: established
              title: Finance Technician
            - date: 2020-06-30
              kind: abolished

            """
        let cycle = { (id: String, other: String) in
            "id: \(id)\nevents:\n- date: 2010-01-01\n  kind: established\n  title: \(id)\n  from:\n  - \(other)\n"
                + "- date: 2011-01-01\n  kind: merged-into\n  into:\n  - \(other)\n"
        }
        let head = try fixture.plan.record([
            PlanFileWrite(path: "classes/finance-technician/class.yaml", content: record),
            PlanFileWrite(path: "classes/a-loop/class.yaml", content: cycle("a-loop", "b-loop")),
            PlanFileWrite(path: "classes/b-loop/class.yaml", content: cycle("b-loop", "a-loop")),
        ], message: "Spoil the lineage", trailers: [], by: fixture.admin, timeZone: "UTC", expectedHead: base)
        let findings = try PlanChecker().check(fixture.plan.snapshot(commit: head)).map(\.description)
        #expect(findings.contains { $0.hasPrefix("classes/finance-technician/2021-01-01.yaml: ") && $0.contains("abolished on 2020-06-30") })
        #expect(findings.contains { $0.hasPrefix("classes/finance-technician/class.yaml: events[0] (2018-01-01 retitled)")
            && $0.contains("before the class was established on 2019-07-16") })
        #expect(findings.contains { $0.contains("cycle in time") })
        let new = try PlanChecker().newFindings(from: fixture.plan.snapshot(commit: base), to: fixture.plan.snapshot(commit: head))
        #expect(Set(new.map(\.description)) == Set(findings))
    }
}
