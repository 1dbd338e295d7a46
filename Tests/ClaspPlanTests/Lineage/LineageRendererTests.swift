import Testing
import ClaspPlan
import ClaspSpec

@Suite struct LineageRendererTests {
    let graph = SeedChart.graph
    let day = SeedChart.day

    @Test func textTreeOfTheSeedChart() throws {
        try Snapshot.assertMatches(LineageTextRenderer().render(graph, root: "finance-technician"),
                                   named: "finance-technician.txt")
    }

    @Test func textTreeAsOf2003NamesTheAncestorsInEffect() throws {
        let text = LineageTextRenderer().render(graph, root: "finance-technician", asOf: day("2003-01-01"))
        try Snapshot.assertMatches(text, named: "finance-technician-2003.txt")
        #expect(text.hasSuffix("""
            As of 2003-01-01: Finance Technician I/II (finance-technician) did not exist yet (established 2012-08-25); the classes it came from that were in effect then:
              accounting-technician: Accounting Technician I/II
              billing-specialist: Utility Billing Specialist I/II

            """))
    }

    @Test func textTreeNestsEarlierGenerationsAndNotesUnknownClasses() throws {
        let graph = LineageGraph(SeedChart.extended)
        try Snapshot.assertMatches(LineageTextRenderer().render(graph, root: "revenue-technician"),
                                   named: "revenue-technician.txt")
        #expect(LineageTextRenderer().render(graph, root: "nobody") == "No class 'nobody' in this plan.\n")
    }

    @Test func jsonOfTheSeedChart() throws {
        try Snapshot.assertMatches(LineageJSONRenderer().render(graph, root: "finance-technician", asOf: day("2003-01-01")),
                                   named: "finance-technician.json")
    }

    @Test func dotOfTheSeedChart() throws {
        try Snapshot.assertMatches(LineageDOTRenderer().render(graph, root: "finance-technician"),
                                   named: "finance-technician.dot")
    }

    @Test func mermaidOfTheSeedChart() throws {
        try Snapshot.assertMatches(LineageMermaidRenderer().render(graph, root: "finance-technician"),
                                   named: "finance-technician.mmd")
    }

    @Test func svgOfTheExtendedChart() throws {
        try Snapshot.assertMatches(LineageSVGRenderer().render(LineageGraph(SeedChart.extended), root: "finance-technician"),
                                   named: "finance-technician.svg")
    }

    /// Titles with markup characters, for the escaping tests.
    static var awkward: LineageGraph {
        var classes = SeedChart.classes
        classes[2].record.events[0].title = "Cash & <Treasury> \"Specialist\""
        classes[2].versions[0].title = "Cash & <Treasury> \"Specialist\""
        return LineageGraph(classes)
    }

    @Test func dotAndMermaidEscapeTitles() {
        let dot = LineageDOTRenderer().render(Self.awkward)
        #expect(dot.contains(#"Cash & <Treasury> \"Specialist\" (from 2004-10-14)"#))
        let mermaid = LineageMermaidRenderer().render(Self.awkward)
        #expect(mermaid.contains("Cash #amp; #lt;Treasury#gt; #quot;Specialist#quot; (from 2004-10-14)"))
        #expect(!mermaid.contains("<Treasury>"))
    }

    @Test func jsonRendersTheWholePlanWithoutARoot() throws {
        let json = LineageJSONRenderer().render(graph)
        #expect(!json.contains("\"root\""))
        #expect(json.contains("\"format\" : \"clasp-lineage/1\"") || json.contains("\"format\": \"clasp-lineage/1\""))
        #expect(json.components(separatedBy: "\"kind\" : \"merged-into\"").count - 1 == 8
                || json.components(separatedBy: "\"kind\": \"merged-into\"").count - 1 == 8)
    }
}
