import ClaspPlan
import ClaspQueries
import ClaspSpec

/// The proposals queue: what awaits the signed-in person's vote, then every proposal,
/// filtered by state.
struct ProposalListPage {
    let plan: Plan
    let planID: String
    let person: String
    /// "open", "adopted", "withdrawn" or nil for all.
    let state: ProposalState?

    func body() throws -> HTML {
        let awaiting = try plan.awaitingVote(of: person)
        let queue: HTML = awaiting.isEmpty
            ? "<p class=\"notice\" id=\"awaiting-none\">Nothing awaits your vote.</p>"
            : table(try ProposalSummary.list(awaiting.map { ProposalListing($0.proposal) }, in: plan), id: "awaiting",
                    needs: Dictionary(awaiting.map { ($0.proposal.number, $0.missing) }) { a, _ in a })
        let all = try ProposalSummary.list(plan.proposalListings(state: state), in: plan)
        let options = [("", "all"), ("open", "open"), ("adopted", "adopted"), ("withdrawn", "withdrawn")].map { value, label -> HTML in
            "<option value=\"\(value)\"\(value == (state?.rawValue ?? "") ? HTML(" selected") : "")>\(label)</option>"
        }
        return """
            <h2>Awaiting your vote</h2>
            \(queue)
            <form class="filters packet" method="get" action="/plans/\(planID)/packet">
            <label>Agenda packet for the stage<input type="text" name="stage" placeholder="e.g. commission"></label>\
            <button type="submit" id="packet">Print the packet</button></form>
            <h2>All proposals</h2>
            <form class="filters" method="get" action="/plans/\(planID)/proposals">
            <label>State<select name="state">\(options)</select></label><button type="submit">Filter</button>
            </form>
            \(all.isEmpty ? "<p class=\"notice\">No proposals.</p>" : table(all, id: "proposals", needs: [:]))
            """
    }

    func table(_ proposals: [ProposalSummary], id: String, needs: [ProposalNumber: [String]]) -> HTML {
        let rows = proposals.map { proposal -> HTML in
            let what = proposal.what
            let needed: HTML = needs[proposal.number].map { "<br><span class=\"meta\">\($0.joined(separator: "; "))</span>" } ?? ""
            let due: HTML = proposal.dueNote.map { "<br><span class=\"\(proposal.overdueDays == nil ? "meta" : "overdue") due\">\($0)</span>" } ?? ""
            return """
                <tr data-proposal="\(proposal.number)"><td><a href="/plans/\(planID)/proposals/\(proposal.number)">\(proposal.number)</a></td>\
                <td><span class="status">\(proposal.state)</span></td><td>\(what)\(needed)\(due)</td><td>\(proposal.author)</td>\
                <td>\(proposal.reason.split(separator: "\n").first.map(String.init) ?? "")</td></tr>
                """
        }
        return """
            <table id="\(id)"><thead><tr><th>#</th><th>State</th><th>Change</th><th>By</th><th>Reason</th></tr></thead><tbody>\(rows)</tbody></table>
            """
    }
}
