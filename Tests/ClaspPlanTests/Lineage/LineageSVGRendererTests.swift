#if canImport(FoundationXML)
import FoundationXML
#else
import Foundation
#endif
import Testing
@testable import ClaspPlan
import ClaspSpec

@Suite struct LineageSVGRendererTests {
    let graph = LineageGraph(SeedChart.extended)

    func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func isWellFormedXMLWithAnSVGRoot() throws {
        let svg = LineageSVGRenderer().render(graph, root: "finance-technician")
        let document = try XMLDocument(xmlString: svg, options: [])
        let root = try #require(document.rootElement())
        #expect(root.name == "svg")
        let attributes = Dictionary((root.attributes ?? []).compactMap { node in
            node.name.map { ($0, node.stringValue ?? "") }
        }, uniquingKeysWith: { first, _ in first })
        #expect(root.uri == "http://www.w3.org/2000/svg")
        #expect(attributes["width"] == "1200", "\(attributes)")
        #expect(attributes["height"] == "492")
        #expect(root.elements(forName: "title").first?.stringValue == "Lineage of Finance Technician I/II (finance-technician)")
    }

    @Test func drawsOneLanePerClassWithItsLabels() {
        let svg = LineageSVGRenderer().render(graph, root: "finance-technician")
        #expect(occurrences(of: "<g class=\"lane\"", in: svg) == 8)
        for id in graph.classIDs {
            #expect(svg.contains("data-class=\"\(id)\""), "no lane for \(id)")
            #expect(svg.contains(">\(graph.titleHistory(of: id).last?.title ?? "?")</text>"), "no label for \(id)")
        }
        #expect(occurrences(of: "class=\"retitle\"", in: svg) == 2)
        #expect(occurrences(of: "class=\"edge merged-into\"", in: svg) == 5)
        #expect(occurrences(of: "class=\"edge split-into\"", in: svg) == 2)
        #expect(svg.contains(">1990</text>") && svg.contains(">2025</text>"))
    }

    @Test func lanesRunOldestFirstAndTheRootIsBold() {
        let svg = LineageSVGRenderer().render(graph, root: "finance-technician")
        let order = graph.neighbourhood(of: "finance-technician")
        #expect(order.first == "utility-clerk")
        #expect(order.last == "revenue-technician")
        let positions = order.compactMap { svg.range(of: "data-class=\"\($0)\"")?.lowerBound }
        #expect(positions == positions.sorted())
        #expect(svg.contains("font-weight=\"bold\" fill=\"#222\">Finance Technician I/II</text>"))
    }

    @Test func escapesMarkupInTitles() throws {
        let svg = LineageSVGRenderer(width: 1600).render(LineageRendererTests.awkward, root: "finance-technician")
        #expect(svg.contains("Cash &amp; &lt;Treasury&gt; &quot;Specialist&quot;"))
        #expect(!svg.contains("<Treasury>"))
        #expect(!svg.contains("Cash & "))
        _ = try XMLDocument(xmlString: svg, options: [])
    }

    @Test func oneSidedEdgesAreDashed() {
        var classes = SeedChart.classes
        classes[3].record.events.removeLast()
        let svg = LineageSVGRenderer().render(LineageGraph(classes), root: "finance-technician")
        #expect(occurrences(of: "stroke-dasharray", in: svg) == 1)
    }

    @Test func daysAndPositions() {
        #expect(CivilTime.days(year: 1970, month: 1, day: 1) == 0)
        #expect(CivilTime.days(year: 2000, month: 3, day: 1) == 11_017)
        #expect(CivilTime.days(year: 1969, month: 12, day: 31) == -1)
        let layout = LineageTimelineLayout(graph: graph, ids: graph.neighbourhood(of: nil), width: 1200)
        #expect(layout.firstYear == 1990 && layout.lastYear == 2026)
        #expect(layout.x(year: 1990) == layout.plotLeft)
        #expect(layout.x(year: 2026) == layout.plotRight)
        #expect(layout.x(SeedChart.day("2012-08-25")) < layout.x(SeedChart.day("2012-08-26")))
        #expect(SVGText.number(12.345) == "12.3" && SVGText.number(-3) == "-3" && SVGText.number(0.04) == "0")
        #expect(SVGText.fitted("Accounting Technician", width: 64, glyph: 6.4) == "Accountin…")
    }
}
