import ClaspPlan
import ClaspServer
import Foundation
import HTTPTypes
import Hummingbird
import Testing

/// The committee's and auditor's pages: queue, proposal with diff and forms, audit and blame.
@Suite struct ApprovalPageTests {
    static let proposal = "/plans/roseville/proposals/2"

    @Test func aCommitteeMemberFindsTheProposalReadsTheDiffAndVotesThroughTheForm() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let session = try await client.signIn("cmorgan")
            let queue = try await client.execute(uri: "/plans/roseville/proposals", method: .get, headers: session.headers)
            #expect(queue.status == .ok)
            let awaiting = try #require(queue.text.components(separatedBy: "<h2>All proposals</h2>").first)
            #expect(awaiting.contains("data-proposal=\"2\""))
            let page = try await client.execute(uri: Self.proposal, method: .get, headers: session.headers)
            #expect(page.text.contains("<ins") || page.text.contains("<del"), "the semantic diff is shown")
            #expect(page.text.contains("action=\"\(Self.proposal)/vote\""))
            #expect(page.text.contains("Still needed: stage &#39;committee&#39;: 2 more approvals"))
            #expect(!page.text.contains("/adopt\""), "a committee member is not offered adoption")
            let voted = try await client.postForm("\(Self.proposal)/vote", fields: ["csrf": session.csrf, "decision": "approve", "comment": "Fine <b>by</b> me"],
                                                  cookie: session.cookie)
            #expect(voted.status == .seeOther)
            #expect(voted.headers[.location] == "\(Self.proposal)?done=vote")
            let after = try await client.execute(uri: "\(Self.proposal)?done=vote", method: .get, headers: session.headers)
            #expect(after.text.contains("Your vote is recorded."))
            #expect(after.text.contains("Fine &lt;b&gt;by&lt;/b&gt; me"))
            let emptied = try await client.execute(uri: "/plans/roseville/proposals", method: .get, headers: session.headers)
            #expect(emptied.text.contains("Nothing awaits your vote."))
        }
    }

    @Test(arguments: ["vote", "adopt", "withdraw", "comment"])
    func formPostsWithoutTheCSRFTokenAreRefused(_ action: String) async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let session = try await client.signIn("cmorgan")
            let missing = try await client.postForm("\(Self.proposal)/\(action)", fields: ["decision": "approve", "text": "x"], cookie: session.cookie)
            #expect(missing.status == .forbidden)
            #expect(missing.text.contains("csrf-rejected"))
            let wrong = try await client.postForm("\(Self.proposal)/\(action)", fields: ["csrf": "forged", "decision": "approve"], cookie: session.cookie)
            #expect(wrong.status == .forbidden)
            let status = try Plan.open(at: fixture.planPath("roseville")).status(of: 2)
            #expect(status.proposal.events.count == 2, "nothing was recorded")
        }
    }

    @Test func refusalsOnPagesShowTheLibrarysReason() async throws {
        let fixture = try ServerFixture()
        _ = try fixture.member("admin")
        try await fixture.application.test(.router) { client in
            let auditor = try await client.signIn("auditor")
            let vote = try await client.postForm("\(Self.proposal)/vote", fields: ["csrf": auditor.csrf, "decision": "approve"], cookie: auditor.cookie)
            #expect(vote.status == .forbidden)
            #expect(vote.text.contains("does not hold the committee role"))
            let admin = try await client.signIn("admin")
            let page = try await client.execute(uri: Self.proposal, method: .get, headers: admin.headers)
            #expect(page.text.contains("/adopt\""))
            let adopt = try await client.postForm("\(Self.proposal)/adopt", fields: ["csrf": admin.csrf, "confirm": "yes"], cookie: admin.cookie)
            #expect(adopt.status == .conflict)
            #expect(adopt.text.contains("not approved under its workflow"))
            let unknown = try await client.execute(uri: "/plans/roseville/proposals/..%2F2", method: .get, headers: admin.headers)
            #expect(unknown.status == .notFound)
        }
    }

    @Test func theAuditPageVerifiesFiltersAndExportsAndClassHistoryLinksToProposals() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let session = try await client.signIn("auditor")
            let audit = try await client.execute(uri: "/plans/roseville/audit?person=cmorgan", method: .get, headers: session.headers)
            #expect(audit.status == .ok)
            #expect(audit.text.contains("data-clean=\"true\""))
            #expect(audit.text.contains("href=\"/plans/roseville/audit/export?person=cmorgan&amp;format=csv\""))
            let rows = audit.text.components(separatedBy: "<tr data-kind=").count - 1
            #expect(rows == 1, "cmorgan cast one vote behind an adoption")
            let csv = try await client.execute(uri: "/plans/roseville/audit/export?person=cmorgan&format=csv", method: .get, headers: session.headers)
            #expect(csv.headers[.contentDisposition]?.contains("roseville-audit.csv") == true)
            #expect(csv.text.split(separator: "\n").count == 2)
            let badDate = try await client.execute(uri: "/plans/roseville/audit?from=2026-13-01", method: .get, headers: session.headers)
            #expect(badDate.status == .badRequest)
            let classPage = try await client.execute(uri: "/plans/roseville/classes/finance-technician", method: .get, headers: session.headers)
            #expect(classPage.text.contains("href=\"/plans/roseville/proposals/1\""))
            let blame = try await client.execute(uri: "/plans/roseville/classes/finance-technician/blame", method: .get, headers: session.headers)
            #expect(blame.status == .ok)
            #expect(blame.text.contains("proposal 1"))
            let traversal = try await client.execute(uri: "/plans/roseville/classes/..%2Froster.yaml/blame", method: .get, headers: session.headers)
            #expect(traversal.status == .notFound)
        }
    }
}
