import ClaspPlan
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
        return routes
    }

    @Sendable func plans(_ request: Request, context: AppRequestContext) async throws -> Response {
        let rows = try services.hosting.planIDs.map { id -> HTML in
            let agency = try services.hosting.withPlan(id) { try $0.current().config().agency }
            return "<li><a href=\"/public/\(id)\">\(agency)</a></li>"
        }
        return Self.page(title: "Class specifications", body: "<ul>\(rows)</ul>")
    }

    @Sendable func index(_ request: Request, context: AppRequestContext) async throws -> Response {
        let planID = try context.parameters.require("plan")
        let asOf = try request.query.date("as-of")
        let (agency, date, rows) = try services.hosting.withPlan(planID) { plan -> (String, PlanDate, [HTML]) in
            let snapshot = try plan.current()
            let date = try asOf ?? PlanQueries.today(snapshot)
            let graph = try snapshot.lineageGraph()
            let rows = graph.classesInEffect(on: date).compactMap { id -> HTML? in
                guard let title = graph.title(of: id, on: date) else { return nil }
                return "<li><a href=\"/public/\(planID)/classes/\(id)\(QueryString.make([("as-of", date.iso)]))\">\(title)</a></li>"
            }
            return (try snapshot.config().agency, date, rows)
        }
        return Self.page(title: "\(agency): class specifications", body: """
            <p>Classes in effect on \(date.iso).</p>
            <form method="get" action="/public/\(planID)"><label>In effect on <input type="date" name="as-of" value="\(date.iso)"></label> \
            <button type="submit">Show</button></form>
            <ul class="classes">\(rows)</ul>
            """)
    }

    @Sendable func classPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let planID = try context.parameters.require("plan")
        let classID = try Self.classID(context)
        let asOf = try request.query.date("as-of")
        let html = try services.hosting.withPlan(planID) { plan -> String in
            let publication = try SpecPublication.load(plan, classID: classID, asOf: asOf)
            let dates = try plan.current().effectiveDates(classID)
            let links = dates.reversed().map { date -> HTML in
                let current: HTML = date == publication.version.effective ? " (shown)" : ""
                return "<li><a href=\"/public/\(planID)/classes/\(classID)\(QueryString.make([("as-of", date.iso)]))\">\(date.iso)</a>\(current)</li>"
            }
            let navigation: HTML = """
                <h2>Versions</h2><ul>\(links)</ul>
                <h2>Lineage</h2><p><img src="/public/\(planID)/classes/\(classID)/lineage.svg" alt="Lineage of \(publication.version.title)" style="max-width:100%"></p>
                <p><a href="/public/\(planID)">All classes</a></p>
                """
            return publication.html(navigation: navigation)
        }
        return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    @Sendable func lineage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let planID = try context.parameters.require("plan")
        let classID = try Self.classID(context)
        let svg = try services.hosting.withPlan(planID) { plan -> String in
            let graph = try plan.current().lineageGraph()
            guard graph.contains(classID) else { throw PlanError.unknownClass(classID) }
            return LineageSVGRenderer().render(graph, root: classID)
        }
        return Response(status: .ok, headers: [.contentType: "image/svg+xml"], body: .init(byteBuffer: ByteBuffer(string: svg)))
    }

    static func classID(_ context: AppRequestContext) throws -> String {
        let classID = try context.parameters.require("class")
        guard Slug.isValid(classID) else { throw PlanError.unknownClass(classID) }
        return classID
    }

    static func page(title: String, body: HTML) -> Response {
        let html: HTML = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <link rel="icon" href="data:,"><title>\(title)</title><style>\(SpecPublication.stylesheet)</style></head>
            <body><main><h1>\(title)</h1>\(body)</main></body></html>
            """
        return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html.rendered)))
    }
}
