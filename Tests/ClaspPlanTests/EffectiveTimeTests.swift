import ClaspPlan
import ClaspSpec
import Foundation
import Testing

/// Effective time: the version in effect on a date comes from one tree, by date, not history.
@Suite struct EffectiveTimeTests {
    static func seriesFixture() throws -> PlanFixture {
        let fixture = try PlanFixture()
        try fixture.importVersion("finance-technician", PlanFixture.version("Finance Technician I/II", "2012-08-25", onFile: false), at: "2026-01-06T09:00:00-08:00")
        try fixture.importVersion("finance-technician", PlanFixture.version("Finance Technician I/II", "2017-05-31", onFile: false), at: "2026-01-06T09:01:00-08:00")
        try fixture.importVersion("finance-technician", PlanFixture.version("Finance Technician I/II", "2019-07-16", duty: "Balance ledgers."), at: "2026-01-06T09:02:00-08:00")
        // Adopted now, in effect later: "current" must not mean "the newest file".
        try fixture.importVersion("finance-technician", PlanFixture.version("Finance Technician I/II", "2030-01-01", duty: "Future duty."), at: "2026-01-06T09:03:00-08:00")
        return fixture
    }

    @Test(arguments: [
        ("2012-08-25", "2012-08-25", "2017-05-31"),
        ("2018-01-01", "2017-05-31", "2019-07-16"),
        ("2019-07-15", "2017-05-31", "2019-07-16"),
        ("2019-07-16", "2019-07-16", "2030-01-01"),
        ("2029-12-31", "2019-07-16", "2030-01-01"),
        ("2031-06-01", "2030-01-01", nil),
    ] as [(String, String, String?)])
    func theVersionInEffectIsTheLatestOnOrBeforeTheDate(asOf: String, expected: String, until: String?) throws {
        let fixture = try Self.seriesFixture()
        let found = try fixture.plan.current().versionInEffect("finance-technician", on: PlanDate(iso: asOf)!)
        #expect(found.effective == PlanDate(iso: expected)!)
        #expect(found.until == until.flatMap { PlanDate(iso: $0) })
    }

    @Test func aVersionWhoseTextIsNotOnFileIsStillAVersion() throws {
        let fixture = try Self.seriesFixture()
        let found = try fixture.plan.current().versionInEffect("finance-technician", on: PlanDate(iso: "2018-01-01")!)
        #expect(found.spec.textOnFile == false)
        #expect(found.spec.sections.isEmpty)
        #expect(found.spec.title == "Finance Technician I/II")
    }

    @Test func beforeTheFirstVersionNothingIsInEffectAndTheErrorSaysWhenItStarts() throws {
        let fixture = try Self.seriesFixture()
        #expect(throws: PlanError.noVersionInEffect(classID: "finance-technician", on: PlanDate(iso: "2001-01-01")!,
                                                    firstEffective: PlanDate(iso: "2012-08-25")!)) {
            try fixture.plan.current().versionInEffect("finance-technician", on: PlanDate(iso: "2001-01-01")!)
        }
    }

    @Test func unknownAndInvalidClassIdsAreNamed() throws {
        let fixture = try Self.seriesFixture()
        let snapshot = try fixture.plan.current()
        #expect(throws: PlanError.unknownClass("payroll-clerk")) { try snapshot.versionInEffect("payroll-clerk", on: PlanDate(iso: "2020-01-01")!) }
        for bad in ["../etc", "Finance", "a/b", "", "-x"] {
            #expect(throws: PlanError.invalidClassID(bad)) { try snapshot.versionInEffect(bad, on: PlanDate(iso: "2020-01-01")!) }
        }
    }

    @Test func timelineListsEveryEffectiveDateInOrder() throws {
        let fixture = try Self.seriesFixture()
        #expect(try fixture.plan.current().effectiveDates("finance-technician").map(\.iso)
                == ["2012-08-25", "2017-05-31", "2019-07-16", "2030-01-01"])
    }
}
