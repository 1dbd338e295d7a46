public import Hummingbird
public import NIOCore

/// Who is making a request: an account, signed in by a browser session or by an API token.
public struct Identity: Sendable, Equatable {
    public var accountID: String
    /// The browser session, nil for API tokens (which carry no ambient credentials and so need no CSRF token).
    public var session: Session?
}

/// The context of every request: the core storage, the client address (for rate limiting)
/// and, once `AuthenticationMiddleware` has run, the identity and the hosted plans.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?
    public var identity: Identity?
    /// Set by `AuthenticationMiddleware`, so child contexts can read a plan's roster.
    public var hosting: PlanHosting?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// Request bodies are small JSON documents and forms; anything larger is refused with 413.
    public var maxUploadSize: Int { AppRequestContext.uploadLimit }
    public static let uploadLimit = 256 * 1024

    /// The client's address for rate limiting ("unknown" in router tests).
    var clientKey: String { remoteAddress?.ipAddress ?? "unknown" }
}
