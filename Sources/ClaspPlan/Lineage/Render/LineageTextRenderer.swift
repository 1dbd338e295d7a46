public import ClaspSpec

/// Draws a class's lineage as an indented tree with dates, like the chart at the end of a
/// spec: the class and its own history first, then one branch per predecessor with that
/// class's events, nested for earlier generations. This is the CLI's default output.
public struct LineageTextRenderer: Sendable {
    public init() {}

    /// Renders the tree.
    ///
    /// - Parameters:
    ///   - graph: the plan's lineage.
    ///   - root: the class to start from.
    ///   - asOf: when given, a closing paragraph says where the class stood that day and, if it
    ///     did not exist yet, which of its ancestors were in effect.
    /// - Returns: the text, ending with a newline; a one-line notice when the class is unknown.
    public func render(_ graph: LineageGraph, root: String, asOf: PlanDate? = nil) -> String {
        guard graph.contains(root) else { return "No class '\(root)' in this plan.\n" }
        var out = "\(root): \(graph.displayTitle(of: root))\n"
        var shown: Set<String> = [root]
        for line in graph.datedLines(of: root) { out += "  \(line.date)  \(line.text)\n" }
        branches(of: root, in: graph, prefix: "", shown: &shown, into: &out)
        if let asOf, let view = graph.lineage(of: root, asOf: asOf) {
            out += "\n" + summary(view, asOf: asOf, in: graph)
        }
        return out
    }

    private func branches(of id: String, in graph: LineageGraph, prefix: String,
                          shown: inout Set<String>, into out: inout String) {
        let predecessors = graph.predecessors(of: id)
        for (index, step) in predecessors.enumerated() {
            let last = index == predecessors.count - 1
            let predecessor = step.classID
            out += prefix + (last ? "└─ " : "├─ ") + "\(predecessor): \(graph.displayTitle(of: predecessor))"
            let inner = prefix + (last ? "   " : "│  ")
            guard shown.insert(predecessor).inserted else {
                out += " (shown above)\n"
                continue
            }
            out += "\n"
            for line in graph.datedLines(of: predecessor) { out += inner + "  \(line.date)  \(line.text)\n" }
            branches(of: predecessor, in: graph, prefix: inner, shown: &shown, into: &out)
        }
    }

    private func summary(_ view: LineageView, asOf: PlanDate, in graph: LineageGraph) -> String {
        var out = "As of \(asOf): "
        switch view.status {
        case .notYetEstablished:
            let established = graph.startDate(of: view.classID).map { " (established \($0))" } ?? ""
            out += "\(graph.displayTitle(of: view.classID)) (\(view.classID)) did not exist yet\(established)"
            out += view.ancestorsInEffect.isEmpty ? ", and none of the classes it came from was in effect.\n"
                : "; the classes it came from that were in effect then:\n"
            for ancestor in view.ancestorsInEffect {
                out += "  \(ancestor.classID): \(ancestor.title ?? "(title unknown)")\n"
            }
        case .active:
            out += "\(view.classID) was in effect as \(view.title.map { "\"\($0)\"" } ?? "(title unknown)").\n"
        case .abolished(let on):
            out += "\(view.classID) had been abolished on \(on).\n"
        case .merged(_, let on), .split(_, let on):
            out += "\(view.classID) had ended on \(on)"
            out += view.descendantsInEffect.isEmpty ? ".\n" : "; its descendants in effect then:\n"
            for descendant in view.descendantsInEffect {
                out += "  \(descendant.classID): \(descendant.title ?? "(title unknown)")\n"
            }
        }
        return out
    }
}
