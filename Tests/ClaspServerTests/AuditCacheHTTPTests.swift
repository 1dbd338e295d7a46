import ClaspPlan
import ClaspQueries
import ClaspServer
import Foundation
import HTTPTypes
import Hummingbird
import Testing

/// The audit is kept while `main` and the proposals' meta tips stay put: changing the audit
/// page's filters or asking the API again costs no audit, and a vote makes the next one fresh.
@Suite struct AuditCacheHTTPTests {
    @Test func filtersReuseTheAuditAndAVoteMakesItRecompute() async throws {
        let fixture = try ServerFixture()
        let hosting = fixture.services.hosting
        let auditor = try fixture.token("auditor")
        try await fixture.application.test(.router) { client in
            let first = try await client.api("/api/v1/plans/roseville/audit/verify", token: auditor)
            #expect(first.status == .ok)
            #expect(hosting.auditsComputed == 1)

            let again = try await client.api("/api/v1/plans/roseville/audit/verify?format=text", token: auditor)
            #expect(again.text.contains("audit clean"))
            let session = try await client.signIn("auditor")
            for filter in ["", "?person=dpatel", "?kind=adoption", "?from=2020-01-01&to=2030-01-01"] {
                let page = try await client.execute(uri: "/plans/roseville/audit\(filter)", method: .get, headers: session.headers)
                #expect(page.status == .ok)
                #expect(page.text.contains("Audit clean"))
            }
            let export = try await client.api("/api/v1/plans/roseville/audit/export?format=csv&person=dpatel", token: auditor)
            #expect(export.text.contains(",dpatel,committee,"))
            #expect(hosting.auditsComputed == 1, "every request after the first was answered from the kept report")

            // A vote moves only proposal 2's meta ref, not main: the audit must still be re-derived.
            let vote = try await client.apiPost("/api/v1/plans/roseville/proposals/2/votes", token: try fixture.token("cmorgan"),
                                                json: #"{"decision":"approve"}"#)
            #expect(vote.status == .ok)
            let afterVote = try await client.api("/api/v1/plans/roseville/audit/verify", token: auditor)
            #expect(afterVote.status == .ok)
            #expect(hosting.auditsComputed == 2)

            // Another plan's audit is kept apart.
            _ = try await client.api("/api/v1/plans/sample-city/audit/verify", token: auditor)
            _ = try await client.api("/api/v1/plans/roseville/audit/verify", token: auditor)
            #expect(hosting.auditsComputed == 3)
        }
    }

    /// A commit written behind the server's back (the CLI on the same repository) is seen too.
    @Test func anAdoptionOutsideTheServerMakesItRecompute() async throws {
        let fixture = try ServerFixture()
        let hosting = fixture.services.hosting
        let auditor = try fixture.token("auditor")
        try await fixture.application.test(.router) { client in
            let before = try await client.api("/api/v1/plans/roseville/audit/verify", token: auditor)
            let beforeReport = try JSONDecoder().decode(AuditVerifyReport.self, from: Data(before.text.utf8))
            let plan = try Plan.open(at: fixture.planPath("roseville"))
            try plan.vote(2, .approve, comment: "", by: "cmorgan")
            try plan.vote(2, .approve, comment: "", by: "dpatel")
            _ = try plan.adopt(2, by: "admin")
            let after = try await client.api("/api/v1/plans/roseville/audit/verify", token: auditor)
            let afterReport = try JSONDecoder().decode(AuditVerifyReport.self, from: Data(after.text.utf8))
            #expect(hosting.auditsComputed == 2)
            #expect(afterReport.adoptions.count == beforeReport.adoptions.count + 1)
        }
    }
}
