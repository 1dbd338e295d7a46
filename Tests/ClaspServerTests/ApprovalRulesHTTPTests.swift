import ClaspPlan
import ClaspServer
import ClaspSpec
import Foundation
import HTTPTypes
import Hummingbird
import Testing

/// Issue 15's voting scenarios over the API: stages vote in order, and a rejection is not
/// cleared by a cosmetic revision.
@Suite struct ApprovalRulesHTTPTests {
    static let api = "/api/v1/plans/roseville"

    static func open(_ fixture: ServerFixture, _ client: some TestClientProtocol) async throws -> String {
        try await fixture.openRevisionDraftedFrom2019(client, effective: "2025-01-01")
    }

    @Test func aCommitteeVoteBeforeTheAnalystReviewIs409StageNotOpen() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            _ = try await Self.open(fixture, client)
            let early = try await client.apiPost("\(Self.api)/proposals/3/votes", token: try fixture.member("cmorgan"), json: #"{"decision":"approve"}"#)
            #expect(early.status == .conflict)
            #expect(early.errorCode == "stage-not-open")
            #expect(early.text.contains("analyst-review"))
            let status = try await client.api("\(Self.api)/proposals/3/status", token: try fixture.member("cmorgan"))
            let json = try #require(try JSONSerialization.jsonObject(with: Data(status.text.utf8)) as? [String: Any])
            #expect(json["awaiting"] as? [String] == ["analyst"])
            #expect((json["votes"] as? [Any])?.isEmpty == true, "the refused vote is not recorded")
        }
    }

    @Test func aRejectionSurvivesACosmeticRevisionOverTheAPI() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let yaml = try await Self.open(fixture, client)
            for (person, decision) in [("bchen", "approve"), ("cmorgan", "reject"), ("dpatel", "reject")] {
                let vote = try await client.apiPost("\(Self.api)/proposals/3/votes", token: try fixture.member(person),
                                                    json: #"{"decision":"\#(decision)","comment":"no"}"#)
                #expect(vote.status == .ok, "\(person): \(vote.text)")
            }
            let cosmetic = yaml.replacingOccurrences(of: "the following:", with: "the following")
            let body = try String(decoding: JSONSerialization.data(withJSONObject: ["spec": cosmetic, "reason": "Full stop"]), as: UTF8.self)
            let revised = try await client.apiPost("\(Self.api)/proposals/3/revisions", token: try fixture.member("aortiz"), json: body)
            #expect(revised.status == .ok, "\(revised.text)")
            let adopt = try await client.apiPost("\(Self.api)/proposals/3/adopt", token: try fixture.member("admin"))
            #expect(adopt.status == .conflict)
            #expect(adopt.errorCode == "blocked", "\(adopt.text)")
            #expect(adopt.text.contains("cmorgan rejected"))
        }
    }
}
