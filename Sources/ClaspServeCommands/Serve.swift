import ArgumentParser
import ClaspCLI
import ClaspPlan
import ClaspServer
import ClaspSpec
import Foundation

extension Clasp {
    /// `clasp serve`: the web service for the committee and auditors, and the API remote mode uses.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Serve plans over HTTP: HTML pages and the JSON API under /api/v1.",
            discussion: """
                Accounts live in the data directory (accounts.json, mode 0600), outside every plan; manage them with \
                clasp accounts. Roles come from each plan's roster. Stops gracefully on SIGINT or SIGTERM.

                Notices (a stage opened for someone's vote, a proposal revised, rejected, adopted, withdrawn or gone \
                stale) go to --webhook as signed JSON and, with --smtp, by e-mail to each person told.

                Examples:
                  clasp serve --plans demo-plans --port 8080
                  clasp --plan demo-plans/roseville serve --data /var/lib/clasp
                  clasp serve --plans plans --public --smtp smtp://relay.example \\
                    --mail-from clasp@city.example
                """)

        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Option(help: ArgumentHelp("Serve every plan in this directory.", valueName: "dir"))
        var plans: String?

        @Option(help: "Address to listen on.")
        var host = "127.0.0.1"

        @Option(help: "Port to listen on (0 picks a free one).")
        var port = 8080

        @Option(help: ArgumentHelp("Directory holding accounts.json (default: $CLASP_DATA or ./clasp-data).", valueName: "dir"))
        var data: String?

        @Option(help: ArgumentHelp("Log level: trace, debug, info, notice, warning, error or critical.", valueName: "level"))
        var logLevel = "info"

        @Option(name: .customLong("session-ttl"), help: ArgumentHelp("How long a browser session lasts, in seconds.", valueName: "seconds"))
        var sessionTTL = Int(SessionStore.defaultLifetime)

        @Option(help: ArgumentHelp("Post a signed JSON notice here when a stage opens for someone's vote, or a proposal is revised, rejected, adopted, withdrawn or goes stale.", valueName: "url"))
        var webhook: String?

        @Option(name: .customLong("webhook-secret-file"), help: ArgumentHelp("File holding the webhook's shared secret (X-Clasp-Signature: sha256=HMAC).", valueName: "file"))
        var webhookSecretFile: String?

        @Option(help: ArgumentHelp("E-mail each notice, one message per person, through this relay (smtp://host[:port]).", valueName: "url"))
        var smtp: String?

        @Option(name: .customLong("mail-from"), help: ArgumentHelp("The sender address of notices sent by e-mail.", valueName: "address"))
        var mailFrom: String?

        @Option(help: ArgumentHelp("'daily': instead of one e-mail per notice, one e-mail a day per person listing what awaits them (the webhook stays immediate).", valueName: "daily"))
        var digest: String?

        @Option(name: .customLong("digest-time"), help: ArgumentHelp("When the daily digest goes out, in UTC (default 07:00).", valueName: "HH:MM"))
        var digestTime: String?

        @Option(name: .customLong("site-url"), help: ArgumentHelp("The server's address as people reach it, for links in e-mail (default: http://HOST:PORT).", valueName: "url"))
        var siteURL: String?

        @Flag(help: "Also serve the current and past specifications and lineage at /public without a login.")
        var `public` = false

        @Option(help: ArgumentHelp("Failed sign-ins allowed per account or client address within five minutes.", valueName: "count"))
        var loginAttempts = 5

        func validate() throws {
            guard sessionTTL > 0 else { throw ValidationError("--session-ttl must be a positive number of seconds") }
            guard loginAttempts > 0 else { throw ValidationError("--login-attempts must be positive") }
            guard (0...65535).contains(port) else { throw ValidationError("--port \(port) is not a TCP port") }
            guard ServerConfiguration.isLogLevel(logLevel) else { throw ValidationError("--log-level '\(logLevel)' is not a log level") }
            if (webhook == nil) != (webhookSecretFile == nil) { throw ValidationError("--webhook and --webhook-secret-file go together") }
            if (smtp == nil) != (mailFrom == nil) { throw ValidationError("--smtp and --mail-from go together") }
            if let smtp, SMTPTransport(url: smtp, from: "", siteURL: "") == nil { throw ValidationError("--smtp '\(smtp)' is not smtp://host[:port]") }
            if let digest, digest != "daily" { throw ValidationError("--digest '\(digest)' is not 'daily'") }
            if digest != nil, smtp == nil { throw ValidationError("--digest needs --smtp and --mail-from: the digest is e-mail") }
            if let digestTime {
                guard digest != nil else { throw ValidationError("--digest-time goes with --digest daily") }
                guard DigestSchedule(time: digestTime) != nil else { throw ValidationError("--digest-time '\(digestTime)' is not HH:MM (00:00 to 23:59)") }
            }
            if let webhook, URL(string: webhook)?.scheme.map({ ["http", "https"].contains($0) }) != true {
                throw ValidationError("--webhook '\(webhook)' is not an http or https URL")
            }
        }

        func run() async throws {
            let context = CommandContext(global)
            let paths: [String]
            if let plans {
                paths = try PlanHosting.plans(in: Console.current.path(plans))
                guard !paths.isEmpty else { throw CommandFailure("\(plans) holds no plans") }
            } else if let single = context.planPath {
                paths = [Console.current.path(single)]
            } else {
                throw ValidationError("name what to serve: --plans DIR or --plan PATH")
            }
            var configuration = ServerConfiguration(host: host, port: port, plans: paths, dataDirectory: DataDirectory.resolve(data),
                                                    logLevel: logLevel, loginAttempts: loginAttempts,
                                                    sessionLifetime: TimeInterval(sessionTTL), publicSite: `public`)
            if let webhook, let webhookSecretFile {
                guard let secret = FileManager.default.contents(atPath: Console.current.path(webhookSecretFile)).map({ String(decoding: $0, as: UTF8.self).trimmingWhitespace }),
                      !secret.isEmpty else {
                    throw CommandFailure("cannot read a secret from \(webhookSecretFile)")
                }
                configuration.webhook = (URL(string: webhook)!, secret)
            }
            if let smtp, let mailFrom {
                configuration.mail = SMTPTransport(url: smtp, from: mailFrom, siteURL: siteURL ?? "http://\(host):\(port)")
            }
            if digest != nil { configuration.digest = digestTime.flatMap(DigestSchedule.init(time:)) ?? DigestSchedule() }
            let console = Console.current
            try await runServer(configuration: configuration) { port in
                console.printError("clasp: serving \(Plural.count(paths.count, "plan", "plans")) at http://\(host):\(port)")
            }
        }
    }
}

/// Where the server keeps its accounts.
enum DataDirectory {
    static func resolve(_ option: String?) -> String {
        let console = Console.current
        return console.path(option ?? console.variable("CLASP_DATA") ?? "clasp-data")
    }
}
