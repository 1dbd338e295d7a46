import ClaspGit
import ClaspPlan
import ClaspQueries
import ClaspSpec
import Hummingbird

/// One class: the version in effect on a date (optionally as known on an earlier recorded
/// date), its effective timeline, its recorded history and its lineage drawing.
struct ClassPage {
    let plan: Plan
    let planID: String
    let classID: String
    let asOf: PlanDate?
    let asKnownOn: PlanDate?

    /// The page's title and body, without the frame (which names the signed-in person), so the
    /// body can be cached per commit.
    func body() throws -> (title: String, html: HTML) {
        let report = try PlanQueries.show(plan, classID: classID, asOf: asOf, asKnownOn: asKnownOn)
        let base = "/plans/\(planID)/classes/\(classID)"
        // Versions known by title and date alone have no text to compare: their entries say
        // what is known instead of linking to a comparison that cannot be made.
        let snapshot = try ObjectID(hex: report.recordedIn).map { try plan.snapshot(commit: $0) } ?? plan.current()
        let versions = try report.timeline.map { try snapshot.version(classID, effective: $0) }
        let timeline = report.timeline.enumerated().map { index, date -> HTML in
            let current: HTML = date == report.effective ? " <strong>(shown)</strong>" : ""
            let comparable = index > 0 && versions[index].textOnFile && versions[index - 1].textOnFile
            let known: HTML = index == 0 || comparable ? "" : versions[index].title == versions[index - 1].title
                ? " · \(versions[index].title) (text not on file)"
                : " · retitled “\(versions[index - 1].title)” → “\(versions[index].title)” (text not on file)"
            let diff: HTML = !comparable ? known : """
                 · <a href="/plans/\(planID)/diff\(QueryString.make([("from", "\(classID)@\(report.timeline[index - 1].iso)"), ("to", "\(classID)@\(date.iso)")]))">changes from \(report.timeline[index - 1].iso)</a>
                """
            return "<li><a href=\"\(base)\(QueryString.make([("as-of", date.iso)]))\">\(date.iso)</a>\(current)\(diff)</li>"
        }
        let known: HTML = asKnownOn.map { "as known on <strong>\($0.iso)</strong>, " } ?? ""
        let until: HTML = report.until.map { " until \($0.iso)" } ?? " with no later version"
        return (report.version.title, """
            <p class="meta">Class <code>\(classID)</code>: showing the version in effect on <strong>\(report.asOf.iso)</strong>, \
            \(known)effective \(report.effective.iso)\(until).</p>
            <details class="technical"><summary>Technical record</summary><p class="meta">Answered from commit \
            <code>\(String(report.recordedIn.prefix(10)))</code>.</p></details>
            <form class="filters" method="get" action="\(base)">
            <label>In effect on<input type="date" name="as-of" value="\(report.asOf.iso)"></label>
            <label>As known on<input type="date" name="as-known-on" value="\(asKnownOn?.iso ?? "")"></label>
            <button type="submit">Show</button>
            </form>
            \(SpecHTML.render(report.version))
            <h2 id="timeline">Effective timeline</h2>
            <ol class="timeline">\(timeline)</ol>
            <h2 id="history">Recorded history</h2>
            <p><a href="\(base)/blame">Blame: which change introduced each paragraph and item</a></p>
            <p><a id="publish" href="\(base)/publish\(QueryString.make([("as-of", report.asOf.iso)]))">The published specification, ready to print</a></p>
            <p><a id="propose-change" href="\(base)/draft\(QueryString.make([("as-of", report.asOf.iso)]))">Propose a change to this class</a></p>
            <p><a id="establish-copy" href="\(base)/establish\(QueryString.make([("as-of", report.asOf.iso)]))">Establish a new class from this one</a></p>
            <p><a id="propose-lineage" href="/plans/\(planID)/lineage/propose\(QueryString.make([("classes", classID)]))">Propose a retitle, merge, split or abolition of this class</a></p>
            \(try historyTable())
            <h2 id="lineage">Lineage</h2>
            <div class="svg-wrap">\(try lineage())</div>
            """)
    }

    func historyTable() throws -> HTML {
        let rows = try PlanQueries.history(plan, classID: classID).map { entry -> HTML in
            let approvals = entry.trailers.filter { $0["key"]?.lowercased() == "approved-by" }.compactMap { $0["value"] }
            let approved: HTML = approvals.isEmpty ? "—" : "<ul>\(approvals.map { value -> HTML in "<li>\(value)</li>" })</ul>"
            let proposal: HTML = entry.proposal.map { "<a class=\"proposal\" href=\"/plans/\(planID)/proposals/\($0)\">proposal \($0)</a>" } ?? (entry.bootstrap ? "bootstrap import" : "—")
            let cited = [entry.resolution.map { "resolution \($0)" }, entry.meeting.map { "meeting of \($0.iso)" }].compactMap { $0 }
            let act: HTML = cited.isEmpty ? "" : "<br><span class=\"act\">\(cited.joined(separator: ", "))</span>"
            return """
                <tr data-commit="\(entry.commit)"><td>\(entry.recordedOn.iso)</td><td>\(entry.author)</td>\
                <td>\(entry.summary)<br><span class="meta">\(entry.change ?? "")</span></td>\
                <td>\(entry.effectiveDates.map(\.iso).joined(separator: ", "))</td><td>\(proposal)\(act)</td><td>\(approved)</td></tr>
                """
        }
        return """
            <table class="history"><thead><tr><th>Recorded</th><th>By</th><th>Change</th><th>Effective dates</th>\
            <th>Proposal</th><th>Approved by</th></tr></thead><tbody>\(rows)</tbody></table>
            """
    }

    func lineage() throws -> HTML {
        let graph = try plan.current().lineageGraph()
        guard graph.contains(classID) else { return "<p class=\"notice\">No lineage recorded.</p>" }
        return LineageSVGEmbedding.inline(LineageSVGRenderer(width: 1000).render(graph, root: classID))
    }
}
