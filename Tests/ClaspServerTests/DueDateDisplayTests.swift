import ClaspPlan
import ClaspServer
import ClaspSpec
import ClaspTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import Testing

/// A stage's due date (`due-days`) wherever the stage is shown: the status in JSON and text,
/// the proposal and the lists in the API, and the pages, with overdue stages marked.
@Suite struct DueDateDisplayTests {
    static let api = "/api/v1/plans/roseville"
    /// Days the demo's proposal 2 is overdue today: its committee votes were due 2026-02-08.
    static var late: Int { ServerFixture.rosevilleToday.days(since: PlanDate(iso: "2026-02-08")!) }

    @Test func theStatusGivesEachOpenStageItsDueDateAndTheOverdueDays() async throws {
        let fixture = try ServerFixture.withDueDays()
        try await fixture.application.test(.router) { client in
            let token = try fixture.member("cmorgan")
            let json = try await client.api("\(Self.api)/proposals/2/status", token: token)
            let report = try #require(try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [String: Any])
            let stages = try #require(report["stages"] as? [[String: Any]])
            let analyst = try #require(stages.first { $0["stage"] as? String == "analyst-review" })
            let committee = try #require(stages.first { $0["stage"] as? String == "committee" })
            #expect(analyst["opened"] as? String == "2026-02-02" && analyst["due"] as? String == "2026-02-04")
            #expect(analyst["overdueDays"] == nil, "a stage that passed is not overdue")
            #expect(committee["opened"] as? String == "2026-02-03" && committee["due"] as? String == "2026-02-08")
            #expect(committee["overdueDays"] as? Int == Self.late)
            #expect((report["proposal"] as? [String: Any])?["overdueDays"] as? Int == Self.late)

            let text = try await client.api("\(Self.api)/proposals/2/status?format=text", token: token).text
            #expect(text.contains("stage committee (committee): 0 of 2 approvals, waiting, overdue by \(Self.late) days (due 2026-02-08)"), "\(text)")
            #expect(text.contains("stage analyst-review (analyst): 1 of 1 approvals, done, due 2026-02-04"), "\(text)")

            let one = try JSONSerialization.jsonObject(with: Data(try await client.api("\(Self.api)/proposals/2", token: token).text.utf8)) as? [String: Any]
            #expect(one?["due"] as? String == "2026-02-08" && one?["overdueDays"] as? Int == Self.late)
        }
    }

    @Test func theListsMarkOverdueProposalsAndClosedOnesHaveNoDueDate() async throws {
        let fixture = try ServerFixture.withDueDays()
        try await fixture.application.test(.router) { client in
            let token = try fixture.member("cmorgan")
            let list = try JSONSerialization.jsonObject(with: Data(try await client.api("\(Self.api)/proposals", token: token).text.utf8)) as? [[String: Any]]
            let open = try #require(list?.first { $0["number"] as? Int == 2 })
            let adopted = try #require(list?.first { $0["number"] as? Int == 1 })
            #expect(open["due"] as? String == "2026-02-08" && open["overdueDays"] as? Int == Self.late)
            #expect(adopted["due"] == nil && adopted["overdueDays"] == nil)
            let text = try await client.api("\(Self.api)/proposals?format=text", token: token).text
            #expect(text.contains("[overdue by \(Self.late) days (due 2026-02-08)]"), "\(text)")

            _ = try await fixture.openRevisionDraftedFrom2019(client, effective: "2027-01-01")
            let fresh = try JSONSerialization.jsonObject(with: Data(try await client.api("\(Self.api)/proposals?state=open", token: token).text.utf8)) as? [[String: Any]]
            let third = try #require(fresh?.first { $0["number"] as? Int == 3 })
            #expect(third["due"] as? String == ServerFixture.rosevilleToday.adding(days: 2).iso && third["overdueDays"] == nil)
        }
    }

    @Test func thePagesShowTheDueDateAndMarkOverdueStages() async throws {
        let fixture = try ServerFixture.withDueDays()
        try await fixture.application.test(.router) { client in
            let session = try await client.signIn("cmorgan")
            let page = try await client.execute(uri: "/plans/roseville/proposals/2", method: .get, headers: session.headers).text
            #expect(page.contains("<span class=\"overdue due\">overdue by \(Self.late) days (due 2026-02-08)</span>"), "\(page)")
            #expect(page.contains("<span class=\"meta due\">due 2026-02-04</span>"))
            let queue = try await client.execute(uri: "/plans/roseville/proposals", method: .get, headers: session.headers).text
            let awaiting = try #require(queue.components(separatedBy: "<h2>All proposals</h2>").first)
            #expect(awaiting.contains("overdue by \(Self.late) days (due 2026-02-08)"), "the queue marks what is overdue")
        }
    }

    @Test func withoutDueDaysNothingIsDue() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let token = try fixture.member("cmorgan")
            let text = try await client.api("\(Self.api)/proposals/2/status", token: token).text
            #expect(!text.contains("\"due\"") && !text.contains("overdue"))
            #expect(!(try await client.api("\(Self.api)/proposals", token: token).text.contains("\"due\"")))
        }
    }

    /// The `clasp` binary on the plan itself prints the same marks as the API.
    @Test func theCLIMarksOverdueProposalsAndStages() async throws {
        let fixture = try ServerFixture.withDueDays()
        let clasp = PackagePaths.claspExecutable
        let list = try await ProcessRunner.runAsync(clasp, ["--plan", fixture.planPath("roseville"), "proposals", "--state", "open"])
        #expect(list.stdout.contains("[overdue by \(Self.late) days (due 2026-02-08)]"), "\(list.stdout)\(list.stderr)")
        let show = try await ProcessRunner.runAsync(clasp, ["--plan", fixture.planPath("roseville"), "proposal", "2", "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        let committee = (report["stages"] as? [[String: Any]])?.first { $0["stage"] as? String == "committee" }
        #expect(committee?["due"] as? String == "2026-02-08" && committee?["overdueDays"] as? Int == Self.late)
    }
}
