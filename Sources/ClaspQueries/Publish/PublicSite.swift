public import ClaspPlan
public import ClaspSpec
import Foundation

/// The public pages of one plan, for the `--public` server routes and for `clasp publish --all`
/// (a static copy for the agency's website). `links` says where pages live: server paths or
/// relative file names.
public struct PublicSite {
    /// Where the public pages of a plan are found.
    public struct Links: Sendable {
        public var index: @Sendable () -> String
        public var spec: @Sendable (_ classID: String, _ effective: PlanDate?) -> String
        public var lineage: @Sendable (_ classID: String) -> String
        /// The changes from the version before `effective` to it; nil where pages have none.
        public var changes: (@Sendable (_ classID: String, _ effective: PlanDate) -> String)? = nil

        /// The server's `/public/{plan}/…` routes.
        public static func server(_ planID: String) -> Links {
            Links(index: { "/public/\(planID)" },
                  spec: { id, date in "/public/\(planID)/classes/\(id)" + (date.map { QueryString.make([("as-of", $0.iso)]) } ?? "") },
                  lineage: { "/public/\(planID)/classes/\($0)/lineage.svg" },
                  changes: { id, date in "/public/\(planID)/classes/\(id)/changes" + QueryString.make([("to", date.iso)]) })
        }

        /// Files beside each other in one folder (`publish --all`).
        public static let files = Links(index: { "index.html" }, spec: { id, date in date.map { "\(id)-\($0.iso).html" } ?? "\(id).html" },
                                        lineage: { "\($0)-lineage.svg" })
    }

    public let plan: Plan
    public let links: Links

    public init(plan: Plan, links: Links) {
        self.plan = plan
        self.links = links
    }

    /// The classes in effect on `date` (default today), titled, with links to their specs.
    public func index(asOf: PlanDate?, dateForm: Bool) throws -> (agency: String, html: HTML) {
        let snapshot = try plan.current()
        let date = try asOf ?? PlanQueries.today(snapshot)
        let graph = try snapshot.lineageGraph()
        let rows = graph.classesInEffect(on: date).compactMap { id -> HTML? in
            guard let title = graph.title(of: id, on: date) else { return nil }
            return "<li><a href=\"\(links.spec(id, dateForm ? date : nil))\">\(title)</a></li>"
        }
        let form: HTML = dateForm ? """
            <form method="get" action="\(links.index())"><label>In effect on <input type="date" name="as-of" value="\(date.iso)"></label> \
            <button type="submit">Show</button></form>
            """ : ""
        return (try snapshot.config().agency, "<p>Classes in effect on \(date.iso).</p>\(form)<ul class=\"classes\">\(rows)</ul>")
    }

    /// One class's publication on `asOf`, with links to its other versions and its lineage.
    public func spec(_ classID: String, asOf: PlanDate?, history: [RecordedChange]? = nil) throws -> SpecPublication.Page {
        let publication = try SpecPublication.load(plan, classID: classID, asOf: asOf, history: history)
        let dates = try plan.current().effectiveDates(classID)
        let snapshot = try plan.current()
        let onFile = try dates.map { try snapshot.version(classID, effective: $0).textOnFile }
        let items = dates.indices.reversed().map { index -> HTML in
            let date = dates[index]
            let current: HTML = date == publication.version.effective ? " (shown)" : ""
            let changes: HTML = index > 0 && onFile[index] && onFile[index - 1]
                ? links.changes.map { " · <a href=\"\($0(classID, date))\">changes from \(dates[index - 1].iso)</a>" } ?? "" : ""
            return "<li><a href=\"\(links.spec(classID, date))\">\(date.iso)</a>\(current)\(changes)</li>"
        }
        let navigation: HTML = """
            <h2>Versions</h2><ul>\(items)</ul>
            <h2>Lineage</h2><p><img src="\(links.lineage(classID))" alt="Lineage of \(publication.version.title)" style="max-width:100%"></p>
            <p><a href="\(links.index())">All classes</a></p>
            """
        return SpecPublication.Page(publication: publication, html: publication.html(navigation: navigation), dates: dates)
    }

    /// What changed from the version before `effective` to it, as a redline.
    public func changes(_ classID: String, to effective: PlanDate) throws -> (title: String, html: HTML) {
        let (old, new) = try plan.previousAndCurrent(classID, on: effective)
        let comparison = try plan.compare(old, new)
        return ("\(comparison.new.spec.title): changes effective \(comparison.new.effective.iso)", """
            <p>From the version effective \(comparison.old.effective.iso) to the version effective \(comparison.new.effective.iso).</p>
            \(HTML(trusted: SpecDiffRenderer.html(comparison.changes)))
            <p><a href="\(links.spec(classID, effective))">The specification effective \(effective.iso)</a></p>
            """)
    }

    /// The class's lineage drawing.
    public func lineage(_ classID: String) throws -> String {
        let graph = try plan.current().lineageGraph()
        guard graph.contains(classID) else { throw PlanError.unknownClass(classID) }
        return LineageSVGRenderer().render(graph, root: classID)
    }

    /// A standalone page around `body`, in the publications' style.
    public static func page(title: String, body: HTML) -> String {
        let html: HTML = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <link rel="icon" href="data:,"><title>\(title)</title><style>\(SpecPublication.stylesheet)</style></head>
            <body><main><h1>\(title)</h1>\(body)</main></body></html>
            """
        return html.rendered
    }
}

extension SpecPublication {
    /// A rendered public page with what it was made from.
    public struct Page: Sendable {
        public var publication: SpecPublication
        public var html: String
        /// Every effective date of the class, oldest first.
        public var dates: [PlanDate]
    }
}
