import Testing
import ClaspPlan
import ClaspSpec

@Suite struct LineageGraphTests {
    let graph = SeedChart.graph
    let day = SeedChart.day

    @Test func buildsOneTwoSidedEdgePerConsolidatedClass() {
        #expect(graph.classIDs.count == 5)
        let edges = graph.edges
        #expect(edges.map(\.from) == SeedChart.predecessors)
        #expect(edges.allSatisfy { $0.to == "finance-technician" && $0.kind == .merge && $0.isTwoSided })
        #expect(edges.allSatisfy { $0.date == day("2012-08-25") })
    }

    @Test func directPredecessorsCarryTheirLastTitleAndTheDatedEdge() {
        let steps = graph.predecessors(of: "finance-technician")
        #expect(steps.map(\.classID) == SeedChart.predecessors)
        #expect(steps.map(\.title) == ["Accounting Technician I/II", "Utility Billing Specialist I/II",
                                       "Cash Management Specialist", "CSR Leadworker"])
        #expect(steps.allSatisfy { $0.depth == 1 && $0.edge.date == day("2012-08-25") && $0.edge.to == "finance-technician" })
    }

    @Test func directSuccessorsOfAPredecessor() {
        let steps = graph.successors(of: "csr-leadworker")
        #expect(steps.map(\.classID) == ["finance-technician"])
        #expect(steps.first?.title == "Finance Technician I/II")
        #expect(graph.successors(of: "finance-technician").isEmpty)
        #expect(graph.predecessors(of: "accounting-technician").isEmpty)
    }

    @Test func transitiveWalksReachEveryGeneration() {
        let graph = LineageGraph(SeedChart.extended)
        let direct = graph.predecessors(of: "revenue-technician")
        #expect(direct.map(\.classID) == ["finance-technician"])
        let all = graph.predecessors(of: "revenue-technician", transitive: true)
        #expect(all.map(\.classID) == ["finance-technician"] + SeedChart.predecessors + ["utility-clerk"])
        #expect(all.map(\.depth) == [1, 2, 2, 2, 2, 3])
        #expect(all.last?.edge == LineageEdge(from: "utility-clerk", to: "billing-specialist", kind: .merge,
                                           date: day("2000-07-01")))
        let down = graph.successors(of: "utility-clerk", transitive: true)
        #expect(down.map(\.classID) == ["billing-specialist", "finance-technician",
                                        "accounts-payable-technician", "revenue-technician"])
        #expect(down.last?.edge.kind == .split)
    }

    @Test func fateListsTheChainOfSuccessorsOldestFirst() {
        let graph = LineageGraph(SeedChart.extended)
        let fate = graph.fate(of: "utility-clerk")
        #expect(fate.map(\.classID) == ["billing-specialist", "finance-technician",
                                        "accounts-payable-technician", "revenue-technician"])
        #expect(fate.map(\.edge.date) == [day("2000-07-01"), day("2012-08-25"), day("2024-07-01"), day("2024-07-01")])
        #expect(fate.first?.title == "Billing Specialist")
    }

    @Test func originsWalkBackInTime() {
        let graph = LineageGraph(SeedChart.extended)
        let origins = graph.origins(of: "accounts-payable-technician")
        #expect(origins.map(\.classID) == ["finance-technician"] + SeedChart.predecessors + ["utility-clerk"])
        #expect(origins.map(\.edge.date) == [day("2024-07-01")] + Array(repeating: day("2012-08-25"), count: 4)
            + [day("2000-07-01")])
        #expect(origins.last?.title == "Utility Clerk")
    }

    @Test func walksSurviveACycleInBadData() {
        let a = LineageClass(record: ClassRecord(id: "a", events: [
            LineageEvent(date: day("2000-01-01"), kind: .mergedInto, into: ["b"])]))
        let b = LineageClass(record: ClassRecord(id: "b", events: [
            LineageEvent(date: day("2001-01-01"), kind: .mergedInto, into: ["a"])]))
        let graph = LineageGraph([a, b])
        #expect(graph.successors(of: "a", transitive: true).map(\.classID) == ["b"])
        #expect(graph.origins(of: "a").map(\.classID) == ["b"])
    }

    @Test func oneSidedEdgesStillLinkAndSayWhichEndRecordedThem() {
        var classes = SeedChart.classes
        classes[3].record.events.removeLast()  // csr-leadworker forgets its merge
        let graph = LineageGraph(classes)
        let edge = graph.edges(into: "finance-technician").first { $0.from == "csr-leadworker" }
        #expect(edge?.recordedBySuccessor == true)
        #expect(edge?.recordedByPredecessor == false)
        #expect(graph.predecessors(of: "finance-technician").count == 4)
    }

    @Test func edgesToClassesNotInThePlanAreLeftOut() {
        let graph = LineageGraph(Array(SeedChart.classes.prefix(4)))
        #expect(graph.edges.isEmpty)
        #expect(graph.successors(of: "accounting-technician").isEmpty)
    }
}
