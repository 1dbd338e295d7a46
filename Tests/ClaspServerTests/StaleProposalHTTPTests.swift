import ClaspPlan
import ClaspQueries
import ClaspServer
import ClaspSpec
import Foundation
import HTTPTypes
import Hummingbird
import Testing

/// A stale proposal over HTTP: the status and page say so and show what adopting it would undo,
/// adoption answers 409 `stale-proposal`, and the rebase route and form carry it onto main.
@Suite struct StaleProposalHTTPTests {
    static let api = "/api/v1/plans/roseville"

    /// Proposal 3 (2027-01-01) drafted from the 2019 text with a duty added and approved; the
    /// demo's proposal 2 (2026-07-01, experience raised) adopted after it was drafted.
    static func staleProposal(_ fixture: ServerFixture, _ client: some TestClientProtocol) async throws {
        let admin = try fixture.member("admin")
        _ = try await fixture.openRevisionDraftedFrom2019(client, effective: "2027-01-01")
        for (person, number) in [("bchen", 3), ("cmorgan", 3), ("dpatel", 3), ("cmorgan", 2), ("dpatel", 2)] {
            let vote = try await client.apiPost("\(api)/proposals/\(number)/votes", token: try fixture.member(person), json: #"{"decision":"approve"}"#)
            #expect(vote.status == .ok, "\(person) on \(number): \(vote.text)")
        }
        #expect(try await client.apiPost("\(api)/proposals/2/adopt", token: admin).status == .ok)
    }

    @Test func theAPIRefusesAStaleAdoptionAndRebasesIt() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            try await Self.staleProposal(fixture, client)
            let admin = try fixture.member("admin")
            let status = try await client.api("\(Self.api)/proposals/3/status", token: admin)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(status.text.utf8)) as? [String: Any])
            #expect((json["stale"] as? [String])?.first?.contains("2026-07-01") == true, "\(status.text)")
            #expect((json["changesAgainstMain"] as? [[String: Any]])?.first?["categories"] as? [String] == ["duties", "qualifications"])
            #expect(try JSONDecoder().decode(ProposalStatusText.self, from: Data(status.text.utf8)).next == .rebase(proposal: 3))
            #expect(status.text.contains(#""text" : "rebase onto main before adopting""#), "\(status.text)")
            let text = try await client.api("\(Self.api)/proposals/3/status?format=text", token: admin).text
            #expect(text.hasSuffix("rebase onto main before adopting\n") && !text.contains("clasp "), "the API names no CLI command: \(text)")
            let refused = try await client.apiPost("\(Self.api)/proposals/3/adopt", token: admin)
            #expect(refused.status == .conflict)
            #expect(refused.errorCode == "stale-proposal")
            #expect(refused.text.contains("rebase it onto main first") && !refused.text.contains("clasp "),
                    "the refusal says what to do without naming a CLI command: \(refused.text)")
            let rebased = try await client.apiPost("\(Self.api)/proposals/3/rebase", token: try fixture.member("aortiz"))
            #expect(rebased.status == .ok, "\(rebased.text)")
            #expect(rebased.text.contains("rebased proposal 3 onto main"))
            let again = try await client.apiPost("\(Self.api)/proposals/3/rebase", token: try fixture.member("aortiz"))
            #expect(again.status == .conflict)
            #expect(again.errorCode == "up-to-date")
            let after = try await client.api("\(Self.api)/proposals/3/status", token: admin)
            let fresh = try #require(try JSONSerialization.jsonObject(with: Data(after.text.utf8)) as? [String: Any])
            #expect((fresh["stale"] as? [String])?.isEmpty == true)
        }
    }

    @Test func thePageShowsTheStaleProposalAndRebasesItThroughItsForm() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            try await Self.staleProposal(fixture, client)
            _ = try fixture.member("aortiz")
            let session = try await client.signIn("aortiz")
            let page = try await client.execute(uri: "/plans/roseville/proposals/3", method: .get, headers: session.headers)
            #expect(page.text.contains("id=\"stale\""))
            #expect(page.text.contains("Adopting it as it stands would change"))
            #expect(page.text.contains("action=\"/plans/roseville/proposals/3/rebase\""))
            let posted = try await client.postForm("/plans/roseville/proposals/3/rebase", fields: ["csrf": session.csrf], cookie: session.cookie)
            #expect(posted.status == .seeOther)
            let after = try await client.execute(uri: "/plans/roseville/proposals/3?done=rebase", method: .get, headers: session.headers)
            #expect(after.text.contains("Rebased onto main"))
            #expect(!after.text.contains("id=\"stale\""))
        }
    }
}

/// The status answer's next step, as clients read it.
private struct ProposalStatusText: Decodable {
    var next: NextStep?
}
