import ClaspServer
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Testing

/// What the service refuses, and how: 401 and redirects, 403 with the reason, 404 for anything
/// unknown or traversing, 400 and 413 for bad bodies.
@Suite struct RefusalTests {
    static let pages = ["/", "/plans/roseville", "/plans/roseville/classes/finance-technician", "/plans/roseville/diff",
                        "/plans/roseville/lineage"]
    static let apiRoutes = ["/api/v1/me", "/api/v1/plans", "/api/v1/plans/roseville", "/api/v1/plans/roseville/classes",
                            "/api/v1/plans/roseville/classes/finance-technician",
                            "/api/v1/plans/roseville/classes/finance-technician/history",
                            "/api/v1/plans/roseville/classes/finance-technician/lineage",
                            "/api/v1/plans/roseville/diff?from=finance-technician&to=finance-technician",
                            "/api/v1/plans/roseville/check"]

    @Test(arguments: pages)
    func anonymousPageRequestsRedirectToLogin(_ uri: String) async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let response = try await client.execute(uri: uri, method: .get)
            #expect(response.status == .found)
            #expect(response.headers[.location] == "/login?next=" + uri.replacingOccurrences(of: "/", with: "%2F"))
        }
    }

    @Test(arguments: apiRoutes)
    func anonymousAPIRequestsGet401(_ uri: String) async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let response = try await client.execute(uri: uri, method: .get)
            #expect(response.status == .unauthorized)
            #expect(response.errorCode == "unauthenticated")
            let forged = try await client.api(uri, token: "clasp_not-a-token")
            #expect(forged.status == .unauthorized)
        }
    }

    @Test(arguments: [
        "/plans/nowhere", "/plans/roseville/classes/no-such-class", "/plans/..%2F..%2Fetc/classes/passwd",
        "/plans/roseville/classes/..%2Fclasp.yaml", "/plans/roseville/classes/%2e%2e", "/plans/roseville/classes/Finance_Technician",
        "/api/v1/plans/nowhere/classes", "/api/v1/plans/roseville/classes/..%2F..%2Froster.yaml",
        "/api/v1/plans/%2e%2e/classes", "/api/v1/plans/roseville/classes/no-such-class/history", "/no/such/page",
    ])
    func unknownOrTraversingPathsAre404(_ uri: String) async throws {
        let fixture = try ServerFixture()
        let token = try fixture.token("auditor")
        try await fixture.application.test(.router) { client in
            let response = try await client.api(uri, token: token)
            #expect(response.status == .notFound, "\(uri) answered \(response.status)")
        }
    }

    @Test func someoneOutsideTheRosterIsForbiddenWithTheReason() async throws {
        let fixture = try ServerFixture()
        let token = try fixture.token("outsider")
        try await fixture.application.test(.router) { client in
            let api = try await client.api("/api/v1/plans/roseville/classes", token: token)
            #expect(api.status == .forbidden)
            #expect(api.text.contains("not in the roster of plan 'roseville'"))
            let session = try await client.signIn("outsider")
            let page = try await client.execute(uri: "/plans/roseville", method: .get, headers: session.headers)
            #expect(page.status == .forbidden)
            #expect(page.text.contains("not in the roster"))
            // The analyst of Sample City is not in Roseville's roster either.
            let analyst = try await client.api("/api/v1/plans/roseville", token: try fixture.token("analyst"))
            #expect(analyst.status == .forbidden)
        }
    }

    @Test func malformedJSONIs400AndOversizedBodiesAre413() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let json: HTTPFields = [.contentType: "application/json"]
            let malformed = try await client.execute(uri: "/api/v1/tokens", method: .post, headers: json, body: ByteBuffer(string: "{\"account\": "))
            #expect(malformed.status == .badRequest)
            #expect(malformed.errorCode == "malformed-json")
            let missing = try await client.execute(uri: "/api/v1/tokens", method: .post, headers: json, body: ByteBuffer(string: #"{"account":"x"}"#))
            #expect(missing.status == .badRequest)
            #expect(missing.text.contains("password"))
            let huge = ByteBuffer(string: "{\"account\":\"" + String(repeating: "a", count: 300_000) + "\"}")
            let oversized = try await client.execute(uri: "/api/v1/tokens", method: .post, headers: json, body: huge)
            #expect(oversized.status == .contentTooLarge)
            #expect(oversized.errorCode == "payload-too-large")
        }
    }

    @Test(arguments: [("as-of=2019-02-30", "invalid-input"), ("as-of=yesterday", "invalid-input"), ("format=pdf", "invalid-input"),
                      ("as-of=1990-01-01", "no-version-in-effect"), ("as-known-on=2000-01-01", "nothing-recorded")])
    func badQueryParametersAreExplained(_ query: String, _ code: String) async throws {
        let fixture = try ServerFixture()
        let token = try fixture.token("auditor")
        try await fixture.application.test(.router) { client in
            let response = try await client.api("/api/v1/plans/roseville/classes/finance-technician?\(query)", token: token)
            #expect(response.errorCode == code)
            #expect((400..<500).contains(Int(response.status.code)))
        }
    }

    @Test func aNewTokenFromThePasswordWorksAndIsStoredOnlyAsADigest() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let issued = try await client.execute(uri: "/api/v1/tokens", method: .post, headers: [.contentType: "application/json"],
                                                  body: ByteBuffer(string: #"{"account":"cmorgan","password":"correct-horse","label":"laptop"}"#))
            #expect(issued.status == .created)
            struct Issued: Decodable { var token: String }
            let token = try JSONDecoder().decode(Issued.self, from: Data(issued.text.utf8)).token
            let me = try await client.api("/api/v1/me", token: token)
            #expect(me.status == .ok)
            #expect(me.text.contains("\"committee\""))
            let stored = try String(contentsOf: fixture.services.accounts.file, encoding: .utf8)
            #expect(!stored.contains(token))
            #expect(!stored.contains(ServerFixture.password))
            let mode = try FileManager.default.attributesOfItem(atPath: fixture.services.accounts.file.path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
    }
}
