import ClaspPlan
import ClaspQueries
import ClaspSpec
import Foundation

/// One proposal: its semantic diff, the stages that apply with their votes and what is still
/// needed, the event log, and the forms of whoever is looking (vote, comment, adopt, withdraw).
/// The forms are offered by the roster in force; the library decides when they are posted.
struct ProposalPage {
    let status: ProposalStatus
    let planID: String
    let person: Person
    let csrf: String?
    let notice: String?
    /// Before/after lineage charts, for a proposal that changes a `class.yaml`.
    var lineageCharts: ProposalLineageCharts? = nil
    /// The whole text of each proposed version, by path, read beside its redline.
    var proposedTexts: [String: SpecVersion] = [:]
    /// People's names by roster id: the committee reads names, not ids.
    var names: [String: String] = [:]
    /// The plan's time zone, for the log's times.
    var timeZone = "UTC"

    func name(_ id: String) -> String { names[id] ?? id }

    var title: String { "Proposal \(status.proposal.number): \(ProposalSummary(status.proposal).what)" }

    func body() -> HTML {
        let proposal = status.proposal
        let noticeHTML: HTML = notice.map { "<p class=\"notice\" id=\"notice\">\($0)</p>" } ?? ""
        let adopted: HTML = proposal.adoptedAs.map { ", adopted in <code>\(String($0.hex.prefix(10)))</code>" } ?? ""
        return """
            \(noticeHTML)
            <p class="meta">State <span class="status" id="state">\(proposal.state.rawValue)</span>. Proposed by \
            <strong>\(name(proposal.author))</strong>. Workflow <code>\(status.workflow)</code>; categories: \
            \(status.categories.map(\.rawValue).joined(separator: ", ")).</p>
            <details class="technical"><summary>Technical record</summary><p class="meta">Base \
            <code>\(String(proposal.base.hex.prefix(10)))</code>, head <code>\(String(proposal.head.hex.prefix(10)))</code>\(adopted).</p></details>
            <blockquote class="reason">\(proposal.reason)</blockquote>
            \(stale())
            <h2 id="changes">Changes</h2>
            \(lineageCharts?.html() ?? "")
            \(changes())
            <h2 id="stages">Stages</h2>
            \(stages())
            \(forms())
            <h2 id="log">Log</h2>
            \(log())
            """
    }

    func changes() -> HTML {
        status.changes.map { change -> HTML in
            let diff: HTML
            if let lineage = change.lineage {
                let lines = lineage.lines.map { line -> HTML in "<li data-change=\"\(line.code)\">\(line.summary)</li>" }
                diff = "<ul class=\"lineage-events\">\(lines)</ul>"
            } else if let governance = change.governance {
                let lines = governance.lines.map { line -> HTML in "<li data-change=\"\(line.code)\">\(line.summary)</li>" }
                diff = lines.isEmpty ? "<p class=\"meta\">No change in meaning (order or layout only).</p>"
                    : "<ul class=\"governance\">\(lines)</ul>"
            } else {
                diff = change.changes.map { HTML(trusted: SpecDiffRenderer.html($0)) }
                    ?? "<p class=\"meta\">A new file, or a file without text to compare.</p>"
            }
            let link: HTML = change.classID.map { "<a href=\"/plans/\(planID)/classes/\($0)\">\($0)</a> " } ?? ""
            let whole: HTML = proposedTexts[change.path].map {
                "<details class=\"proposed-document\"><summary>The whole text as proposed</summary>\(SpecHTML.render($0))</details>"
            } ?? ""
            return """
                <section class="change" data-path="\(change.path)"><h3>\(link)<code>\(change.path)</code> \
                <span class="status">\(change.categories.sorted().map(\.rawValue).joined(separator: ", "))</span></h3>\(diff)\(whole)</section>
                """
        }.joined()
    }

    /// The warning for a stale proposal: what moved under it, the change adopting it now would
    /// make against main's version, and the rebase form.
    func stale() -> HTML {
        guard !status.staleVersions.isEmpty else { return "" }
        let reasons = status.staleVersions.map { stale -> HTML in "<li>\(stale.explanation)</li>" }
        let diffs = status.changesAgainstMain.map { change -> HTML in
            let diff: HTML = change.changes.map { HTML(trusted: SpecDiffRenderer.html($0)) } ?? ""
            return "<section class=\"change\" data-path=\"\(change.path)\"><h3>Adopting it as it stands would change <code>\(change.path)</code> against main's version</h3>\(diff)</section>"
        }.joined()
        var form: HTML = ""
        if let csrf, person.id == status.proposal.author || person.roles.contains(.analyst) || person.roles.contains(.administrator) {
            form = """
                <form class="rebase" method="post" action="/plans/\(planID)/proposals/\(status.proposal.number)/rebase">\
                <input type="hidden" name="csrf" value="\(csrf)"><button type="submit" name="rebase">Rebase onto main</button></form>
                """
        }
        return """
            <div class="stale" id="stale"><h2>Stale: main has changed what this proposal replaces</h2>\
            <p>It cannot be adopted until it is rebased; a rebase carries only this proposal's change onto main's version, \
            and votes carry over only if the result differs editorially from what was voted on.</p><ul>\(reasons)</ul>\(diffs)\(form)</div>
            """
    }

