import Testing
import ClaspPlan
import ClaspSpec

@Suite struct LineageTimeTests {
    let graph = SeedChart.graph
    let day = SeedChart.day

    @Test(arguments: [
        ("1995-12-31", [String]()),
        ("2003-01-01", ["accounting-technician", "billing-specialist"]),
        ("2005-12-31", SeedChart.predecessors),
        ("2012-08-24", SeedChart.predecessors),
        ("2012-08-25", ["finance-technician"]),
        ("2020-01-01", ["finance-technician"]),
    ])
    func classesInEffect(on iso: String, expected: [String]) {
        #expect(graph.classesInEffect(on: day(iso)) == expected)
    }

    @Test func statusFollowsTheEvents() {
        #expect(graph.status(of: "finance-technician", on: day("2003-01-01")) == .notYetEstablished)
        #expect(graph.status(of: "finance-technician", on: day("2012-08-25")) == .active)
        #expect(graph.status(of: "accounting-technician", on: day("2012-08-24")) == .active)
        #expect(graph.status(of: "accounting-technician", on: day("2012-08-25"))
            == .merged(into: "finance-technician", on: day("2012-08-25")))
        #expect(graph.status(of: "no-such-class", on: day("2012-08-25")) == nil)
        let split = LineageGraph(SeedChart.extended)
        #expect(split.status(of: "finance-technician", on: day("2024-07-01"))
            == .split(into: ["accounts-payable-technician", "revenue-technician"], on: day("2024-07-01")))
    }

    @Test func abolitionAndReinstatement() {
        let clerk = LineageClass(record: ClassRecord(id: "clerk", events: [
            LineageEvent(date: day("1990-01-01"), kind: .established, title: "Clerk"),
            LineageEvent(date: day("1995-01-01"), kind: .abolished),
            LineageEvent(date: day("1999-01-01"), kind: .reinstated),
        ]))
        let graph = LineageGraph([clerk])
        #expect(graph.status(of: "clerk", on: day("1996-01-01")) == .abolished(on: day("1995-01-01")))
        #expect(graph.status(of: "clerk", on: day("1999-01-01")) == .active)
        #expect(graph.endDate(of: "clerk") == nil)
    }

    @Test func aClassWithoutAnEstablishmentStartsWithItsFirstVersion() {
        let legacy = LineageClass(record: ClassRecord(id: "legacy"),
                                  versions: SeedChart.versions([("1980-05-01", "Legacy Clerk")]))
        let graph = LineageGraph([legacy])
        #expect(graph.status(of: "legacy", on: day("1980-04-30")) == .notYetEstablished)
        #expect(graph.title(of: "legacy", on: day("1990-01-01")) == "Legacy Clerk")
    }

    @Test(arguments: [
        ("accounting-technician", "1996-01-22", nil),
        ("accounting-technician", "1996-01-23", "Accounting Technician"),
        ("accounting-technician", "2001-06-30", "Accounting Technician"),
        ("accounting-technician", "2001-07-01", "Accounting Technician I/II"),
        ("accounting-technician", "2015-01-01", "Accounting Technician I/II"),
        ("billing-specialist", "2000-12-31", "Billing Specialist"),
        ("billing-specialist", "2004-06-01", "Utility Billing Specialist I/II"),
        ("finance-technician", "2011-01-01", nil),
        ("finance-technician", "2019-07-16", "Finance Technician I/II"),
    ] as [(String, String, String?)])
    func titleOnADate(id: String, iso: String, expected: String?) {
        #expect(graph.title(of: id, on: day(iso)) == expected)
    }

    @Test func retitleEventOutranksAnOlderVersionFile() {
        var classes = SeedChart.classes
        classes[0].versions.removeLast()  // no version file for the 2001 retitle
        let graph = LineageGraph(classes)
        #expect(graph.title(of: "accounting-technician", on: day("2005-01-01")) == "Accounting Technician I/II")
    }

    @Test func titleKnownOnlyAsTheOldTitleOfALaterRetitle() {
        let clerk = LineageClass(record: ClassRecord(id: "clerk", events: [
            LineageEvent(date: day("1990-01-01"), kind: .established),
            LineageEvent(date: day("1999-01-01"), kind: .retitled, oldTitle: "Clerk", title: "Office Assistant"),
        ]))
        let graph = LineageGraph([clerk])
        #expect(graph.title(of: "clerk", on: day("1995-01-01")) == "Clerk")
        #expect(graph.title(of: "clerk", on: day("1999-01-01")) == "Office Assistant")
    }

    @Test func titleHistoryCollapsesRevisionsUnderOneTitle() {
        #expect(graph.titleHistory(of: "accounting-technician") == [
            TitleSpan(from: day("1996-01-23"), until: day("2001-07-01"), title: "Accounting Technician"),
            TitleSpan(from: day("2001-07-01"), until: day("2012-08-25"), title: "Accounting Technician I/II"),
        ])
        #expect(graph.titleHistory(of: "finance-technician") == [
            TitleSpan(from: day("2012-08-25"), until: nil, title: "Finance Technician I/II"),
        ])
        #expect(graph.startDate(of: "billing-specialist") == day("2000-07-01"))
        #expect(graph.endDate(of: "billing-specialist") == day("2012-08-25"))
    }
}
