import ClaspPlan
import ClaspQueries
import ClaspSpec
import Foundation
import Hummingbird

/// The HTML pages: plan list, class index with search, class page, diff and lineage. Each is
/// usable without JavaScript and prints cleanly.
struct PageController {
    let services: ServerServices

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("/", use: home)
        let plan = routes.group("/plans/{plan}", context: PlanMemberContext.self)
        plan.get(use: index)
        plan.get("/classes/{class}", use: classPage)
        plan.get("/classes/{class}/publish", use: publication)
        plan.get("/packet", use: packet)
        plan.get("/diff", use: diffPage)
        plan.get("/lineage", use: lineagePage)
        return routes
    }

    /// The class as the agency publishes it (`?as-of=D`): a standalone document for printing.
    @Sendable func publication(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let classID = try context.parameters.require("class")
        guard Slug.isValid(classID) else { throw PlanError.unknownClass(classID) }
        let asOf = try request.query.date("as-of")
        let html = try await context.withPlan { try SpecPublication.load($0, classID: classID, asOf: asOf).html() }
        return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// The agenda packet of the proposals awaiting a stage (`?stage=commission`), for printing.
    @Sendable func packet(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let stage = request.query.string("stage").flatMap { $0.isEmpty ? nil : $0 }
        let html = try await context.withPlan { try AgendaPacket.load($0, stage: stage).html() }
        return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    @Sendable func home(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw ServerFailure.unauthenticated }
        var rows: [HTML] = []
        for id in services.hosting.planIDs {
            let row = try await services.hosting.withPlan(id) { plan -> HTML? in
                let snapshot = try plan.current()
                guard let person = try snapshot.roster().person(identity.accountID) else { return nil }
                let roles = person.roles.map(\.rawValue).joined(separator: ", ")
                return """
                    <tr><td><a href="/plans/\(id)">\(try snapshot.config().agency)</a></td><td>\(id)</td>\
                    <td>\(try snapshot.classIDs().count)</td><td>\(roles)</td></tr>
                    """
            }
            if let row { rows.append(row) }
        }
        let body: HTML = rows.isEmpty
            ? "<p class=\"notice\">Your account is not in the roster of any plan on this server.</p>"
            : "<table><thead><tr><th>Agency</th><th>Plan</th><th>Classes</th><th>Your roles</th></tr></thead><tbody>\(rows)</tbody></table>"
        return PageLayout.page(title: "Plans", identity: identity, body: body)
    }

    @Sendable func index(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let query = request.query
        let filter = IndexPage.Filter(text: query.string("q"), status: query.string("status") ?? "active",
                                      asOf: try query.date("as-of"))
        return try await context.withPlan { plan in
            try IndexPage(plan: plan, planID: context.planID, filter: filter).response(identity: context.identity)
        }
    }

    @Sendable func classPage(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let query = request.query
        let classID = try context.parameters.require("class")
        let asOf = try query.date("as-of"), knownOn = try query.date("as-known-on")
        // Without as-of the answer depends on today in the plan's time zone: key by the minute,
        // which every time zone's midnight falls on.
        let today = asOf == nil ? "minute-\(Int(Date().timeIntervalSince1970 / 60))" : ""
        let body = try await context.hosting.cachedRead(context.planID, key: "class-page|\(classID)|\(asOf?.iso ?? today)|\(knownOn?.iso ?? "")") { plan in
            try ClassPage(plan: plan, planID: context.planID, classID: classID, asOf: asOf, asKnownOn: knownOn).body()
        }
        // Open proposals change without main moving, so they are read outside the cached body.
        let pending = try await context.withPlan { try $0.proposalListings(state: .open).filter { $0.classIDs.contains(classID) } }
        let items = pending.map { listing -> HTML in
            "<li><a href=\"/plans/\(context.planID)/proposals/\(listing.number)\">Proposal \(listing.number)</a>: \(listing.kind.rawValue)\(listing.effective.map { " effective \($0.iso)" } ?? "") (\(listing.reason.split(separator: "\n").first.map(String.init) ?? ""))</li>"
        }
        let pendingHTML: HTML = pending.isEmpty ? "" : "<section class=\"pending\" id=\"pending\"><h2>Pending proposals</h2><ul>\(items)</ul></section>"
        return PageLayout.page(title: body.title, identity: context.identity, plan: context.planID, body: "\(pendingHTML)\(body.html)")
    }

    @Sendable func diffPage(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let query = request.query
        let from = query.string("from"), to = query.string("to")
        return try await context.withPlan { plan in
            try DiffPage(plan: plan, planID: context.planID, from: from, to: to).response(identity: context.identity)
        }
    }

    @Sendable func lineagePage(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let graph = try await context.withPlan { try $0.current().lineageGraph() }
        let svg = LineageSVGEmbedding.inline(LineageSVGRenderer().render(graph, root: nil))
        return PageLayout.page(title: "Lineage of all classes", identity: context.identity, plan: context.planID,
                               body: "<div class=\"svg-wrap\">\(svg)</div>")
    }
}

/// Puts a standalone SVG document inside a page: the XML declaration goes, the drawing stays.
/// The renderer escapes every label itself, so its markup is trusted.
enum LineageSVGEmbedding {
    static func inline(_ document: String) -> HTML {
        var svg = document
        if svg.hasPrefix("<?xml"), let end = svg.range(of: "?>") { svg.removeSubrange(svg.startIndex..<end.upperBound) }
        return HTML(trusted: svg.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
