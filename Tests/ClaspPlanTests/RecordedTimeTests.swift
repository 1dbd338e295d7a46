import ClaspPlan
import ClaspSpec
import Foundation
import Testing

/// Recorded time: "what did we believe on K" reads the tree of the last commit recorded by the
/// end of K in the agency's time zone, so a later correction does not rewrite the answer.
@Suite struct RecordedTimeTests {
    static func correctedFixture() throws -> PlanFixture {
        let fixture = try PlanFixture(timeZone: "America/Los_Angeles")
        try fixture.importVersion("finance-technician", PlanFixture.version("Finance Technician", "2019-07-16", duty: "Balance ledgrs."),
                                  at: "2026-01-06T09:00:00-08:00")
        // A correction recorded late in the evening of 2026-03-02 local time, which is already
        // 2026-03-03 in UTC.
        try fixture.importVersion("finance-technician", PlanFixture.version("Finance Technician", "2019-07-16", duty: "Balance ledgers."),
                                  at: "2026-03-02T23:30:00-08:00", replace: true)
        return fixture
    }

    private func duty(_ snapshot: PlanSnapshot) throws -> String? {
        try snapshot.versionInEffect("finance-technician", on: PlanDate(iso: "2020-01-01")!).spec.sections[1].items.first?.text
    }

    @Test func asKnownOnReadsThePlanAsItWasRecordedByThatDay() throws {
        let fixture = try Self.correctedFixture()
        #expect(try duty(fixture.plan.snapshot(asKnownOn: PlanDate(iso: "2026-02-01")!)) == "Balance ledgrs.")
        #expect(try duty(fixture.plan.snapshot(asKnownOn: PlanDate(iso: "2026-03-01")!)) == "Balance ledgrs.")
        #expect(try duty(fixture.plan.snapshot(asKnownOn: PlanDate(iso: "2026-03-02")!)) == "Balance ledgers.")
        #expect(try duty(fixture.plan.current()) == "Balance ledgers.")
    }

    @Test func beforeTheFirstRecordingNothingWasKnown() throws {
        let fixture = try Self.correctedFixture()
        #expect(throws: PlanError.nothingRecorded(by: PlanDate(iso: "2025-12-31")!, firstRecorded: PlanDate(iso: "2026-01-05")!)) {
            try fixture.plan.snapshot(asKnownOn: PlanDate(iso: "2025-12-31")!)
        }
    }

    @Test func historyListsEachChangeWithWhoWhenAndWhichVersion() throws {
        let fixture = try Self.correctedFixture()
        try fixture.importVersion("other-class", PlanFixture.version("Other", "2020-01-01"), at: "2026-03-04T09:00:00-08:00")
        let history = try fixture.plan.history(ofClass: "finance-technician")
        #expect(history.count == 2)
        #expect(history.map(\.recordedOn.iso) == ["2026-03-02", "2026-01-06"])
        #expect(history.map(\.files) == [["2019-07-16.yaml"], ["2019-07-16.yaml", "class.yaml"]])
        #expect(history.allSatisfy { $0.effectiveDates == [PlanDate(iso: "2019-07-16")!] })
        #expect(history.allSatisfy { $0.author.name == "Dana Admin" && $0.author.timeZoneOffsetMinutes == -480 })
        #expect(history[0].trailer(.change) == "import finance-technician 2019-07-16")
        #expect(throws: PlanError.unknownClass("nobody")) { try fixture.plan.history(ofClass: "nobody") }
    }

    @Test func importingTheSameVersionAgainChangesNothing() throws {
        let fixture = try PlanFixture()
        let version = PlanFixture.version("Finance Technician", "2019-07-16")
        try fixture.importVersion("finance-technician", version, at: "2026-01-06T09:00:00-08:00")
        let head = try fixture.plan.mainHead()
        let again = try fixture.importVersion("finance-technician", version, at: "2026-01-07T09:00:00-08:00")
        #expect(again.map(\.action) == [.unchanged])
        #expect(try fixture.plan.mainHead() == head)
    }

    @Test func aDifferentVersionOnAnExistingDateNeedsReplaceAndOtherwiseWritesNothing() throws {
        let fixture = try PlanFixture()
        try fixture.importVersion("finance-technician", PlanFixture.version("Finance Technician", "2019-07-16"), at: "2026-01-06T09:00:00-08:00")
        let head = try fixture.plan.mainHead()
        #expect(throws: PlanError.self) {
            try fixture.importVersion("finance-technician", PlanFixture.version("Finance Technician", "2019-07-16", duty: "Other."),
                                      at: "2026-01-07T09:00:00-08:00")
        }
        #expect(try fixture.plan.mainHead() == head)
    }

    @Test func onlyAnAdministratorMayImportAndADryRunWritesNothing() throws {
        let fixture = try PlanFixture()
        let request = ImportRequest(classID: "finance-technician", version: PlanFixture.version("Finance Technician", "2019-07-16"), source: "t")
        #expect(throws: PlanError.notPermitted(person: "Alma Analyst (alma)", action: "import specifications (a bootstrap write)", needs: "administrator")) {
            try fixture.plan.importVersions([request], by: "alma")
        }
        #expect(throws: PlanError.unknownPerson("mallory")) { try fixture.plan.importVersions([request], by: "mallory") }
        let head = try fixture.plan.mainHead()
        let outcomes = try fixture.plan.importVersions([request], by: "admin", dryRun: true)
        #expect(outcomes.map(\.action) == [.establishedClass])
        #expect(outcomes.map(\.commit) == [nil])
        #expect(try fixture.plan.mainHead() == head)
    }

    @Test(arguments: [
        ("Finance Technician I/II", "finance-technician"),
        ("Accounting Technician II", "accounting-technician-ii"),
        ("CSR Leadworker", "csr-leadworker"),
        ("Utility Billing Specialist I/II/III", "utility-billing-specialist"),
        ("Parks & Recreation Aide", "parks-recreation-aide"),
    ])
    func classIdsAreDerivedFromTitlesWithoutSeriesLevels(title: String, id: String) {
        #expect(ImportRequest.classID(fromTitle: title) == id)
    }
}
