public import ClaspPlan
public import ClaspSpec
import Foundation

/// The committee's agenda packet: every open proposal awaiting a stage (or every open
/// proposal), each with its summary, the reason, the redline of each version it changes, the
/// lineage events it records, and the votes so far, as one printable document.
public struct AgendaPacket: Sendable {
    public var agency: String
    public var stage: String?
    public var generatedOn: PlanDate
    public var items: [ProposalStatus]
    /// People's names by roster id: the packet names people, not ids.
    public var names: [String: String] = [:]

    /// The open proposals whose stage `stage` is open and not yet decided (all open proposals
    /// when nil), in number order.
    ///
    /// - Throws: `PlanError.invalidInput` when no workflow in force has a stage of that name.
    public static func load(_ plan: Plan, stage: String?) throws -> AgendaPacket {
        let snapshot = try plan.current()
        if let stage {
            let names = Set(try snapshot.workflows().flatMap { $0.stages.map(\.name) })
            guard names.contains(stage) else {
                throw PlanError.invalidInput("no workflow in force has a stage '\(stage)'; its stages are: \(names.sorted().joined(separator: ", "))")
            }
        }
        let items = try plan.proposals(state: .open).map { try plan.status(of: $0.number) }.filter { status in
            guard let stage else { return true }
            return status.stages.contains { $0.stage == stage && $0.open && !$0.satisfied && !$0.rejected }
        }.sorted { $0.proposal.number < $1.proposal.number }
        let names = try snapshot.roster().namesByID
        return AgendaPacket(agency: try snapshot.config().agency, stage: stage, generatedOn: try PlanQueries.today(snapshot), items: items,
                            names: names)
    }

    public func html() -> String {
        let title = "Agenda packet" + (stage.map { ": stage \($0)" } ?? ": open proposals")
        let sections = items.map(item).joined()
        let empty: HTML = items.isEmpty ? "<p>No proposal awaits this stage.</p>" : ""
        let contents = items.map { status -> HTML in
            "<li>Proposal \(status.proposal.number): \(ProposalSummary(status.proposal).what)</li>"
        }
        let document: HTML = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>\(title) · \(agency)</title>
            <style>\(SpecPublication.stylesheet)\(Self.stylesheet)</style></head>
            <body><main class="packet">
            <header><p class="agency">\(agency)</p><h1>\(title)</h1><p class="caption">Prepared \(generatedOn.iso); \(items.count) item\(items.count == 1 ? "" : "s").</p>
            <ol class="contents">\(contents)</ol></header>
            \(empty)\(sections)
            </main></body></html>
            """
        return document.rendered + "\n"
    }

    private func item(_ status: ProposalStatus) -> HTML {
        let proposal = status.proposal
        let changes = status.changes.map { change -> HTML in
            let body: HTML
            if let lineage = change.lineage {
                body = "<ul class=\"lineage-events\">\(lineage.lines.map { line -> HTML in "<li>\(line.summary)</li>" })</ul>"
            } else if let governance = change.governance {
                body = "<ul>\(governance.lines.map { line -> HTML in "<li>\(line.summary)</li>" })</ul>"
            } else {
                body = change.changes.map { HTML(trusted: SpecDiffRenderer.html($0)) } ?? "<p>A new version without earlier text to compare.</p>"
            }
            let what = change.classID.map { "\($0)" + (change.effective.map { " effective \($0.iso)" } ?? " (lineage)") } ?? change.path
            return "<section class=\"change\"><h3>\(what) <span class=\"status\">\(change.categories.sorted().map(\.rawValue).joined(separator: ", "))</span></h3>\(body)</section>"
        }.joined()
        let votes = proposal.votes.map { vote -> HTML in
            "<tr><td>\(names[vote.voter] ?? vote.voter)</td><td>\(vote.stage)</td><td>\(vote.decision.rawValue)</td><td>\(vote.comment)</td></tr>"
        }.joined()
        let stages = status.stages.map { stage -> HTML in
            "<li>\(stage.stage) (\(stage.role.rawValue)): \(stage.approvals.count) of \(stage.needed) approvals\(stage.rejected ? ", rejected" : stage.satisfied ? ", passed" : "")</li>"
        }.joined()
        let stale: HTML = status.staleVersions.isEmpty ? "" : "<p class=\"stale\">Stale: main has changed what this proposal replaces; it must be rebased before adoption.</p>"
        return """
            <article class="item" id="proposal-\(proposal.number)">
            <h2>Proposal \(proposal.number): \(ProposalSummary(proposal).what)</h2>
            <p class="meta">Proposed by \(names[proposal.author] ?? proposal.author); kind \(proposal.kind.rawValue)\(proposal.effective.map { ", effective \($0.iso)" } ?? "").</p>
            <blockquote>\(proposal.reason)</blockquote>\(stale)
            \(changes)
            <h3>Stages</h3><ul>\(stages)</ul>
            <h3>Votes so far</h3>\(proposal.votes.isEmpty ? HTML("<p>None yet.</p>") : "<table><thead><tr><th>Voter</th><th>Stage</th><th>Decision</th><th>Comment</th></tr></thead><tbody>\(votes)</tbody></table>")
            </article>
            """
    }

    static let stylesheet = HTML(trusted: """
        ins{background:#d9f7d9;text-decoration:underline}del{background:#fadada}article.item{break-before:page;margin-top:2rem}
        article.item:first-of-type{break-before:auto}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccc;padding:.2rem .4rem;text-align:left}
        blockquote{border-left:3px solid #999;margin:.5rem 0;padding:.2rem .75rem;white-space:pre-wrap}.stale{font-weight:bold}
        """)
}
