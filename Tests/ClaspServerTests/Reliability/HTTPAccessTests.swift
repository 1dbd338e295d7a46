import ClaspServer
import ClaspTestSupport
import Foundation
import Testing

/// Access rules through a real `clasp serve` process over HTTP: roles from the roster in force,
/// authentication, session expiry, hashed secrets, login rate limits and roster removal.
@Suite struct HTTPAccessTests {
    @Test func everyWriteRouteRefusesTheWrongRoleAndTheUnauthenticatedAndWritesNothing() async throws {
        let live = try LivePlan()
        let routes = WriteRoute.all(proposalBody: try live.proposalBody(effective: "2031-01-01", words: "access"),
                                    revisionBody: try live.proposalBody(effective: "2026-07-01", words: "revised"))
        let services = try ServerServices(configuration: ServerConfiguration(port: 0, plans: [live.gitDir], dataDirectory: live.directory.path("router-data")))
        let uncovered = WriteRoute.uncovered(by: routes, router: buildRouter(services: services))
        #expect(uncovered.isEmpty, "write routes without an access test: \(uncovered)")
        let server = try await live.serve()
        defer { server.killBlocking() }
        let before = try RepositoryCheck.references(live.gitDir)
        for route in routes {
            if route.isAPI {
                for token in [nil, "clasp_0000000000000000000000000000000000000000000000"] {
                    let reply = try #require(try await server.call("POST", route.path, token: token, json: route.json))
                    #expect(reply.status == 401, "\(route) without a valid token: \(reply.status) \(reply.text)")
                    #expect(reply.isClearRefusal, "\(route): \(reply.text)")
                }
                if let caller = route.forbiddenCaller {
                    let reply = try #require(try await server.call("POST", route.path, token: live.token(caller), json: route.json))
                    #expect(reply.status == 403, "\(route) by \(caller): \(reply.status) \(reply.text)")
                    #expect(reply.isClearRefusal && (reply.errorMessage ?? "").contains(route.rule), "\(route) by \(caller): \(reply.text)")
                }
            } else {
                let anonymous = try #require(try await server.postForm(route.path, session: nil, fields: ["decision": "approve", "text": "x"]))
                #expect([302, 401, 403].contains(anonymous.status), "\(route) anonymous: \(anonymous.status)")
                #expect(anonymous.status != 302 || anonymous.headers["location"]?.hasPrefix("/login") == true)
                if let caller = route.forbiddenCaller {
                    let session = try await server.signIn(caller, password: LivePlan.password)
                    let reply = try #require(try await server.postForm(route.path, session: session, fields: ["decision": "approve", "text": "A remark"]))
                    #expect(reply.status == 403, "\(route) by \(caller): \(reply.status)")
                    #expect(reply.text.contains(route.rule), "\(route) by \(caller): \(reply.text.suffix(600))")
                }
            }
        }
        #expect(try RepositoryCheck.references(live.gitDir) == before, "a refused request changed a reference")
    }