    func stages() -> HTML {
        let rows = status.stages.map { stage -> HTML in
            let mark = stage.satisfied ? "done" : stage.rejected ? "rejected" : stage.open ? "waiting" : "not open yet"
            let due: HTML = stage.deadline.map { deadline in
                let phrase = deadline.phrase(awaiting: stage.awaitingVotes, at: Date())
                return "<br><span class=\"\(stage.daysOverdue(at: Date()) == nil ? "meta" : "overdue") due\">\(phrase)</span>"
            } ?? ""
            let votes = (stage.approvals + stage.rejections).map { vote -> HTML in
                "<li>\(vote.decision.rawValue) by <strong>\(name(vote.voter))</strong>\(vote.comment.isEmpty ? "" : ": \(vote.comment)")</li>"
            }
            return """
                <tr data-stage="\(stage.stage)"><td>\(stage.stage)</td><td>\(stage.role.rawValue)</td>\
                <td>\(stage.approvals.count) of \(stage.needed)</td><td class="stage-state">\(mark)\(due)</td><td><ul>\(votes)</ul></td></tr>
                """
        }
        let extra = status.staleVotes.map { vote -> HTML in "<li>dropped by a revision: \(vote.decision.rawValue) by \(name(vote.voter))</li>" }
            + status.invalidVotes.map { invalid -> HTML in "<li>does not count: \(invalid.reason)</li>" }
        let needed: HTML
        if status.proposal.state != .open { needed = "" }
        else if status.readyToAdopt { needed = "<p class=\"notice\" id=\"needed\">Approved under its workflow: ready to adopt.</p>" }
        else { needed = "<p class=\"notice\" id=\"needed\">Still needed: \(status.missing.joined(separator: "; "))</p>" }
        return """
            <table class="stages"><thead><tr><th>Stage</th><th>Role</th><th>Approvals</th><th>State</th><th>Votes</th></tr></thead>\
            <tbody>\(rows)</tbody></table>\(extra.isEmpty ? "" : HTML("<ul class=\"meta\">\(extra)</ul>"))\(needed)
            """
    }

    func forms() -> HTML {
        guard let csrf else { return "" }
        let proposal = status.proposal
        let action = "/plans/\(planID)/proposals/\(proposal.number)"
        let token: HTML = "<input type=\"hidden\" name=\"csrf\" value=\"\(csrf)\">"
        var forms: [HTML] = []
        // The author cannot approve their own proposal, so they are not offered the vote form;
        // no decision is chosen in advance, so a vote is always a deliberate choice.
        if proposal.state == .open, person.id != proposal.author {
            let choices = VoteDecision.allCases.map { decision -> HTML in
                "<label class=\"choice\"><input type=\"radio\" name=\"decision\" value=\"\(decision.rawValue)\" required> \(decision.rawValue)</label>"
            }
            forms.append("""
                <form class="vote" method="post" action="\(action)/vote">\(token)<fieldset><legend>Your vote</legend>\(choices)\
                <label>Comment<textarea name="comment" rows="3" cols="60"></textarea></label>\
                <button type="submit" name="submit-vote">Record vote</button></fieldset></form>
                """)
        }
        // The editor starts from the proposed text; offered to those Plan.revise accepts.
        if DraftPurpose.isEditable(proposal), DraftPurpose.mayRevise(person, proposal) {
            forms.append("<p><a id=\"revise-proposal\" href=\"\(action)/revise\">Revise the proposed text</a></p>")
        }
        if proposal.state == .open {
            // Shown to those Plan.adopt and Plan.withdraw accept; posting is judged by the library.
            if person.roles.contains(.administrator) || person.roles.contains(.analyst) {
                forms.append("""
                    <form class="adopt" method="post" action="\(action)/adopt">\(token)\
                    <label>Resolution (optional)<input type="text" name="resolution" maxlength="100"></label>\
                    <label>Meeting date (optional)<input type="date" name="meeting"></label>\
                    <label class="choice"><input type="checkbox" name="confirm" value="yes" required> I have read the changes \
                    and the votes; adopting writes them onto main for good</label>\
                    <button type="submit">Adopt onto main</button></form>
                    """)
            }
            if person.id == proposal.author || person.roles.contains(.administrator) {
                forms.append("""
                    <form class="withdraw" method="post" action="\(action)/withdraw">\(token)\
                    <label class="choice"><input type="checkbox" name="confirm" value="yes" required> Withdraw this proposal; \
                    it cannot be reopened</label><button type="submit">Withdraw</button></form>
                    """)
            }
        }
        forms.append("""
            <form class="comment" method="post" action="\(action)/comment">\(token)\
            <label>Comment on the record<textarea name="text" rows="2" cols="60"></textarea></label><button type="submit">Comment</button></form>
            """)
        return "<h2 id=\"act\">Act</h2>\(forms)"
    }

    func log() -> HTML {
        let rows = status.proposal.events.map { event -> HTML in
            let detail = [event.trailer(.decision), event.trailer(.stage)].compactMap { $0 }.joined(separator: " in ")
            return """
                <tr><td>\(RecordedTime.iso8601(event.at, offsetMinutes: RecordedTime.offsetMinutes(at: event.at, timeZone: timeZone)))</td>\
                <td>\(event.kind.rawValue)\(detail.isEmpty ? "" : " (\(detail))")</td><td>\(name(event.person))</td><td>\(event.text)</td></tr>
                """
        }
        return "<table class=\"log\"><thead><tr><th>When (\(timeZone))</th><th>Event</th><th>By</th><th>Text</th></tr></thead><tbody>\(rows)</tbody></table>"
    }

}
