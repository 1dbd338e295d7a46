import ClaspPlan
import ClaspSpec
import Testing

/// Nothing happens to a class before it was established, and no version takes effect while it
/// stands abolished; `ClassRecord.add` records an event once.
@Suite struct LineageLifeSpanTests {
    let day = SeedChart.day

    func clerk(_ events: [LineageEvent], versions: [(String, String)] = []) -> [LineageClass] {
        [LineageClass(record: ClassRecord(id: "clerk", events: events), versions: SeedChart.versions(versions))]
    }

    @Test func aRetitleBeforeEstablishmentIsReported() {
        let findings = LineageChecker().check(clerk([
            LineageEvent(date: day("2001-01-01"), kind: .retitled, oldTitle: "Clerk", title: "Office Clerk"),
            LineageEvent(date: day("2002-01-01"), kind: .established, title: "Clerk"),
        ]))
        #expect(findings.map(\.rule).contains(.eventBeforeEstablishment))
        #expect(findings.first { $0.rule == .eventBeforeEstablishment }?.description
            == "classes/clerk/class.yaml: events[0] (2001-01-01 retitled): This retitled event on 2001-01-01 comes before the class was established on 2002-01-01.")
    }

    @Test func aVersionBeforeEstablishmentOrWhileAbolishedIsReported() {
        let events = [
            LineageEvent(date: day("2002-01-01"), kind: .established, title: "Clerk"),
            LineageEvent(date: day("2005-01-01"), kind: .abolished),
            LineageEvent(date: day("2008-01-01"), kind: .reinstated, title: "Clerk"),
        ]
        let findings = LineageChecker().check(clerk(events, versions: [
            ("2001-06-01", "Clerk"), ("2002-01-01", "Clerk"), ("2006-01-01", "Clerk"), ("2009-01-01", "Clerk"),
        ]))
        #expect(findings.map(\.rule) == [.versionBeforeEstablishment, .versionAfterAbolition])
        #expect(findings.map(\.file) == ["classes/clerk/2001-06-01.yaml", "classes/clerk/2006-01-01.yaml"])
    }

    @Test func theSeedChartStaysSound() {
        #expect(LineageChecker().check(SeedChart.classes).isEmpty)
        #expect(LineageChecker().check(SeedChart.extended).isEmpty)
    }

    @Test func addingAnEventRecordsItOnceInDateOrder() throws {
        var record = SeedChart.financeTechnician.record
        #expect(try !record.add(LineageEvent(date: day("2012-08-25"), kind: .established, from: ["csr-leadworker"],
                                             title: "Finance Technician I/II")))
        #expect(try record.add(LineageEvent(date: day("2012-08-25"), kind: .established, from: ["payroll-clerk"])))
        #expect(record.events[0].from.last == "payroll-clerk")
        #expect(try record.add(LineageEvent(date: day("2010-01-01"), kind: .abolished)))
        #expect(record.events.map(\.kind) == [.abolished, .established])
        #expect(throws: LineageConflict.self) {
            try record.add(LineageEvent(date: day("2011-01-01"), kind: .established, title: "Finance Technician I/II"))
        }
        #expect(throws: LineageConflict.self) {
            try record.add(LineageEvent(date: day("2012-08-25"), kind: .established, title: "Finance Tech"))
        }
    }
}
