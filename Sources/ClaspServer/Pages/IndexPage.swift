import ClaspPlan
import ClaspQueries
import ClaspSpec
import Hummingbird

/// The plan's classes on a date, filtered by status and searched by title, code and text.
struct IndexPage {
    struct Filter {
        var text: String?
        /// `active`, `all`, or one lineage status name (`abolished`, `merged`, …).
        var status: String
        var asOf: PlanDate?
    }

    static let statuses = ["active", "all", "not-yet-established", "abolished", "merged", "split"]

    let plan: Plan
    let planID: String
    let filter: Filter

    func response(identity: Identity) throws -> Response {
        let snapshot = try plan.current()
        let config = try snapshot.config()
        let date = try filter.asOf ?? PlanQueries.today(snapshot)
        let entries = try ClassCatalog(snapshot: snapshot).entries(on: date)
            .filter { filter.status == "all" || $0.status.name == filter.status }
            .filter { try matches($0, snapshot: snapshot, date: date) }
        let rows = entries.map { entry -> HTML in
            let link = "/plans/\(planID)/classes/\(entry.classID)" + QueryString.make([("as-of", date.iso)])
            return """
                <tr data-class="\(entry.classID)"><td><a href="\(link)">\(entry.title ?? entry.classID)</a></td>\
                <td><code>\(entry.classID)</code></td><td>\(entry.effective?.iso ?? "—")</td>\
                <td><span class="status">\(entry.status.name)</span></td></tr>
                """
        }
        let options = IndexPage.statuses.map { status -> HTML in
            "<option value=\"\(status)\"\(HTML(trusted: status == filter.status ? " selected" : ""))>\(status)</option>"
        }
        let table: HTML = rows.isEmpty
            ? "<p class=\"notice\">No class matches.</p>"
            : "<table class=\"classes\"><thead><tr><th>Title</th><th>Class</th><th>Version in effect</th><th>Status</th></tr></thead><tbody>\(rows)</tbody></table>"
        return PageLayout.page(title: config.agency, identity: identity, plan: planID, body: """
            <form class="filters" method="get" action="/plans/\(planID)">
            <label>Search title, code or text<input type="search" name="q" value="\(filter.text ?? "")"></label>
            <label>Status<select name="status">\(options)</select></label>
            <label>In effect on<input type="date" name="as-of" value="\(date.iso)"></label>
            <button type="submit">Show</button>
            </form>
            <p class="meta">\(entries.count) \(entries.count == 1 ? "class" : "classes") on \(date.iso); plan recorded at commit <code>\(String(snapshot.commit.id.hex.prefix(10)))</code>.</p>
            \(table)
            """)
    }

    /// Case-insensitive search in the class id, the title on the date, and the code and text of the version in effect.
    func matches(_ entry: ClassCatalog.Entry, snapshot: PlanSnapshot, date: PlanDate) throws -> Bool {
        guard let needle = filter.text?.lowercased(), !needle.isEmpty else { return true }
        if entry.classID.contains(needle) || (entry.title?.lowercased().contains(needle) ?? false) { return true }
        guard entry.effective != nil, let spec = try? snapshot.versionInEffect(entry.classID, on: date).spec else { return false }
        if spec.code?.lowercased().contains(needle) ?? false { return true }
        return IndexPage.words(of: spec).contains { $0.lowercased().contains(needle) }
    }

    static func words(of spec: SpecVersion) -> [String] {
        func collect(_ section: Section) -> [String] {
            [section.heading ?? ""] + section.text + section.items.map(\.text) + section.sections.flatMap(collect)
        }
        return spec.sections.flatMap(collect)
    }
}
