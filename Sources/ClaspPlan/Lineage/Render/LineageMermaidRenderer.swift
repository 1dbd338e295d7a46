/// Draws lineage as a Mermaid flowchart, for Markdown pages and issue comments that render
/// Mermaid: one node per class with its titles over time, one arrow per merge or split.
public struct LineageMermaidRenderer: Sendable {
    public init() {}

    /// Renders a `flowchart LR`.
    ///
    /// - Parameters:
    ///   - graph: the plan's lineage.
    ///   - root: the class to centre on (highlighted); nil draws every class.
    /// - Returns: the flowchart text, ending with a newline.
    public func render(_ graph: LineageGraph, root: String? = nil) -> String {
        let ids = graph.neighbourhood(of: root)
        var out = "flowchart LR\n"
        for id in ids {
            var lines = graph.titleHistory(of: id).map { "\(escaped($0.title)) (from \($0.from))" }
            if lines.isEmpty { lines = [escaped(graph.displayTitle(of: id))] }
            var footer = id
            if let end = graph.endDate(of: id) { footer += ", ended \(end)" }
            lines.append("<small>\(footer)</small>")
            out += "  \(nodeID(id))[\"\(lines.joined(separator: "<br/>"))\"]\n"
        }
        for edge in graph.edges(among: ids) {
            let verb = edge.kind == .merge ? "merged" : "split"
            let arrow = edge.isTwoSided ? "-->" : "-.->"
            out += "  \(nodeID(edge.from)) \(arrow)|\"\(verb) \(edge.date)\"| \(nodeID(edge.to))\n"
        }
        if let root, ids.contains(root) {
            out += "  classDef focus stroke-width:3px\n"
            out += "  class \(nodeID(root)) focus\n"
        }
        return out
    }

    /// Mermaid node ids cannot hold hyphens safely (`a-->b`); slugs never hold underscores,
    /// so replacing one with the other cannot make two classes collide.
    func nodeID(_ id: String) -> String {
        "c_" + id.replacing("-", with: "_")
    }

    /// Mermaid's entity codes for the characters that would end a label or read as markup.
    func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\"": out += "#quot;"
            case "&": out += "#amp;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "#": out += "#35;"
            case "|": out += "#124;"
            default: out.append(character)
            }
        }
        return out
    }
}
