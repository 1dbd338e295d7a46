import Testing
import ClaspPlan
import ClaspSpec

@Suite struct LineageAsOfTests {
    let graph = SeedChart.graph
    let day = SeedChart.day

    @Test func in2003FinanceTechnicianDidNotExistButTwoAncestorsDid() throws {
        let view = try #require(graph.lineage(of: "finance-technician", asOf: day("2003-01-01")))
        #expect(view.status == .notYetEstablished)
        #expect(!view.isInEffect)
        #expect(view.title == nil)
        #expect(view.ancestorsInEffect == [
            ClassOnDate(classID: "accounting-technician", title: "Accounting Technician I/II", status: .active),
            ClassOnDate(classID: "billing-specialist", title: "Utility Billing Specialist I/II", status: .active),
        ])
    }

    @Test func atTheEndOf2005AllFourPredecessorsWereInEffect() throws {
        let view = try #require(graph.lineage(of: "finance-technician", asOf: day("2005-12-31")))
        #expect(view.ancestorsInEffect.map(\.classID) == SeedChart.predecessors)
        #expect(view.ancestorsInEffect.map(\.title) == ["Accounting Technician I/II", "Utility Billing Specialist I/II",
                                                        "Cash Management Specialist", "CSR Leadworker"])
    }

    @Test func onceEstablishedTheViewListsNoAncestorsInEffect() throws {
        let view = try #require(graph.lineage(of: "finance-technician", asOf: day("2012-08-25")))
        #expect(view.isInEffect)
        #expect(view.title == "Finance Technician I/II")
        #expect(view.ancestorsInEffect.isEmpty)
        #expect(view.origins.count == 4)
    }

    @Test func anEndedClassPointsToTheDescendantsInEffect() throws {
        let view = try #require(graph.lineage(of: "csr-leadworker", asOf: day("2020-01-01")))
        #expect(view.status == .merged(into: "finance-technician", on: day("2012-08-25")))
        #expect(view.title == "CSR Leadworker")
        #expect(view.descendantsInEffect == [
            ClassOnDate(classID: "finance-technician", title: "Finance Technician I/II", status: .active),
        ])
        #expect(view.fate.map(\.classID) == ["finance-technician"])
    }

    @Test func withoutADateTheViewStandsAtTheEndOfTheRecord() throws {
        let view = try #require(graph.lineage(of: "accounting-technician"))
        #expect(view.asOf == nil)
        #expect(view.status == .merged(into: "finance-technician", on: day("2012-08-25")))
        #expect(view.titles.map(\.title) == ["Accounting Technician", "Accounting Technician I/II"])
        #expect(graph.lineage(of: "no-such-class") == nil)
    }
}
