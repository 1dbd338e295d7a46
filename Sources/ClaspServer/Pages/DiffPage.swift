import ClaspPlan
import ClaspQueries
import ClaspSpec
import Hummingbird

/// Compares any two versions: two dates of one class, or two classes (`class@YYYY-MM-DD`, or a
/// class id alone for the version in effect today).
struct DiffPage {
    let plan: Plan
    let planID: String
    let from: String?
    let to: String?

    func response(identity: Identity) throws -> Response {
        let form: HTML = """
            <form class="filters" method="get" action="/plans/\(planID)/diff">
            <label>From (class or class@date)<input name="from" value="\(from ?? "")" placeholder="accounting-technician@2001-07-01"></label>
            <label>To (class or class@date)<input name="to" value="\(to ?? "")" placeholder="finance-technician@2012-08-25"></label>
            <button type="submit">Compare</button>
            </form>
            """
        guard let from, let to else {
            return PageLayout.page(title: "Compare versions", identity: identity, plan: planID,
                                   body: "\(form)<p class=\"meta\">Name two versions to compare.</p>")
        }
        let snapshot = try plan.current()
        let old = try PlanQueries.version(snapshot, reference: from, asOf: nil)
        let new = try PlanQueries.version(snapshot, reference: to, asOf: nil)
        let set = try Self.twoClasses(from, to) ? SpecDiff().compareClasses(old, new) : SpecDiff().compare(old, new)
        return PageLayout.page(title: "Compare versions", identity: identity, plan: planID, body: """
            \(form)
            <p class="meta">From <strong>\(old.title)</strong> effective \(old.effective.iso) to \
            <strong>\(new.title)</strong> effective \(new.effective.iso).</p>
            \(HTML(trusted: SpecDiffRenderer.html(set)))
            """)
    }

    /// Whether two references (`class` or `class@date`) name different classes, which are
    /// compared section kind by section kind with their key differences first.
    static func twoClasses(_ from: String, _ to: String) -> Bool {
        from.split(separator: "@").first != to.split(separator: "@").first
    }
}
