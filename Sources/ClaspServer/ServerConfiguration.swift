public import Foundation
public import Logging

/// How `clasp serve` runs: where, which plans, where the accounts live.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// Git directories of the plans to host; each is served under its directory name.
    public var plans: [String]
    /// Holds `accounts.json` (mode 0600), outside every plan.
    public var dataDirectory: String
    public var logLevel: Logger.Level
    /// bcrypt cost for passwords set through the server's account store.
    public var bcryptCost: UInt8
    /// Failed sign-ins allowed per account or client address within five minutes.
    public var loginAttempts: Int
    /// How long a browser session lasts after sign-in, in seconds.
    public var sessionLifetime: TimeInterval
    /// Whether `/public/…` serves the plans' current and past specifications and lineage
    /// without a login (proposals, votes, audit and accounts stay private).
    public var publicSite: Bool
    /// Where to post signed notices of what awaits people (`--webhook`), with the shared secret.
    public var webhook: (url: URL, secret: String)? = nil
    /// The mail relay that carries notices as e-mail (`--smtp`), if any.
    public var mail: SMTPTransport? = nil
    /// With `mail`, one e-mail a day per person listing what awaits them (`--digest daily`)
    /// instead of one per notice.
    public var digest: DigestSchedule? = nil
    /// How often the notifier looks at the proposals.
    public var notifyInterval: Duration = .seconds(5)

    /// Whether `name` is a log level (`trace` … `critical`).
    public static func isLogLevel(_ name: String) -> Bool { Logger.Level(rawValue: name) != nil }

    public init(host: String = "127.0.0.1", port: Int = 8080, plans: [String], dataDirectory: String,
                logLevel: String = "info", bcryptCost: UInt8 = 12, loginAttempts: Int = 5,
                sessionLifetime: TimeInterval = SessionStore.defaultLifetime, publicSite: Bool = false) {
        self.host = host
        self.port = port
        self.plans = plans
        self.dataDirectory = dataDirectory
        self.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        self.bcryptCost = bcryptCost
        self.loginAttempts = loginAttempts
        self.sessionLifetime = sessionLifetime
        self.publicSite = publicSite
    }
}

/// The long-lived parts every handler shares.
public struct ServerServices: Sendable {
    public let hosting: PlanHosting
    public let accounts: AccountStore
    public let sessions: SessionStore
    public let limiter: LoginRateLimiter
    public let publicSite: Bool

    public init(configuration: ServerConfiguration) throws {
        publicSite = configuration.publicSite
        hosting = try PlanHosting(plans: configuration.plans)
        accounts = try AccountStore(directory: configuration.dataDirectory, bcryptCost: configuration.bcryptCost)
        sessions = SessionStore(lifetime: configuration.sessionLifetime)
        limiter = LoginRateLimiter(limit: configuration.loginAttempts)
    }
}
