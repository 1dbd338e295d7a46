/// Refusals that belong to the service rather than to a plan: unknown plans and proposals,
/// missing sign-in, roles, CSRF, rate limits and bad request bodies.
public enum ServerFailure: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownPlan(String)
    case notFound(String)
    /// No session or token; pages redirect to the login page, the API answers 401.
    case unauthenticated
    /// Signed in, but the plan's roster does not give the person what the action needs.
    case forbidden(String)
    case csrfRejected
    case tooManyAttempts(retryAfterSeconds: Int)
    case badRequest(String)
    case payloadTooLarge(limit: Int)
    case invalidCredentials

    public var description: String {
        switch self {
        case let .unknownPlan(id): return "this server hosts no plan '\(id)'"
        case let .notFound(what): return "not found: \(what)"
        case .unauthenticated: return "sign in first: use the login page, or send 'Authorization: Bearer <token>'"
        case let .forbidden(reason): return reason
        case .csrfRejected: return "the form was not sent from this site (missing or wrong CSRF token); reload the page and try again"
        case let .tooManyAttempts(seconds): return "too many failed sign-in attempts; try again in \(seconds) seconds"
        case let .badRequest(message): return message
        case let .payloadTooLarge(limit): return "the request body is larger than the \(limit) bytes this server accepts"
        case .invalidCredentials: return "unknown account or wrong password"
        }
    }
}
