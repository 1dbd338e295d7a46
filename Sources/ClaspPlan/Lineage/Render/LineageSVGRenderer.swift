import ClaspSpec

/// Draws lineage as a standalone SVG timeline: time runs left to right with year ticks, each
/// class has a lane with one bar segment per title it bore, diamonds mark retitles and dots
/// mark revisions, and merges and splits are curves from the predecessor's end to the
/// successor's start. Written by hand (no dependencies), every label escaped.
public struct LineageSVGRenderer: Sendable {
    /// Width of the drawing in pixels; the height follows from the number of classes.
    public var width: Double

    public init(width: Double = 1200) {
        self.width = width
    }

    static let palette = ["#4e79a7", "#59a14f", "#e15759", "#b07aa1", "#f28e2b", "#76b7b2", "#9c755f", "#edc948"]

    /// Renders the SVG document.
    ///
    /// - Parameters:
    ///   - graph: the plan's lineage.
    ///   - root: the class to centre on (its lane label is bold); nil draws every class.
    /// - Returns: an `<svg>` document with an XML declaration, ending with a newline.
    public func render(_ graph: LineageGraph, root: String? = nil) -> String {
        let ids = graph.neighbourhood(of: root)
        let layout = LineageTimelineLayout(graph: graph, ids: ids, width: width)
        let n = SVGText.number
        let caption = root.map { "Lineage of \(graph.displayTitle(of: $0)) (\($0))" } ?? "Lineage of all classes"
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(width))\" height=\"\(n(layout.height))\" "
        out += "viewBox=\"0 0 \(n(width)) \(n(layout.height))\" font-family=\"Helvetica, Arial, sans-serif\">\n"
        out += "<title>\(SVGText.escaped(caption))</title>\n"
        out += """
            <defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" \
            orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>
            <rect class="background" x="0" y="0" width="\(n(width))" height="\(n(layout.height))" fill="#ffffff"/>

            """
        out += stripes(layout)
        out += axis(layout)
        for id in ids { out += lane(id, graph: graph, layout: layout, isRoot: id == root) }
        let edges = graph.edges(among: ids)
        for edge in edges { out += connector(edge, graph: graph, layout: layout) }
        out += edgeDates(edges, layout: layout)
        out += legend(layout)
        return out + "</svg>\n"
    }

    /// Shades every other lane, under the year grid so the grid stays visible.
    private func stripes(_ layout: LineageTimelineLayout) -> String {
        let n = SVGText.number
        var out = ""
        for index in stride(from: 1, to: layout.laneCount, by: 2) {
            out += "<rect class=\"stripe\" x=\"0\" y=\"\(n(layout.top + Double(index) * layout.laneHeight))\" "
            out += "width=\"\(n(layout.width))\" height=\"\(n(layout.laneHeight))\" fill=\"#f4f5f8\"/>\n"
        }
        return out
    }

    /// The date of each merge or split, once per successor, just above where its bar starts.
    private func edgeDates(_ edges: [LineageEdge], layout: LineageTimelineLayout) -> String {
        let n = SVGText.number
        var seen = Set<String>()
        var out = "<g class=\"edge-dates\" font-size=\"10\" fill=\"#333\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">\n"
        for edge in edges where seen.insert("\(edge.to) \(edge.date)").inserted {
            out += "<text x=\"\(n(layout.x(edge.date) - 6))\" y=\"\(n(layout.y(edge.to) - 13))\" text-anchor=\"end\">\(edge.date)</text>\n"
        }
        return out + "</g>\n"
    }

    private func axis(_ layout: LineageTimelineLayout) -> String {
        let n = SVGText.number
        let labelled = Set(layout.labelledYears)
        var out = "<g class=\"axis\" font-size=\"11\" fill=\"#444\">\n"
        for year in layout.firstYear...layout.lastYear {
            let x = n(layout.x(year: year))
            let strong = labelled.contains(year)
            out += "<line x1=\"\(x)\" y1=\"\(n(layout.top - 8))\" x2=\"\(x)\" y2=\"\(n(layout.height - layout.bottom))\" "
            out += "stroke=\"\(strong ? "#d0d0d0" : "#ececec")\" stroke-width=\"1\"/>\n"
            if strong {
                out += "<text x=\"\(x)\" y=\"\(n(layout.top - 14))\" text-anchor=\"middle\">\(year)</text>\n"
            }
        }
        return out + "</g>\n"
    }

    private func lane(_ id: String, graph: LineageGraph, layout: LineageTimelineLayout, isRoot: Bool) -> String {
        let n = SVGText.number, e = SVGText.escaped
        let y = layout.y(id), index = layout.lanes[id] ?? 0
        let colour = Self.palette[index % Self.palette.count]
        let title = graph.displayTitle(of: id)
        var out = "<g class=\"lane\" data-class=\"\(e(id))\">\n"
        out += "<text class=\"lane-title\" x=\"12\" y=\"\(n(y - 2))\" font-size=\"13\" font-weight=\"\(isRoot ? "bold" : "normal")\" "
        out += "fill=\"#222\">\(e(SVGText.fitted(title, width: layout.labelWidth - 24, glyph: 6.9)))</text>\n"
        out += "<text class=\"lane-id\" x=\"12\" y=\"\(n(y + 13))\" font-size=\"10.5\" fill=\"#777\">"
        out += "\(e(SVGText.fitted(id, width: layout.labelWidth - 24, glyph: 6)))</text>\n"
        let spans = graph.titleHistory(of: id)
        let endX = graph.endDate(of: id).map(layout.x) ?? layout.plotRight
        for (number, span) in spans.enumerated() {
            let x1 = layout.x(span.from), x2 = span.until.map(layout.x) ?? endX
            let opacity = number % 2 == 0 ? "0.85" : "0.6"
            out += "<rect class=\"segment\" x=\"\(n(x1))\" y=\"\(n(y - 11))\" width=\"\(n(max(2, x2 - x1)))\" height=\"22\" "
            out += "rx=\"4\" fill=\"\(colour)\" fill-opacity=\"\(opacity)\"\(isRoot ? " stroke=\"#222\"" : "")>"
            out += "<title>\(e(span.title)): \(span.from) to \(span.until.map(\.iso) ?? "now")</title></rect>\n"
            let label = SVGText.fitted(span.title, width: x2 - x1 - 10, glyph: 6.3)
            if !label.isEmpty {
                out += "<text class=\"segment-title\" x=\"\(n(x1 + 6))\" y=\"\(n(y + 4))\" font-size=\"11\" "
                out += "fill=\"#fff\">\(e(label))</text>\n"
            }
        }
        out += marks(id, graph: graph, layout: layout, y: y)
        return out + "</g>\n"
    }

    /// Retitle diamonds above the bar, revision dots below it, crosses for abolitions.
    private func marks(_ id: String, graph: LineageGraph, layout: LineageTimelineLayout, y: Double) -> String {
        let n = SVGText.number, e = SVGText.escaped
        var out = ""
        for event in graph.timeline(of: id) {
            let x = layout.x(event.date)
            let tip = "<title>\(e("\(event.date) \(LineageGraph.phrase(event))"))</title>"
            switch event.kind {
            case .retitled:
                let top = y - 18
                out += "<path class=\"retitle\" d=\"M\(n(x)),\(n(top - 5)) L\(n(x + 5)),\(n(top)) L\(n(x)),\(n(top + 5)) "
                out += "L\(n(x - 5)),\(n(top)) z\" fill=\"#222\">\(tip)</path>\n"
            case .abolished:
                out += "<path class=\"abolished\" d=\"M\(n(x - 5)),\(n(y - 5)) L\(n(x + 5)),\(n(y + 5)) M\(n(x + 5)),\(n(y - 5)) "
                out += "L\(n(x - 5)),\(n(y + 5))\" stroke=\"#c00\" stroke-width=\"2\">\(tip)</path>\n"
            case .reinstated:
                out += "<circle class=\"reinstated\" cx=\"\(n(x))\" cy=\"\(n(y - 18))\" r=\"4\" fill=\"#2a2\">\(tip)</circle>\n"
            case .established, .mergedInto, .splitInto:
                continue
            }
        }
        for version in graph.lineageClass(id)?.versions ?? [] {
            out += "<circle class=\"revision\" cx=\"\(n(layout.x(version.effective)))\" cy=\"\(n(y + 16))\" r=\"2.5\" "
            out += "fill=\"#555\"><title>\(e("version of \(version.effective): \(version.title)"))</title></circle>\n"
        }
        return out
    }

    /// An S-curve leaving the predecessor's bar end and entering the successor's bar start.
    private func connector(_ edge: LineageEdge, graph: LineageGraph, layout: LineageTimelineLayout) -> String {
        let n = SVGText.number, e = SVGText.escaped
        let x = layout.x(edge.date), y1 = layout.y(edge.from), y2 = layout.y(edge.to)
        let reach = 36.0
        let colour = edge.kind == .merge ? "#555" : "#d37f00"
        let verb = edge.kind == .merge ? "merged into" : "split into"
        var out = "<path class=\"edge \(edge.kind.rawValue)\" d=\"M\(n(x)),\(n(y1)) C\(n(x + reach)),\(n(y1)) "
        out += "\(n(x - reach)),\(n(y2)) \(n(x - 1)),\(n(y2))\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"1.6\" "
        out += "marker-end=\"url(#arrow)\"\(edge.isTwoSided ? "" : " stroke-dasharray=\"5 3\"")>"
        out += "<title>\(e("\(edge.from) \(verb) \(edge.to) on \(edge.date)"))</title></path>\n"
        return out
    }

    private func legend(_ layout: LineageTimelineLayout) -> String {
        let n = SVGText.number
        let y = layout.height - 18
        var out = "<g class=\"legend\" font-size=\"11\" fill=\"#444\">\n"
        out += "<path d=\"M12,\(n(y - 4)) L17,\(n(y + 1)) L12,\(n(y + 6)) L7,\(n(y + 1)) z\" fill=\"#222\"/>"
        out += "<text x=\"24\" y=\"\(n(y + 5))\">retitle</text>\n"
        out += "<circle cx=\"84\" cy=\"\(n(y + 1))\" r=\"2.5\" fill=\"#555\"/><text x=\"92\" y=\"\(n(y + 5))\">version</text>\n"
        out += "<path d=\"M150,\(n(y + 1)) L178,\(n(y + 1))\" stroke=\"#555\" stroke-width=\"1.6\" marker-end=\"url(#arrow)\"/>"
        out += "<text x=\"184\" y=\"\(n(y + 5))\">merge</text>\n"
        out += "<path d=\"M232,\(n(y + 1)) L260,\(n(y + 1))\" stroke=\"#d37f00\" stroke-width=\"1.6\" marker-end=\"url(#arrow)\"/>"
        out += "<text x=\"266\" y=\"\(n(y + 5))\">split</text>\n"
        return out + "</g>\n"
    }
}
