import ClaspQueries
import Foundation
import HTTPTypes
public import Hummingbird

/// Turns every failure into the answer its audience expects: JSON with a stable code under
/// `/api/`, a redirect to the login page for an anonymous page request, and an HTML error
/// page otherwise. Also stamps each response with the request id that its log lines carry.
public struct ErrorPageMiddleware: RouterMiddleware {
    public typealias Context = AppRequestContext
    static let requestIDHeader = HTTPField.Name("X-Request-Id")!

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            let apiError = APIError(error)
            if apiError.status >= 500 {
                context.logger.error("request failed", metadata: ["error": "\(error)", "path": "\(request.uri.path)"])
            } else {
                context.logger.info("request refused", metadata: ["status": "\(apiError.status)", "code": "\(apiError.code)"])
            }
            response = ErrorPageMiddleware.response(for: apiError, request: request, identity: context.identity)
            if case let ServerFailure.tooManyAttempts(seconds)? = error as? ServerFailure { response.headers[.retryAfter] = "\(seconds)" }
        }
        response.headers[ErrorPageMiddleware.requestIDHeader] = context.id
        return response
    }

    /// The error as its audience expects it. A page keeps the site's menu for the signed-in
    /// person (and the plan the path names), so a refusal never strands them.
    static func response(for error: APIError, request: Request, identity: Identity? = nil) -> Response {
        let path = request.uri.path
        if path.hasPrefix("/api/") || path == "/health" { return error.jsonResponse() }
        if error.status == 401 {
            let next = request.method == .get ? request.uri.description : "/"
            return Response.redirect(to: "/login" + QueryString.make([("next", next)]), type: .found)
        }
        let parts = path.split(separator: "/")
        let plan = parts.count >= 2 && parts[0] == "plans" ? String(parts[1]) : nil
        var response = PageLayout.page(title: error.httpStatus.reasonPhrase,
                                       identity: identity, plan: identity == nil || error.code == "unknown-plan" ? nil : plan, body: """
            <p class="error" data-code="\(error.code)">\(error.message)</p>
            <p><a href="/">Back to the plans</a></p>
            """)
        response.status = error.httpStatus
        return response
    }
}
