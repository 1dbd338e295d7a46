import ClaspGit
import ClaspPlan
import ClaspSpec
import ClaspTestSupport
import Foundation
import Testing

/// Due dates from `due-days`: a stage is due that many days after the day it opened, read from
/// the meta log's commit times in the plan's time zone. Sequential stages open at the vote that
/// passed the stage before; parallel ones all at the opening; a revision does not move the clock.
@Suite struct StageDeadlineTests {
    static let day = 24 * 60

    /// Analyst review due in 2 days, the committee in 5, the commission in 3.
    static func withDueDays(_ workflow: inout Workflow) {
        for (index, days) in [2, 5, 3].enumerated() { workflow.stages[index].dueDays = days }
    }

    /// An FLSA change, so all three stages apply; opened at 2026-01-05 17:10 UTC.
    static func flsaProposal(_ fixture: ApprovalFixture) throws {
        _ = try fixture.propose(ApprovalFixture.version(flsa: .exempt))
    }

    @Test func sequentialStagesAreDueCountedFromTheVoteThatPassedTheStageBefore() throws {
        let fixture = try ApprovalFixture(adjust: Self.withDueDays)
        try Self.flsaProposal(fixture)
        var stages = try fixture.plan.status(of: 1).stages
        #expect(stages.map(\.deadline?.due.iso) == ["2026-01-07", nil, nil], "only the open stage has a due date")
        #expect(stages[0].deadline?.openedOn.iso == "2026-01-05")

        try fixture.plan.vote(1, .approve, comment: "", by: "bchen", at: ApprovalFixture.clock(10 + 2 * Self.day))
        try fixture.plan.vote(1, .approve, comment: "", by: "cmorgan", at: ApprovalFixture.clock(10 + 3 * Self.day))
        try fixture.plan.vote(1, .approve, comment: "", by: "dpatel", at: ApprovalFixture.clock(10 + 4 * Self.day))
        // A third committee approval after the majority does not move the commission's opening.
        try fixture.plan.vote(1, .approve, comment: "", by: "ejohnson", at: ApprovalFixture.clock(10 + 9 * Self.day))
        stages = try fixture.plan.status(of: 1).stages
        #expect(stages.map(\.deadline?.due.iso) == ["2026-01-07", "2026-01-12", "2026-01-12"])
        #expect(stages.map(\.deadline?.openedOn.iso) == ["2026-01-05", "2026-01-07", "2026-01-09"])
    }

    @Test func parallelStagesAreAllDueFromTheOpening() throws {
        let fixture = try ApprovalFixture(adjust: { Self.withDueDays(&$0); $0.parallel = true })
        try Self.flsaProposal(fixture)
        try fixture.plan.vote(1, .approve, comment: "", by: "bchen", at: ApprovalFixture.clock(10 + 4 * Self.day))
        let stages = try fixture.plan.status(of: 1).stages
        #expect(stages.map(\.deadline?.due.iso) == ["2026-01-07", "2026-01-10", "2026-01-08"])
    }

    /// An editorial revision keeps every due date; a substantive one that drops the analyst's
    /// approval closes the committee stage, which reopens with a new due date at the re-approval.
    @Test func aRevisionDoesNotMoveTheClockButAStageClosedByItOpensAfresh() throws {
        let fixture = try ApprovalFixture(adjust: Self.withDueDays)
        try Self.flsaProposal(fixture)
        try fixture.plan.vote(1, .approve, comment: "", by: "bchen", at: ApprovalFixture.clock(10 + Self.day))
        let path = PlanLayout.versionFile(ApprovalFixture.classID, ApprovalFixture.date)
        func revise(_ version: SpecVersion, days: Int) throws {
            try fixture.plan.revise(1, files: [PlanFileWrite(path: path, content: SpecVersionCodec.encode(version))], reason: "edit",
                                    by: "aortiz", at: ApprovalFixture.clock(10 + days * Self.day))
        }
        try revise(ApprovalFixture.version(duty: "Reconcile accounts and prepare reports", flsa: .exempt), days: 2)
        var stages = try fixture.plan.status(of: 1).stages
        #expect(stages.map(\.deadline?.due.iso) == ["2026-01-07", "2026-01-11", nil], "an editorial revision keeps the dates")

        try revise(ApprovalFixture.version(experience: "Four years of accounting experience.", flsa: .exempt), days: 3)
        stages = try fixture.plan.status(of: 1).stages
        #expect(stages.map(\.deadline?.due.iso) == ["2026-01-07", nil, nil], "the analyst's approval was dropped: the committee closed")
        #expect(stages[0].deadline.map { $0.daysLate(on: $0.today(at: ApprovalFixture.clock(10 + 3 * Self.day))) } == 1)

        try fixture.plan.vote(1, .approve, comment: "", by: "bchen", at: ApprovalFixture.clock(10 + 6 * Self.day))
        stages = try fixture.plan.status(of: 1).stages
        #expect(stages.map(\.deadline?.due.iso) == ["2026-01-07", "2026-01-16", nil])
    }