    @Test func sessionsExpireAfterTheConfiguredLifetime() async throws {
        let live = try LivePlan(accounts: ["cmorgan"])
        let server = try await live.serve(["--session-ttl", "5"])
        defer { server.killBlocking() }
        let signedIn = Date()
        let login = try await server.postLogin("cmorgan", password: LivePlan.password)
        let cookie = try #require(login.setCookies.first { $0.hasPrefix("clasp_session=") }?.split(separator: ";").first.map(String.init))
        #expect(login.setCookies.contains { $0.hasPrefix("clasp_session=") && $0.contains("Max-Age=5") })
        let me = try #require(try await server.exchange(RawHTTP.request("GET", "/api/v1/me", headers: [("Cookie", cookie)])))
        // Only meaningful if the machine answered within the lifetime; it nearly always does.
        if Date().timeIntervalSince(signedIn) < 4 { #expect(me.status == 200, "\(me.text)") }
        try await Task.sleep(for: .seconds(6))
        let expired = try #require(try await server.exchange(RawHTTP.request("GET", "/api/v1/me", headers: [("Cookie", cookie)])))
        #expect(expired.status == 401 && expired.errorCode == "unauthenticated", "\(expired.text)")
        let page = try #require(try await server.exchange(RawHTTP.request("GET", "/plans/roseville", headers: [("Cookie", cookie)])))
        #expect(page.status == 302 && page.headers["location"]?.hasPrefix("/login") == true)
        let session = LiveBrowserSession(cookie: cookie, csrf: "stale")
        let form = try #require(try await server.postForm(WriteRoute.proposal2 + "/vote", session: session, fields: ["decision": "approve"]))
        #expect([302, 401, 403].contains(form.status), "an expired session's form: \(form.status)")
    }

    @Test func passwordsAndTokensAreStoredOnlyHashed() async throws {
        let live = try LivePlan(accounts: ["cmorgan", "auditor"])
        let server = try await live.serve(["--log-level", "trace"])
        let issued = try #require(try await server.call("POST", "/api/v1/tokens", json: jsonBody(["account": "auditor", "password": LivePlan.password, "label": "scan"])))
        #expect(issued.status == 201, "\(issued.text)")
        let token = try #require((try JSONSerialization.jsonObject(with: Data(issued.body)) as? [String: Any])?["token"] as? String)
        _ = try await server.signIn("cmorgan", password: LivePlan.password)
        try await server.stop()
        let secrets = [LivePlan.password, token] + live.tokens.values
        var scanned = 0
        for root in [live.dataDir, live.directory.path("plans")] {
            let files = try #require(FileManager.default.enumerator(atPath: root)).compactMap { $0 as? String }
            for file in files {
                guard let data = FileManager.default.contents(atPath: root + "/" + file) else { continue }
                scanned += 1
                for secret in secrets { #expect(data.range(of: Data(secret.utf8)) == nil, "\(file) holds a secret in plain text") }
            }
        }
        for secret in secrets { #expect(!server.logText.contains(secret), "the server log holds a secret") }
        #expect(scanned > 10)
    }

    @Test func loginIsRateLimitedPerAccountAndPerAddress() async throws {
        let live = try LivePlan(accounts: ["cmorgan", "dpatel", "ejohnson"])
        let server = try await live.serve(["--login-attempts", "3"])
        defer { server.killBlocking() }
        func token(_ account: String, _ password: String, from source: String) async throws -> HTTPReply {
            try #require(try await server.call("POST", "/api/v1/tokens", json: jsonBody(["account": account, "password": password]), from: source))
        }
        for _ in 1...3 { #expect(try await token("cmorgan", "guess", from: "127.0.0.2").status == 401) }
        let locked = try await token("cmorgan", LivePlan.password, from: "127.0.0.2")
        #expect(locked.status == 429 && locked.errorCode == "too-many-attempts", "\(locked.text)")
        #expect(Int(locked.headers["retry-after"] ?? "") ?? 0 > 0)
        let otherAddress = try await token("cmorgan", LivePlan.password, from: "127.0.0.3")
        #expect(otherAddress.status == 429, "the account is locked from every address")
        #expect(try await token("dpatel", LivePlan.password, from: "127.0.0.3").status == 201, "another account from another address is not")
        #expect(try await token("dpatel", LivePlan.password, from: "127.0.0.2").status == 429, "the address is locked for every account")
        // The browser form shares the limits, and answers the same way.
        for _ in 1...3 { #expect(try await server.postLogin("ejohnson", password: "guess", from: "127.0.0.4").status == 401) }
        let form = try await server.postLogin("ejohnson", password: LivePlan.password, from: "127.0.0.4")
        #expect(form.status == 429 && Int(form.headers["retry-after"] ?? "") ?? 0 > 0)
        #expect(!form.setCookies.contains { $0.hasPrefix("clasp_session=") && !$0.hasPrefix("clasp_session=;") })
    }

    @Test func aPersonRemovedFromTheRosterByAnAdoptedProposalCanNoLongerVote() async throws {
        let live = try LivePlan(accounts: ["admin", "ejohnson", "fgarcia", "gkim"])
        let server = try await live.serve()
        defer { server.killBlocking() }
        let entitled = try #require(try await server.call("POST", "/api/v1/plans/roseville/proposals/2/votes", token: live.token("ejohnson"),
                                                     json: #"{"decision":"abstain"}"#))
        #expect(entitled.status == 200, "\(entitled.text)")
        let roster = try RepositoryCheck.git(live.gitDir, "show", "main:roster.yaml").stdout
        let blocks = roster.components(separatedBy: "\n- id: ")
        let trimmed = blocks.filter { !$0.hasPrefix("ejohnson\n") }.joined(separator: "\n- id: ")
        #expect(trimmed.count < roster.count)
        let opened = try #require(try await server.call("POST", "/api/v1/plans/roseville/proposals", token: live.token("admin"),
                                                   json: jsonBody(["kind": "roster", "content": trimmed, "reason": "Erin Johnson left the committee"])))
        try #require(opened.status == 201, "\(opened.text)")
        let number = try #require((try JSONSerialization.jsonObject(with: Data(opened.body)) as? [String: Any])?["proposal"] as? Int)
        for commissioner in ["fgarcia", "gkim"] {
            let vote = try #require(try await server.call("POST", "/api/v1/plans/roseville/proposals/\(number)/votes", token: live.token(commissioner),
                                                     json: #"{"decision":"approve"}"#))
            #expect(vote.status == 200, "\(vote.text)")
        }
        let adopted = try #require(try await server.call("POST", "/api/v1/plans/roseville/proposals/\(number)/adopt", token: live.token("admin")))
        try #require(adopted.status == 200, "\(adopted.text)")
        let refused = try #require(try await server.call("POST", "/api/v1/plans/roseville/proposals/2/votes", token: live.token("ejohnson"),
                                                    json: #"{"decision":"approve"}"#))
        #expect(refused.status == 403 && (refused.errorMessage ?? "").contains("roster"), "\(refused.text)")
        #expect(try live.auditVerify().status == 0)
    }
}
