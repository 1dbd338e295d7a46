import ClaspTestSupport
import Foundation
import Testing

/// The demo plans (`clasp demo`) in a unique temporary directory, with an account and an API
/// token for every Roseville roster id made by `clasp accounts`, served by a real `clasp serve`
/// child process: the deployment an auditor would test, driven only through its public surfaces.
final class LivePlan: @unchecked Sendable {
    // @unchecked: every stored property is immutable after init.
    let directory: TemporaryDirectory
    let tokens: [String: String]
    static let password = "correct-horse-battery-staple"
    /// Roseville's roster ids (analysts aortiz, bchen; committee cmorgan, dpatel, ejohnson;
    /// commissioners fgarcia, gkim, hlopez; admin; auditor) and `outsider`, in no roster.
    static let accounts = ["admin", "aortiz", "bchen", "cmorgan", "dpatel", "ejohnson", "fgarcia", "gkim", "hlopez", "auditor", "outsider"]

    init(accounts: [String] = LivePlan.accounts) throws {
        directory = try TemporaryDirectory("clasp-live")
        let demo = try LivePlan.clasp(["demo", directory.path("plans")])
        try #require(demo.status == 0, "\(demo.stderr)")
        var tokens: [String: String] = [:]
        for account in accounts {
            let added = try ProcessRunner.run(PackagePaths.claspExecutable, ["accounts", "add", account, "--data", directory.path("data"), "--password-stdin"],
                                              input: Data((LivePlan.password + "\n").utf8))
            try #require(added.status == 0, "\(added.stderr)")
            let token = try LivePlan.clasp(["accounts", "token", account, "--data", directory.path("data"), "--label", "test"])
            tokens[account] = token.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        self.tokens = tokens
    }

    /// Roseville's git directory.
    var gitDir: String { directory.path("plans/roseville") }
    var dataDir: String { directory.path("data") }

    /// Starts `clasp serve` on the plans and the data directory.
    func serve(_ extra: [String] = []) async throws -> LiveServer {
        try await LiveServer(["--plans", directory.path("plans"), "--data", dataDir] + extra)
    }

    func token(_ account: String) throws -> String { try #require(tokens[account]) }

    /// `clasp audit verify` on Roseville, run by the CLI straight on the repository.
    func auditVerify() throws -> ProcessResult { try LivePlan.clasp(["--plan", gitDir, "audit", "verify"]) }

    static func clasp(_ arguments: [String]) throws -> ProcessResult {
        try ProcessRunner.run(PackagePaths.claspExecutable, arguments, environment: ["CLASP_PLAN": "", "CLASP_USER": "", "CLASP_SERVER": "", "CLASP_TOKEN": ""])
    }

    /// A proposal body revising Finance Technician from `effective`, its definition reworded with `words`.
    func proposalBody(effective: String, words: String) throws -> String {
        let shown = try LivePlan.clasp(["--plan", gitDir, "show", "finance-technician", "--as-of", "2019-08-01", "--format", "yaml"])
        try #require(shown.status == 0, "\(shown.stderr)")
        let spec = shown.stdout.replacingOccurrences(of: "effective: 2019-07-16", with: "effective: \(effective)")
            .replacingOccurrences(of: "To perform a variety of complex", with: "To perform (\(words)) a variety of complex")
        return jsonBody(["class": "finance-technician", "spec": spec, "reason": "Reliability test: \(words)"])
    }

    /// Opens a proposal through the server as aortiz; returns its number.
    func open(on server: LiveServer, effective: String, words: String) async throws -> Int {
        let reply = try #require(try await server.call("POST", "/api/v1/plans/roseville/proposals", token: token("aortiz"),
                                                  json: proposalBody(effective: effective, words: words)))
        try #require(reply.status == 201, "\(reply.text)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(reply.body)) as? [String: Any])
        return try #require(object["proposal"] as? Int)
    }
}

extension HTTPReply {
    /// A refusal the way the API promises it: a 4xx with a JSON error body naming a code and a reason.
    var isClearRefusal: Bool {
        (400..<500).contains(status) && !(errorCode ?? "").isEmpty && !(errorMessage ?? "").isEmpty
    }
}
