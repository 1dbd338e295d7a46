import ClaspGit
import ClaspPlan
import ClaspQueries
import ClaspSpec

/// The lineage around a lineage proposal's classes before and after it, drawn side by side on
/// the proposal page so the committee sees the chart it is voting for next to the text diff.
struct ProposalLineageCharts {
    let before: HTML
    let after: HTML

    /// The charts, or nil when the proposal changes no `class.yaml`.
    init?(_ plan: Plan, status: ProposalStatus) throws {
        let changed = status.changes.filter { $0.lineage != nil }.compactMap(\.classID)
        guard !changed.isEmpty else { return nil }
        // The class the change leads to (the one established or retitled) roots the drawing.
        let root = status.changes.first { $0.lineage?.lines.contains { $0.summary.hasPrefix("established") } == true }?.classID
            ?? changed[0]
        func chart(_ commit: ObjectID, label: String) throws -> HTML {
            let graph = try plan.snapshot(commit: commit).lineageGraph()
            guard let shown = ([root] + changed).first(where: graph.contains) else {
                return "<p class=\"meta\">None of these classes exists \(label).</p>"
            }
            return LineageSVGEmbedding.inline(LineageSVGRenderer(width: 560).render(graph, root: shown))
        }
        before = try chart(status.proposal.base, label: "before the change")
        after = try chart(status.proposal.head, label: "after the change")
    }

    func html() -> HTML {
        """
        <div class="lineage-change" id="lineage-change">\
        <figure class="before"><figcaption>Lineage before</figcaption>\(before)</figure>\
        <figure class="after"><figcaption>Lineage after</figcaption>\(after)</figure></div>
        """
    }
}
