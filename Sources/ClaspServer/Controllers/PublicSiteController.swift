import ClaspPlan
import ClaspQueries
import ClaspSpec
import Foundation
import Hummingbird

/// The public read-only site (`clasp serve --public`): each plan's classes in effect, each
/// class's published specification on any date with its other versions, and its lineage
/// drawing, for applicants and employees. Only published text is served here: proposals,
/// votes, the audit, history and accounts have no route under `/public`, and the pages carry
/// no commit hashes or roster ids.
struct PublicSiteController {
    let services: ServerServices

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("/public", use: plans)
        routes.get("/public/{plan}", use: index)
        routes.get("/public/{plan}/classes/{class}", use: classPage)
        routes.get("/public/{plan}/classes/{class}/lineage.svg", use: lineage)
        routes.get("/public/{plan}/classes/{class}/changes", use: changes)
        return routes
    }

    @Sendable func plans(_ request: Request, context: AppRequestContext) async throws -> Response {
        var rows: [HTML] = []
        for id in services.hosting.planIDs {
            let agency = try await services.hosting.withPlan(id) { try $0.current().config().agency }
            rows.append("<li><a href=\"/public/\(id)\">\(agency)</a></li>")
        }
        return Self.html(PublicSite.page(title: "Class specifications", body: "<ul>\(rows)</ul>"))
    }

    @Sendable func index(_ request: Request, context: AppRequestContext) async throws -> Response {
        let planID = try context.parameters.require("plan")
        let asOf = try request.query.date("as-of")
        let (agency, body) = try await site(planID) { try $0.index(asOf: asOf, dateForm: true) }
        return Self.html(PublicSite.page(title: "\(agency): class specifications", body: body))
    }

    @Sendable func classPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let classID = try Self.classID(context)
        let asOf = try request.query.date("as-of")
        return Self.html(try await site(try context.parameters.require("plan")) { try $0.spec(classID, asOf: asOf).html })
    }

    /// The redline from the version before `?to=D` to it.
    @Sendable func changes(_ request: Request, context: AppRequestContext) async throws -> Response {
        let classID = try Self.classID(context)
        guard let to = try request.query.date("to") else { throw PlanError.invalidInput("name the version with ?to=YYYY-MM-DD") }
        let (title, body) = try await site(try context.parameters.require("plan")) { try $0.changes(classID, to: to) }
        return Self.html(PublicSite.page(title: title, body: body))
    }

    @Sendable func lineage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let classID = try Self.classID(context)
        let svg = try await site(try context.parameters.require("plan")) { try $0.lineage(classID) }
        return Response(status: .ok, headers: [.contentType: "image/svg+xml"], body: .init(byteBuffer: ByteBuffer(string: svg)))
    }

    private func site<T: Sendable>(_ planID: String, _ body: @escaping @Sendable (PublicSite) throws -> T) async throws -> T {
        try await services.hosting.withPlan(planID) { try body(PublicSite(plan: $0, links: .server(planID))) }
    }

    static func classID(_ context: AppRequestContext) throws -> String { try classID(context.parameters) }

    /// The `{class}` path parameter, refused unless it is a class id.
    static func classID(_ parameters: Parameters) throws -> String {
        let classID = try parameters.require("class")
        guard Slug.isValid(classID) else { throw PlanError.unknownClass(classID) }
        return classID
    }

    static func html(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
