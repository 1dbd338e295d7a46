import ClaspPlan
import ClaspServer
import Foundation
import HTTPTypes
import Hummingbird
import Testing

/// `clasp serve --public`: the published specifications, their versions and lineage answer
/// without a login, and every other page and API route still needs one.
@Suite struct PublicSiteTests {
    @Test func thePublicSiteServesPublishedSpecsWithoutALogin() async throws {
        let fixture = try ServerFixture(publicSite: true)
        try await fixture.application.test(.router) { client in
            let plans = try await client.execute(uri: "/public", method: .get)
            #expect(plans.status == .ok && plans.text.contains("City of Roseville"), "\(plans.text)")
            let index = try await client.execute(uri: "/public/roseville?as-of=2020-01-01", method: .get)
            #expect(index.text.contains("/public/roseville/classes/finance-technician?as-of=2020-01-01"), "\(index.text)")
            let spec = try await client.execute(uri: "/public/roseville/classes/finance-technician?as-of=2020-01-01", method: .get)
            #expect(spec.status == .ok)
            #expect(spec.text.contains("Revised 07-16-19, 06-21-18, 05-31-17, 08-25-12"))
            #expect(spec.text.contains("/public/roseville/classes/finance-technician?as-of=2012-08-25"), "the past versions are linked")
            for secret in ["aortiz", "bchen", "cmorgan", "Approved-by", "csrf", "/plans/", "/api/"] {
                #expect(!spec.text.contains(secret), "\(secret) on a public page")
            }
            #expect(spec.text.range(of: "\\b[0-9a-f]{10,40}\\b", options: .regularExpression) == nil, "no commit hashes")
            for person in ["cmorgan", "dpatel"] {
                _ = try await client.apiPost("/api/v1/plans/roseville/proposals/2/votes", token: try fixture.member(person), json: #"{"decision":"approve"}"#)
            }
            #expect(try await client.apiPost("/api/v1/plans/roseville/proposals/2/adopt", token: try fixture.member("admin")).status == .ok)
            let versions = try await client.execute(uri: "/public/roseville/classes/finance-technician?as-of=2026-07-01", method: .get)
            #expect(versions.text.contains("/public/roseville/classes/finance-technician/changes?to=2026-07-01"), "\(versions.text.suffix(900))")
            #expect(!versions.text.contains("changes?to=2017-05-31"), "no redline between versions known by title only")
            let redline = try await client.execute(uri: "/public/roseville/classes/finance-technician/changes?to=2026-07-01", method: .get)
            #expect(redline.status == .ok && redline.text.contains("<ins>"), "\(redline.text.prefix(600))")
            #expect(!redline.text.contains("aortiz") && !redline.text.contains("/plans/"))
            let svg = try await client.execute(uri: "/public/roseville/classes/finance-technician/lineage.svg", method: .get)
            #expect(svg.status == .ok && svg.headers[.contentType] == "image/svg+xml" && svg.text.contains("<svg"))
            let unknown = try await client.execute(uri: "/public/roseville/classes/no-such-class", method: .get)
            #expect(unknown.status == .notFound, "\(unknown.status)")
        }
    }

    /// Every GET route outside `/public` (pages and API) refuses a request without a session or
    /// token, with the public site on; the write routes' refusals are `HTTPAccessTests`'.
    @Test func noPrivateRouteAnswersWithoutASession() async throws {
        let fixture = try ServerFixture(publicSite: true)
        let open: Set<String> = ["/health", "/login", "/api/v1/openapi.yaml"]
        let routes = buildRouter(services: fixture.services).routes.filter { $0.method == .get }.map { "\($0.path)" }
            .filter { !$0.hasPrefix("/public") && !open.contains($0) }
        #expect(routes.count > 15, "\(routes)")
        try await fixture.application.test(.router) { client in
            for route in routes {
                let path = route.replacingOccurrences(of: "{plan}", with: "roseville").replacingOccurrences(of: "{class}", with: "finance-technician")
                    .replacingOccurrences(of: "{number}", with: "2")
                let reply = try await client.execute(uri: path, method: .get)
                #expect([.found, .seeOther, .unauthorized].contains(reply.status), "\(route) answered \(reply.status) without a session")
                #expect(!reply.text.contains("Finance Technician"), "\(route) leaked content")
            }
        }
    }

    @Test func withoutTheFlagThereIsNoPublicSite() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let reply = try await client.execute(uri: "/public/roseville/classes/finance-technician", method: .get)
            #expect(reply.status != .ok && !reply.text.contains("Revised"), "\(reply.status)")
        }
    }
}
