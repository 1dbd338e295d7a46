import ClaspPlan
import Foundation
public import Hummingbird
import Logging

/// Builds the service: the router with its middleware and controllers, bound to the
/// configured address. `runService()` on the result serves until SIGINT or SIGTERM and then
/// shuts down gracefully (in-flight requests finish).
///
/// - Throws: `PlanError.notAPlan` for a plan path that is not a plan.
public func buildApplication(configuration: ServerConfiguration,
                             onListening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws -> some ApplicationProtocol {
    var logger = Logger(label: "clasp.server")
    logger.logLevel = configuration.logLevel
    let services = try ServerServices(configuration: configuration)
    // With a digest, e-mail goes out once a day; the webhook stays immediate.
    let digest = configuration.digest.flatMap { schedule in configuration.mail.map { (mail: $0, schedule: schedule) } }
    let transports: [any NoticeTransport] = (configuration.webhook.map { [WebhookTransport(url: $0.url, secret: $0.secret)] } ?? [])
        + (digest == nil ? configuration.mail.map { [$0] } ?? [] : [])
    if !transports.isEmpty || digest != nil {
        let ledger = URL(fileURLWithPath: configuration.dataDirectory).appendingPathComponent("notifications.json").path
        let notifier = try ProposalNotifier(hosting: services.hosting, transport: NoticeFanOut(transports),
                                            options: .init(ledgerPath: ledger, digest: digest))
        let interval = configuration.notifyInterval
        // Lives as long as the process; the first poll only learns the current state.
        Task.detached { await notifier.run(every: interval) }
        logger.info("notifying", metadata: ["webhook": "\(configuration.webhook?.url.absoluteString ?? "none")",
                                            "smtp": "\(configuration.mail.map { "\($0.host):\($0.port)" } ?? "none")",
                                            "digest": "\(digest.map { "daily at minute \($0.schedule.minuteOfDay) UTC" } ?? "none")"])
    }
    logger.info("hosting plans", metadata: ["plans": "\(services.hosting.planIDs.joined(separator: ", "))"])
    var app = Application(
        router: buildRouter(services: services),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "clasp"),
        onServerRunning: { channel in await onListening(channel.localAddress?.port ?? 0) },
        logger: logger
    )
    app.logger.info("clasp serving", metadata: ["host": "\(configuration.host)", "port": "\(configuration.port)"])
    return app
}

/// The router: logging and error answers around everything, then identity and CSRF, then the
/// controllers' endpoints.
public func buildRouter(services: ServerServices) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: LogRequestsMiddleware(.info))
    router.add(middleware: ErrorPageMiddleware())
    router.add(middleware: AuthenticationMiddleware(services: services))
    // Again inside authentication, so that an error page answering a signed-in person's request
    // keeps their menu; the outer one answers failures of authentication itself.
    router.add(middleware: ErrorPageMiddleware())
    router.add(middleware: CSRFMiddleware())
    router.addRoutes(HealthController(services: services).endpoints)
    router.addRoutes(SessionController(services: services).endpoints)
    router.addRoutes(PageController(services: services).endpoints)
    router.addRoutes(ProposalPageController(services: services).endpoints)
    router.addRoutes(LineagePageController(services: services).endpoints)
    router.addRoutes(DraftPageController(services: services).endpoints)
    if services.publicSite { router.addRoutes(PublicSiteController(services: services).endpoints) }
    router.addRoutes(APIController(services: services).endpoints, atPath: "/api/v1")
    router.addRoutes(ApprovalAPIController(services: services).endpoints, atPath: "/api/v1")
    return router
}

/// Serves until SIGINT or SIGTERM, then drains in-flight requests and returns.
///
/// - Parameter onListening: called with the bound port (useful with port 0).
public func runServer(configuration: ServerConfiguration, onListening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
    let app = try await buildApplication(configuration: configuration, onListening: onListening)
    try await app.runService()
}
