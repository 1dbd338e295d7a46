import ClaspPlan
import ClaspServer
import Foundation
import HTTPTypes
import Hummingbird
import Testing

/// The approving act over HTTP: the API's adopt body and the page's adopt form record it, and
/// the class page's history cites it.
@Suite struct AdoptionActHTTPTests {
    static let api = "/api/v1/plans/roseville"

    static func approveProposal2(_ fixture: ServerFixture, _ client: some TestClientProtocol) async throws {
        for person in ["cmorgan", "dpatel"] {
            let vote = try await client.apiPost("\(api)/proposals/2/votes", token: try fixture.member(person), json: #"{"decision":"approve"}"#)
            #expect(vote.status == .ok, "\(vote.text)")
        }
    }

    @Test func theAPIRecordsTheActAndRefusesABadOne() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            try await Self.approveProposal2(fixture, client)
            let admin = try fixture.member("admin")
            let bad = try await client.apiPost("\(Self.api)/proposals/2/adopt", token: admin, json: #"{"meeting":"July 1"}"#)
            #expect(bad.status == .badRequest && bad.text.contains("is not a date"), "\(bad.text)")
            let adopted = try await client.apiPost("\(Self.api)/proposals/2/adopt", token: admin, json: #"{"resolution":"2026-14","meeting":"2026-06-24"}"#)
            #expect(adopted.status == .ok, "\(adopted.text)")
            let history = try await client.api("\(Self.api)/classes/finance-technician/history", token: admin).text
            #expect(history.contains("\"resolution\":\"2026-14\"") || history.contains("\"resolution\" : \"2026-14\""), "\(history)")
        }
    }

    @Test func thePageFormRecordsTheActAndTheClassPageAndPublicationCiteIt() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            try await Self.approveProposal2(fixture, client)
            _ = try fixture.member("bchen")
            let session = try await client.signIn("bchen")
            let page = try await client.execute(uri: "/plans/roseville/proposals/2", method: .get, headers: session.headers)
            #expect(page.text.contains("name=\"resolution\""))
            let unconfirmed = try await client.postForm("/plans/roseville/proposals/2/adopt", fields: ["csrf": session.csrf], cookie: session.cookie)
            #expect(unconfirmed.status == .badRequest && unconfirmed.text.contains("tick the confirmation"), "\(unconfirmed.status)")
            let posted = try await client.postForm("/plans/roseville/proposals/2/adopt", fields: [
                "csrf": session.csrf, "confirm": "yes", "resolution": "2026-14", "meeting": "2026-06-24"], cookie: session.cookie)
            #expect(posted.status == .seeOther, "\(posted.text)")
            let classPage = try await client.execute(uri: "/plans/roseville/classes/finance-technician", method: .get, headers: session.headers)
            #expect(classPage.text.contains("resolution 2026-14, meeting of 2026-06-24"), "\(classPage.text)")
            #expect(classPage.text.contains("/plans/roseville/classes/finance-technician/publish?as-of="))
            let published = try await client.execute(uri: "/plans/roseville/classes/finance-technician/publish?as-of=2026-07-01",
                                                     method: .get, headers: session.headers)
            #expect(published.status == .ok)
            #expect(published.text.contains("Revised 07-01-26, 07-16-19, 06-21-18, 05-31-17, 08-25-12"), "\(published.text.suffix(500))")
            #expect(published.text.contains("Adopted under proposal 2 on") && published.text.contains("resolution 2026-14, meeting of 06-24-26"))
            #expect(!published.text.contains("<form") && !published.text.contains("<nav"))
        }
    }
}
