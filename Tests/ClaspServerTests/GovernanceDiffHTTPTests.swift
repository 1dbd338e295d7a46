import ClaspPlan
import ClaspQueries
import ClaspServer
import ClaspSpec
import Foundation
import HTTPTypes
import Hummingbird
import Testing

/// A roster proposal through the API and the pages: voters see who is added, removed or given
/// which role, not just `roster.yaml [other]`.
@Suite struct GovernanceDiffHTTPTests {
    static let base = "/api/v1/plans/roseville/proposals"

    /// The demo roster with Erin Johnson gone, Carla Morgan also a commissioner and Pat Lee added.
    static func changedRoster(_ fixture: ServerFixture) throws -> String {
        var people = try Plan.open(at: fixture.planPath("roseville")).current().roster().people
        people.removeAll { $0.id == "ejohnson" }
        if let index = people.firstIndex(where: { $0.id == "cmorgan" }) { people[index].roles.append(.commissioner) }
        people.append(Person(id: "plee", name: "Pat Lee", email: "plee@roseville.example", roles: [.commissioner]))
        return Roster(people: people).encode()
    }

    static let sentences = ["removed Erin Johnson (ejohnson), who was committee", "granted commissioner to cmorgan",
                            "added Pat Lee (plee) as commissioner, plee@roseville.example"]

    @Test func theProposalEndpointsAndPageShowTheRosterChangePersonByPerson() async throws {
        let fixture = try ServerFixture()
        let admin = try fixture.member("admin"), auditor = try fixture.token("auditor")
        let content = try Self.changedRoster(fixture)
        try await fixture.application.test(.router) { client in
            let opened = try await client.apiPost(Self.base, token: admin,
                                                  json: jsonBody(["kind": "roster", "content": content, "reason": "A new commissioner"]))
            try #require(opened.status == .created, "\(opened.text)")
            let number = try #require((try JSONSerialization.jsonObject(with: Data(opened.text.utf8)) as? [String: Any])?["proposal"] as? Int)

            let proposal = try await client.api("\(Self.base)/\(number)", token: auditor)
            let summary = try JSONDecoder().decode(ProposalSummary.self, from: Data(proposal.text.utf8))
            let file = try #require(summary.governance?.first)
            #expect(file.path == "roster.yaml")
            #expect(file.changes.map(\.summary) == Self.sentences)
            #expect(file.changes.map(\.change) == ["person-removed", "role-granted", "person-added"])
            #expect(file.changes.map(\.person) == ["ejohnson", "cmorgan", "plee"])
            let classProposal = try await client.api("\(Self.base)/2", token: auditor)
            #expect(!classProposal.text.contains("governance"), "a class proposal has no governance changes")

            let status = try await client.api("\(Self.base)/\(number)/status", token: auditor)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(status.text.utf8)) as? [String: Any])
            let change = try #require((json["changes"] as? [[String: Any]])?.first)
            #expect(change["changes"] as? [String] == Self.sentences)
            let text = try await client.api("\(Self.base)/\(number)/status?format=text", token: auditor)
            #expect(text.text.contains("roster.yaml [other]\n    removed Erin Johnson (ejohnson), who was committee\n"), "\(text.text)")

            let session = try await client.signIn("cmorgan")
            let page = try await client.execute(uri: "/plans/roseville/proposals/\(number)", method: .get, headers: session.headers)
            #expect(page.status == .ok)
            #expect(page.text.contains("<li data-change=\"person-added\">added Pat Lee (plee) as commissioner, plee@roseville.example</li>"),
                    "\(page.text)")
            #expect(page.text.contains("<li data-change=\"role-granted\">granted commissioner to cmorgan</li>"))
            #expect(page.text.contains("<li data-change=\"person-removed\">removed Erin Johnson (ejohnson), who was committee</li>"))
        }
    }

    @Test func aRosterProposalThatLeavesNoCommissionerIsRefused() async throws {
        let fixture = try ServerFixture()
        let admin = try fixture.member("admin")
        var people = try Plan.open(at: fixture.planPath("roseville")).current().roster().people
        people.removeAll { $0.roles.contains(.commissioner) }
        let content = Roster(people: people).encode()
        try await fixture.application.test(.router) { client in
            let refused = try await client.apiPost(Self.base, token: admin,
                                                   json: jsonBody(["kind": "roster", "content": content, "reason": "All gone"]))
            #expect(refused.status == .unprocessableContent, "\(refused.text)")
            #expect(refused.errorCode == "invalid-proposal")
            #expect(refused.text.contains("1 commissioner needed, the roster has 0"))
        }
    }
}
