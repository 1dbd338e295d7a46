import ClaspQueries
import Foundation
import Hummingbird

/// `GET /health`: answers 200 while the server runs and can open every plan it hosts.
struct HealthController {
    let services: ServerServices

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("/health") { _, _ -> Response in
            var failing: [String] = []
            for id in services.hosting.planIDs where (try? await services.hosting.withPlan(id, { try $0.mainHead() })) == nil {
                failing.append(id)
            }
            let body = try JSONWire.string(HealthReport(status: failing.isEmpty ? "ok" : "degraded",
                                                        plans: services.hosting.planIDs, failing: failing))
            return Response(status: failing.isEmpty ? .ok : .serviceUnavailable,
                            headers: [.contentType: "application/json; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        return routes
    }
}

struct HealthReport: Codable {
    var status: String
    var plans: [String]
    var failing: [String]
}
