/// Draws lineage as a Graphviz `digraph`: one box per class listing its titles over time,
/// one arrow per merge or split labelled with its date. Edges recorded at one end only are
/// dashed, so a drawing also shows what `clasp check` would report.
public struct LineageDOTRenderer: Sendable {
    public init() {}

    /// Renders DOT.
    ///
    /// - Parameters:
    ///   - graph: the plan's lineage.
    ///   - root: the class to centre on (drawn with a heavier border); nil draws every class.
    /// - Returns: a complete `digraph` ending with a newline.
    public func render(_ graph: LineageGraph, root: String? = nil) -> String {
        let ids = graph.neighbourhood(of: root)
        var out = "digraph lineage {\n"
        out += "  rankdir=LR;\n"
        out += "  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=10];\n"
        for id in ids {
            var lines = graph.titleHistory(of: id).map { "\($0.title) (from \($0.from))" }
            if lines.isEmpty { lines = [graph.displayTitle(of: id)] }
            var footer = id
            if let end = graph.endDate(of: id) { footer += ", ended \(end)" }
            lines.append(footer)
            let label = lines.map(quoted).joined(separator: "\\n")
            out += "  \"\(quoted(id))\" [label=\"\(label)\"\(id == root ? ", penwidth=2" : "")];\n"
        }
        for edge in graph.edges(among: ids) {
            let verb = edge.kind == .merge ? "merged" : "split"
            out += "  \"\(quoted(edge.from))\" -> \"\(quoted(edge.to))\" [label=\"\(verb) \(edge.date)\""
            out += edge.isTwoSided ? "];\n" : ", style=dashed];\n"
        }
        return out + "}\n"
    }

    /// Escapes text for a double-quoted DOT string.
    func quoted(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }
}