    /// 2026-01-06 01:00 UTC is still 2026-01-05 in Los Angeles.
    @Test func theDayOpenedIsTheDayInThePlansTimeZone() throws {
        let fixture = try ApprovalFixture(adjust: Self.withDueDays, timeZone: "America/Los_Angeles")
        _ = try fixture.propose(ApprovalFixture.version(flsa: .exempt), at: 8 * 60)
        let deadline = try #require(try fixture.plan.status(of: 1).stages.first?.deadline)
        #expect(deadline.openedOn.iso == "2026-01-05" && deadline.due.iso == "2026-01-07")
        // 2026-01-09 07:00 UTC is 2026-01-08 23:00 in Los Angeles: one day late, not two.
        let late = Date(timeIntervalSince1970: 1_767_942_000)
        #expect(deadline.phrase(awaiting: true, at: late) == "overdue by 1 day (due 2026-01-07)")
        #expect(deadline.phrase(awaiting: false, at: late) == "due 2026-01-07", "a decided stage is not overdue")
        #expect(deadline.phrase(awaiting: true, at: ApprovalFixture.clock(8 * 60)) == "due 2026-01-07")
    }

    @Test func aStageWithoutDueDaysAndAClosedProposalHaveNoDueDate() throws {
        let fixture = try ApprovalFixture()
        try Self.flsaProposal(fixture)
        #expect(try fixture.plan.status(of: 1).stages.allSatisfy { $0.deadline == nil })
        let timed = try ApprovalFixture(adjust: Self.withDueDays)
        try Self.flsaProposal(timed)
        try timed.plan.withdraw(1, by: "aortiz", at: ApprovalFixture.clock(20))
        #expect(try timed.plan.status(of: 1).stages.allSatisfy { $0.deadline == nil })
    }

    @Test(arguments: ["0", "-2", "three", "3651"])
    func dueDaysMustBeAPositiveNumberAndTheErrorNamesTheFileAndStage(_ value: String) throws {
        let text = """
            name: quick
            applies-to: [correct]
            stages:
            - name: analyst-review
              role: analyst
              approvals: 1
              due-days: \(value)
              when: [editorial]
            """
        #expect {
            try Workflow.decode(text, file: "workflows/quick.yaml")
        } throws: { error in
            let message = "\(error)"
            return message.contains("workflows/quick.yaml") && message.contains("due-days") && message.contains("stage 'analyst-review'")
                && message.contains("'\(value)'")
        }
    }

    @Test func dueDaysSurviveTheCanonicalTextAndShowInAWorkflowChange() throws {
        var workflow = try Workflow.decode("""
            name: quick
            applies-to: [correct]
            stages:
            - name: analyst-review
              role: analyst
              approvals: 1
              due-days: 4
              when: [editorial]
            """)
        #expect(workflow.stages.first?.dueDays == 4)
        #expect(try Workflow.decode(workflow.encode()) == workflow)
        let before = workflow
        workflow.stages[0].dueDays = 7
        #expect(WorkflowDiff(from: before, to: workflow).changes.map(\.description) == ["stage 'analyst-review': due 7 days after it opens"])
    }
}
