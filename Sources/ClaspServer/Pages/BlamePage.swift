import ClaspPlan
import ClaspQueries

/// Blame of a class: for each paragraph and item of its current text, the recorded change that
/// introduced it, the proposal and who approved it.
struct BlamePage {
    let planID: String
    let classID: String
    let entries: [BlameReport]

    func body() -> HTML {
        let rows = entries.map { entry -> HTML in
            let origin: HTML = entry.proposal.map { "<a href=\"/plans/\(planID)/proposals/\($0)\">proposal \($0)</a>" } ?? HTML.text(entry.origin)
            return """
                <tr><td>\(entry.heading ?? entry.section)</td><td>\(entry.text)</td><td>\(entry.recordedOn.iso)<br>\
                <code>\(String(entry.commit.prefix(10)))</code></td><td>\(origin)</td><td>\(entry.approvers.joined(separator: ", "))</td></tr>
                """
        }
        return """
            <p class="meta">Each paragraph and item of <a href="/plans/\(planID)/classes/\(classID)">\(classID)</a>'s current text, \
            with the recorded change that introduced it.</p>
            <table class="blame"><thead><tr><th>Section</th><th>Text</th><th>Recorded</th><th>Origin</th><th>Approved by</th></tr></thead>\
            <tbody>\(rows)</tbody></table>
            """
    }
}
