public import Foundation
public import Hummingbird

/// Names the cookies the service sets.
enum CookieName {
    static let session = "clasp_session"
    /// Double-submit token for the login form, which is posted before any session exists.
    static let loginCSRF = "clasp_login_csrf"
}

/// Resolves the identity of a request from its session cookie or its bearer token; a request
/// with neither goes on anonymous, and the routes that need a person refuse it.
public struct AuthenticationMiddleware: RouterMiddleware {
    public typealias Context = AppRequestContext
    let services: ServerServices

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.hosting = services.hosting
        if let header = request.headers[.authorization] {
            guard header.hasPrefix("Bearer "), let account = services.accounts.accountID(forToken: String(header.dropFirst(7))) else {
                throw ServerFailure.unauthenticated
            }
            context.identity = Identity(accountID: account, session: nil)
        } else if let id = request.cookies[CookieName.session]?.value, let session = services.sessions.session(id),
                  services.accounts.account(session.accountID) != nil {
            context.identity = Identity(accountID: session.accountID, session: session)
        }
        return try await next(request, context)
    }
}
