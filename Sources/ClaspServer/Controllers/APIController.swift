import ClaspPlan
import ClaspQueries
import ClaspSpec
import Foundation
import Hummingbird

/// The JSON API under `/api/v1`: what the CLI's read commands answer, for any plan the caller
/// is in the roster of. Every read endpoint takes `format` (json, or the CLI's text forms), so
/// a remote command prints what a local one does.
struct APIController {
    let services: ServerServices

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("/openapi.yaml") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
                     body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.yaml)))
        }
        routes.get("/me", use: me)
        routes.get("/plans", use: plans)
        let plan = routes.group("/plans/{plan}", context: PlanMemberContext.self)
        plan.get(use: planSummary)
        plan.get("/classes", use: list)
        plan.get("/classes/{class}", use: show)
        plan.get("/classes/{class}/history", use: history)
        plan.get("/classes/{class}/lineage", use: lineage)
        plan.get("/diff", use: diff)
        plan.get("/check", use: check)
        return routes
    }

    /// Plans the caller is in the roster of, with their roles in each.
    @Sendable func me(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw ServerFailure.unauthenticated }
        var memberships: [MeReport.Membership] = []
        for id in services.hosting.planIDs {
            let person = try await services.hosting.withPlan(id) { try $0.current().roster().person(identity.accountID) }
            if let person { memberships.append(MeReport.Membership(plan: id, name: person.name, roles: person.roles.map(\.rawValue))) }
        }
        return try APIController.json(MeReport(account: identity.accountID, plans: memberships))
    }

    @Sendable func plans(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw ServerFailure.unauthenticated }
        var summaries: [PlanSummary] = []
        for id in services.hosting.planIDs {
            let summary = try await services.hosting.withPlan(id) { plan -> PlanSummary? in
                try plan.current().roster().person(identity.accountID) == nil ? nil : PlanQueries.summary(plan, id: id)
            }
            if let summary { summaries.append(summary) }
        }
        return try APIController.json(summaries)
    }

    @Sendable func planSummary(_ request: Request, context: PlanMemberContext) async throws -> Response {
        try await APIController.json(context.withPlan { try PlanQueries.summary($0, id: context.planID) })
    }

    @Sendable func list(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let query = request.query
        let format = try query.format(["json", "text"])
        let report = try await context.withPlan {
            try PlanQueries.list($0, asOf: query.date("as-of"), asKnownOn: query.date("as-known-on"), all: query.flag("all"))
        }
        return try format == "text" ? APIController.text(report.text) : APIController.json(report)
    }

    @Sendable func show(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let query = request.query
        let format = try query.format(["json", "text", "markdown", "yaml"])
        let classID = try context.parameters.require("class")
        let asOf = try query.date("as-of"), knownOn = try query.date("as-known-on")
        // Without as-of the answer depends on today in the plan's time zone: key by the minute,
        // which every time zone's midnight falls on.
        let today = asOf == nil ? "minute-\(Int(Date().timeIntervalSince1970 / 60))" : ""
        let body = try await context.hosting.cachedRead(context.planID, key: "show|\(classID)|\(asOf?.iso ?? today)|\(knownOn?.iso ?? "")|\(format)") { plan in
            let report = try PlanQueries.show(plan, classID: classID, asOf: asOf, asKnownOn: knownOn)
            return try report.rendered(format) ?? (JSONWire.string(report) + "\n")
        }
        return APIController.text(body, type: format == "json" ? "application/json; charset=utf-8" : "text/plain; charset=utf-8")
    }

    @Sendable func history(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let format = try request.query.format(["json", "text"])
        let classID = try context.parameters.require("class")
        if request.query.flag("follow") {
            let groups = try await context.withPlan { try FollowedHistory.follow($0, classID: classID) }
            return try format == "text" ? APIController.text(FollowedHistory.text(groups)) : APIController.json(groups)
        }
        let entries = try await context.withPlan { try PlanQueries.history($0, classID: classID) }
        return try format == "text" ? APIController.text(HistoryReport.text(entries)) : APIController.json(entries)
    }

    @Sendable func lineage(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let query = request.query
        let format = try query.format(["json", "svg", "text"])
        let classID = try context.parameters.require("class")
        let asOf = try query.date("as-of")
        let graph = try await context.withPlan { plan -> LineageGraph in
            let snapshot = try plan.current()
            guard try snapshot.hasClass(classID) else { throw PlanError.unknownClass(classID) }
            return try snapshot.lineageGraph()
        }
        switch format {
        case "svg":
            return Response(status: .ok, headers: [.contentType: "image/svg+xml"],
                            body: .init(byteBuffer: ByteBuffer(string: LineageSVGRenderer().render(graph, root: classID))))
        case "text": return APIController.text(LineageTextRenderer().render(graph, root: classID, asOf: asOf))
        default:
            return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: LineageJSONRenderer().render(graph, root: classID, asOf: asOf))))
        }
    }

    /// `?from=class[@date]&to=class[@date]`: the semantic diff between two versions.
    @Sendable func diff(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let query = request.query
        let format = try query.format(["json", "markdown", "html", "text"])
        guard let from = query.string("from"), let to = query.string("to") else {
            throw PlanError.invalidInput("name two versions: ?from=class-id@YYYY-MM-DD&to=class-id@YYYY-MM-DD")
        }
        let asOf = try query.date("as-of")
        let (old, new) = try await context.withPlan { plan in
            let snapshot = try plan.current()
            return (try PlanQueries.version(snapshot, reference: from, asOf: asOf),
                    try PlanQueries.version(snapshot, reference: to, asOf: asOf))
        }
        let set = try DiffPage.twoClasses(from, to) ? SpecDiff().compareClasses(old, new) : SpecDiff().compare(old, new)
        switch format {
        case "markdown": return APIController.text(SpecDiffRenderer.markdown(set, title: "\(from) → \(to)"))
        case "html": return APIController.text(SpecDiffRenderer.html(set), type: "text/html; charset=utf-8")
        case "text": return APIController.text(SpecDiffRenderer.text(set, colour: false))
        default:
            return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: SpecDiffRenderer.json(set))))
        }
    }

    @Sendable func check(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let format = try request.query.format(["json", "text"])
        let report = try await context.withPlan { try PlanQueries.check($0) }
        return try format == "text" ? APIController.text(report.text) : APIController.json(report)
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        var body = try JSONWire.string(value)
        body += "\n"
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    static func text(_ text: String, type: String = "text/plain; charset=utf-8") -> Response {
        Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// Decodes a JSON body within the size limit; malformed JSON is a 400 naming the problem.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request, limit: Int) async throws -> T {
        var request = request
        let body = try await request.readBody(upTo: limit)
        return try JSONDecoder().decode(T.self, from: Data(body.readableBytesView))
    }
}

/// `GET /api/v1/me`.
struct MeReport: Codable {
    struct Membership: Codable { var plan: String; var name: String; var roles: [String] }
    var account: String
    var plans: [Membership]
}
