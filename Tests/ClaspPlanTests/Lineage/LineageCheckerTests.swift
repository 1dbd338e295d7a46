import Testing
import ClaspPlan
import ClaspSpec

@Suite struct LineageCheckerTests {
    let day = SeedChart.day
    let checker = LineageChecker()

    /// The seed chart's classes by id, to spoil one at a time.
    var seed: [String: LineageClass] {
        Dictionary(uniqueKeysWithValues: SeedChart.classes.map { ($0.id, $0) })
    }

    func check(_ classes: [String: LineageClass]) -> [LineageFinding] {
        checker.check(Array(classes.values))
    }

    @Test func theSeedChartIsConsistent() {
        #expect(check(seed).isEmpty)
    }

    @Test func theSeedRecordsSurviveTheCodecUnchanged() throws {
        for lineageClass in SeedChart.classes {
            let text = ClassRecordCodec.encode(lineageClass.record)
            #expect(try ClassRecordCodec.decode(text, file: lineageClass.recordPath) == lineageClass.record)
        }
        #expect(ClassRecordCodec.encode(SeedChart.financeTechnician.record) == """
            id: finance-technician
            events:
            - date: 2012-08-25
              kind: established
              title: Finance Technician I/II
              from:
              - accounting-technician
              - billing-specialist
              - cash-management-specialist
              - csr-leadworker

            """)
    }

    @Test func anEventNamingAMissingClass() {
        var classes = seed
        classes["finance-technician"]?.record.events[0].from.append("payroll-clerk")
        #expect(check(classes) == [
            LineageFinding(rule: .unknownClass, file: "classes/finance-technician/class.yaml",
                           classID: "finance-technician", eventIndex: 0, date: day("2012-08-25"), kind: .established,
                           message: "This event names 'payroll-clerk' in 'from', but the plan has no class with that id."),
        ])
    }

    @Test func aMergeTheSuccessorDoesNotRecord() {
        var classes = seed
        classes["finance-technician"]?.record.events[0].from.removeAll { $0 == "csr-leadworker" }
        #expect(check(classes) == [
            LineageFinding(rule: .oneSidedEdge, file: "classes/csr-leadworker/class.yaml", classID: "csr-leadworker",
                           eventIndex: 1, date: day("2012-08-25"), kind: .mergedInto,
                           message: "csr-leadworker merged into finance-technician on 2012-08-25, but "
                               + "classes/finance-technician/class.yaml has no established event on that date "
                               + "listing csr-leadworker in 'from'."),
        ])
    }

    @Test func anEstablishmentThePredecessorDoesNotRecord() {
        var classes = seed
        classes["csr-leadworker"]?.record.events.removeLast()
        #expect(check(classes) == [
            LineageFinding(rule: .oneSidedEdge, file: "classes/finance-technician/class.yaml",
                           classID: "finance-technician", eventIndex: 0, date: day("2012-08-25"), kind: .established,
                           message: "finance-technician was established from csr-leadworker on 2012-08-25, but "
                               + "classes/csr-leadworker/class.yaml has no merged-into or split-into event on that "
                               + "date naming finance-technician."),
        ])
    }

    @Test func aMergeBeforeThePredecessorWasEstablished() {
        var classes = seed
        classes["csr-leadworker"]?.record.events = [
            LineageEvent(date: day("2012-08-25"), kind: .mergedInto, into: ["finance-technician"]),
            LineageEvent(date: day("2013-01-01"), kind: .established, title: "CSR Leadworker"),
        ]
        // Its 2005 version now predates the establishment too; that is its own rule.
        #expect(check(classes).map(\.rule) == [.versionBeforeEstablishment, .edgeBeforeEstablishment])
        #expect(check(classes).filter { $0.rule == .edgeBeforeEstablishment } == [
            LineageFinding(rule: .edgeBeforeEstablishment, file: "classes/csr-leadworker/class.yaml",
                           classID: "csr-leadworker", eventIndex: 0, date: day("2012-08-25"), kind: .mergedInto,
                           message: "csr-leadworker merged into finance-technician on 2012-08-25, "
                               + "before it was established on 2013-01-01."),
        ])
    }

    @Test func activityAfterAbolitionButNotAfterReinstatement() {
        var classes = seed
        classes["clerk"] = LineageClass(record: ClassRecord(id: "clerk", events: [
            LineageEvent(date: day("1990-01-01"), kind: .established, title: "Clerk"),
            LineageEvent(date: day("1995-01-01"), kind: .abolished),
            LineageEvent(date: day("1997-01-01"), kind: .retitled, oldTitle: "Clerk", title: "Office Clerk"),
            LineageEvent(date: day("1998-01-01"), kind: .reinstated),
            LineageEvent(date: day("1999-01-01"), kind: .retitled, oldTitle: "Office Clerk", title: "Office Assistant"),
        ]))
        #expect(check(classes) == [
            LineageFinding(rule: .activityAfterAbolition, file: "classes/clerk/class.yaml", classID: "clerk",
                           eventIndex: 2, date: day("1997-01-01"), kind: .retitled,
                           message: "This retitled event on 1997-01-01 comes after the class was abolished "
                               + "on 1995-01-01; only 'reinstated' may follow an abolition."),
        ])
    }

    @Test func twoRetitlesOnOneDate() {
        var classes = seed
        classes["accounting-technician"]?.record.events.insert(
            LineageEvent(date: day("2001-07-01"), kind: .retitled,
                         oldTitle: "Accounting Technician", title: "Accounting Technician I/II"), at: 2)
        #expect(check(classes) == [
            LineageFinding(rule: .duplicateRetitle, file: "classes/accounting-technician/class.yaml",
                           classID: "accounting-technician", eventIndex: 2, date: day("2001-07-01"), kind: .retitled,
                           message: "This is a second retitle on 2001-07-01 (events[1] is the first); "
                               + "a class takes one new title per date."),
        ])
    }

    @Test func eventsOutOfDateOrder() {
        var classes = seed
        classes["billing-specialist"]?.record.events.swapAt(0, 1)
        #expect(check(classes) == [
            LineageFinding(rule: .eventsOutOfOrder, file: "classes/billing-specialist/class.yaml",
                           classID: "billing-specialist", eventIndex: 1, date: day("2000-07-01"), kind: .established,
                           message: "This event is dated 2000-07-01, before the retitled event above it "
                               + "(events[0], 2001-07-01); list events in date order."),
        ])
    }

    @Test func aCycleInTime() {
        var classes = seed
        classes["finance-technician"]?.record.events.append(
            LineageEvent(date: day("2020-01-01"), kind: .mergedInto, into: ["accounting-technician"]))
        classes["accounting-technician"]?.record.events.append(
            LineageEvent(date: day("2020-01-01"), kind: .established, from: ["finance-technician"]))
        #expect(check(classes) == [
            LineageFinding(rule: .cycle, file: "classes/accounting-technician/class.yaml",
                           classID: "accounting-technician", eventIndex: 2, date: day("2012-08-25"), kind: .mergedInto,
                           message: "This class is part of a cycle in time: accounting-technician → finance-technician "
                               + "→ accounting-technician; a class cannot descend from itself."),
        ])
    }

    @Test func aVersionTitleTheRetitlesContradict() {
        var classes = seed
        classes["billing-specialist"]?.versions[2].title = "Billing Specialist"
        #expect(check(classes) == [
            LineageFinding(rule: .versionTitleMismatch, file: "classes/billing-specialist/2004-05-12.yaml",
                           classID: "billing-specialist", date: day("2004-05-12"),
                           message: "The version of 2004-05-12 is titled 'Billing Specialist', but the lineage events "
                               + "give 'Utility Billing Specialist I/II' from 2001-07-01 (events[1], retitled); "
                               + "correct the version's title or record the retitle."),
        ])
    }

    @Test func findingsReadAsLocatedSentences() {
        var classes = seed
        classes["finance-technician"]?.record.events[0].from.append("payroll-clerk")
        #expect(check(classes).map(\.description) == [
            "classes/finance-technician/class.yaml: events[0] (2012-08-25 established): This event names "
                + "'payroll-clerk' in 'from', but the plan has no class with that id.",
        ])
    }
}
