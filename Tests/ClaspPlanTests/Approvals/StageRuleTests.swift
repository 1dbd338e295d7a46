import ClaspGit
@testable import ClaspPlan
import ClaspSpec
import ClaspTestSupport
import Foundation
import Testing

/// How a commission decides: majorities count rejections as well as approvals, a veto stage
/// is blocked by one rejection, rejections survive editorial revisions, and stages vote in order
/// unless the workflow runs them in parallel. Each rule is judged from the log, so `adopt` and
/// `audit verify` agree.
@Suite struct StageRuleTests {
    /// An FLSA change: analyst review, committee and commission all apply.
    static func flsaProposal(_ fixture: ApprovalFixture) throws {
        _ = try fixture.propose(ApprovalFixture.version(flsa: .exempt))
        try fixture.plan.vote(1, .approve, comment: "", by: "bchen", at: ApprovalFixture.clock(11))
        try fixture.plan.vote(1, .approve, comment: "", by: "cmorgan", at: ApprovalFixture.clock(12))
        try fixture.plan.vote(1, .approve, comment: "", by: "dpatel", at: ApprovalFixture.clock(13))
    }

    @Test func aMajorityPassesOverOneRejection() throws {
        let fixture = try ApprovalFixture()
        try Self.flsaProposal(fixture)
        try fixture.plan.vote(1, .reject, comment: "keep it non-exempt", by: "fgarcia", at: ApprovalFixture.clock(14))
        var commission = try #require(try fixture.plan.status(of: 1).stages.last)
        #expect(!commission.rejected)
        #expect(try fixture.plan.status(of: 1).blockedBy.isEmpty)
        try fixture.plan.vote(1, .approve, comment: "", by: "gkim", at: ApprovalFixture.clock(15))
        try fixture.plan.vote(1, .approve, comment: "", by: "hlopez", at: ApprovalFixture.clock(16))
        commission = try #require(try fixture.plan.status(of: 1).stages.last)
        #expect(commission.satisfied)
        try fixture.plan.adopt(1, by: "bchen", at: ApprovalFixture.clock(17))
        #expect(try fixture.plan.auditVerify().isClean)
    }

    @Test func aMajorityOfRejectionsRejectsTheStage() throws {
        let fixture = try ApprovalFixture()
        try Self.flsaProposal(fixture)
        try fixture.plan.vote(1, .reject, comment: "no", by: "fgarcia", at: ApprovalFixture.clock(14))
        try fixture.plan.vote(1, .reject, comment: "", by: "gkim", at: ApprovalFixture.clock(15))
        #expect(throws: ApprovalError.blocked(by: ["fgarcia rejected in stage 'commission': no", "gkim rejected in stage 'commission'"])) {
            try fixture.plan.adopt(1, by: "bchen", at: ApprovalFixture.clock(16))
        }
    }

    /// Scenario 2 of issue 15: a cosmetic revision does not clear a rejection.
    @Test func aRejectionSurvivesAnEditorialRevisionUntilTheVoterChangesIt() throws {
        let fixture = try ApprovalFixture()
        try Self.flsaProposal(fixture)
        try fixture.plan.vote(1, .reject, comment: "no", by: "fgarcia", at: ApprovalFixture.clock(14))
        try fixture.plan.vote(1, .reject, comment: "no", by: "gkim", at: ApprovalFixture.clock(15))
        let path = PlanLayout.versionFile(ApprovalFixture.classID, ApprovalFixture.date)
        // One full stop removed.
        let cosmetic = ApprovalFixture.version(duty: "Reconcile accounts and prepare reports", flsa: .exempt)
        try fixture.plan.revise(1, files: [PlanFileWrite(path: path, content: SpecVersionCodec.encode(cosmetic))], reason: "full stop",
                                by: "aortiz", at: ApprovalFixture.clock(16))
        var status = try fixture.plan.status(of: 1)
        #expect(status.stages.last?.rejections.map(\.voter) == ["fgarcia", "gkim"])
        #expect(status.staleVotes.isEmpty)
        #expect(!status.blockedBy.isEmpty)
        #expect(throws: ApprovalError.self) { try fixture.plan.adopt(1, by: "bchen", at: ApprovalFixture.clock(17)) }
        // The voter changes their mind; the stage then passes by its majority.
        try fixture.plan.vote(1, .approve, comment: "fine now", by: "gkim", at: ApprovalFixture.clock(18))
        try fixture.plan.vote(1, .approve, comment: "", by: "hlopez", at: ApprovalFixture.clock(19))
        status = try fixture.plan.status(of: 1)
        #expect(status.readyToAdopt, "\(status.missing)")
        try fixture.plan.adopt(1, by: "bchen", at: ApprovalFixture.clock(20))
        #expect(try fixture.plan.auditVerify().isClean)
    }

    @Test func aSubstantiveRevisionClearsRejectionsAndAsksAgain() throws {
        let fixture = try ApprovalFixture()
        try Self.flsaProposal(fixture)
        try fixture.plan.vote(1, .reject, comment: "no", by: "fgarcia", at: ApprovalFixture.clock(14))
        let path = PlanLayout.versionFile(ApprovalFixture.classID, ApprovalFixture.date)
        let substantive = ApprovalFixture.version(experience: "Three years of accounting experience.", flsa: .exempt)
        try fixture.plan.revise(1, files: [PlanFileWrite(path: path, content: SpecVersionCodec.encode(substantive))], reason: "rework",
                                by: "aortiz", at: ApprovalFixture.clock(15))
        let status = try fixture.plan.status(of: 1)
        #expect(status.stages.allSatisfy { $0.rejections.isEmpty && $0.approvals.isEmpty })
        #expect(status.staleVotes.map(\.voter).contains("fgarcia"))
    }

    /// Scenario 4 of issue 15: the committee cannot vote before the analyst review has passed.
    @Test func stagesOpenInTheWorkflowsOrder() throws {
        let fixture = try ApprovalFixture()
        _ = try fixture.propose(ApprovalFixture.version(duty: "Audit vendor invoices."))
        #expect(throws: ApprovalError.stageNotOpen(stage: "committee", waitingFor: "analyst-review")) {
            try fixture.plan.vote(1, .approve, comment: "", by: "cmorgan", at: ApprovalFixture.clock(11))
        }
        var status = try fixture.plan.status(of: 1)
        #expect(status.stages.map(\.open) == [true, false])
        #expect(status.awaiting == [.analyst])
        try fixture.plan.vote(1, .approve, comment: "", by: "bchen", at: ApprovalFixture.clock(12))
        status = try fixture.plan.status(of: 1)
        #expect(status.stages.map(\.open) == [true, true])
        #expect(status.awaiting == [.committee])
        try fixture.plan.vote(1, .approve, comment: "", by: "cmorgan", at: ApprovalFixture.clock(13))
    }

    @Test func aParallelWorkflowTakesEveryStagesVotesAtOnce() throws {
        let fixture = try ApprovalFixture { $0.parallel = true }
        _ = try fixture.propose(ApprovalFixture.version(duty: "Audit vendor invoices."))
        try fixture.plan.vote(1, .approve, comment: "", by: "cmorgan", at: ApprovalFixture.clock(11))
        try fixture.plan.vote(1, .approve, comment: "", by: "dpatel", at: ApprovalFixture.clock(12))
        try fixture.plan.vote(1, .approve, comment: "", by: "bchen", at: ApprovalFixture.clock(13))
        #expect(try fixture.plan.status(of: 1).readyToAdopt)
    }

    /// A committee vote written into the log by hand before the analyst review passed does not
    /// count, and an adoption counting it is reported by the audit.
    @Test func aVoteRecordedBeforeItsStageOpenedDoesNotCountAndTheAuditSaysSo() throws {
        let fixture = try ApprovalFixture()
        let plan = fixture.plan
        let proposal = try fixture.propose(ApprovalFixture.version(duty: "Audit vendor invoices."))
        let tree = try plan.commit(proposal.head).treeID
        for (minute, voter) in [(11, "cmorgan"), (12, "dpatel")] {
            let event = Plan.voteEvent(1, .approve, stage: "committee", role: .committee, head: proposal.head, tree: tree)
            try plan.appendEvent(1, expected: try plan.proposal(1).meta, subject: event.subject, body: "", trailers: event.trailers,
                                 by: ApprovalFixture.people.first { $0.id == voter }!, at: ApprovalFixture.clock(minute))
        }
        try plan.vote(1, .approve, comment: "", by: "bchen", at: ApprovalFixture.clock(13))
        let status = try plan.status(of: 1)
        #expect(status.invalidVotes.map(\.vote.voter) == ["cmorgan", "dpatel"])
        #expect(status.invalidVotes.first?.reason.contains("before it opened") == true)
        #expect(!status.readyToAdopt)
        // An adoption written as `adopt` writes it, counting those votes.
        let counted = status.stages.flatMap(\.approvals) + status.invalidVotes.map(\.vote)
        let message = try Plan.adoptionMessage(number: 1, meta: status.proposal.meta, head: proposal.head, kind: proposal.kind, reason: proposal.reason,
                                               changes: status.changes, workflow: status.workflow, workflowBlob: status.workflowBlob,
                                               approvals: counted, adopter: ApprovalFixture.people[2])
        let main = try plan.mainHead()
        let signature = Signature(name: "Ben Chen", email: "bchen@plan.example", time: ApprovalFixture.clock(14), timeZoneOffsetMinutes: 0)
        let commit = try plan.repository.createCommit(tree: tree, parents: [main], author: signature, committer: signature, message: message)
        try plan.repository.updateReference(PlanLayout.mainRef, to: commit, expected: main, message: "by hand")
        try plan.appendEvent(1, expected: status.proposal.meta, subject: "Adopt proposal 1", body: "", trailers: Plan.adoptedTrailers(commit),
                             by: ApprovalFixture.people[2], at: ApprovalFixture.clock(14))
        let report = try Plan.open(at: fixture.path).auditVerify()
        #expect(report.findings.contains {
            if case .voteDoesNotCount(let voter, let reason) = $0.problem { return voter == "cmorgan" && reason.contains("before it opened") }
            return false
        }, "\(report.findings)")
        #expect(!report.isClean)
    }
}

/// Trailer keys are read as git reads them: a hand-written lowercase `approved-by:` line is an
/// approval git shows, so the audit judges it like any other.
@Suite struct AuditTrailerCaseTests {
    @Test func aLowercaseApprovedByLineNotBackedByAVoteIsReported() throws {
        let fixture = try ApprovalFixture()
        let plan = fixture.plan
        let proposal = try fixture.propose(ApprovalFixture.version(duty: "Reconcile acounts and prepare reports."))
        try plan.vote(1, .approve, comment: "", by: "bchen", at: ApprovalFixture.clock(11))
        let status = try plan.status(of: 1)
        #expect(status.readyToAdopt)
        var message = try Plan.adoptionMessage(number: 1, meta: status.proposal.meta, head: proposal.head, kind: proposal.kind, reason: proposal.reason,
                                               changes: status.changes, workflow: status.workflow, workflowBlob: status.workflowBlob,
                                               approvals: status.stages.flatMap(\.approvals), adopter: ApprovalFixture.people[2])
        message += "approved-by: fgarcia role=commissioner stage=commission tree=\(try plan.commit(proposal.head).treeID.hex) date=2026-01-05T17:12:00Z\n"
        let gitSees = try ProcessRunner.run("/usr/bin/git", ["interpret-trailers", "--parse"], input: Data(message.utf8))
        #expect(gitSees.stdout.lowercased().contains("approved-by: fgarcia"), "\(gitSees.stdout)")
        let main = try plan.mainHead()
        let signature = Signature(name: "Ben Chen", email: "bchen@plan.example", time: ApprovalFixture.clock(12), timeZoneOffsetMinutes: 0)
        let tree = try plan.mergedTree(status.proposal, onto: main)
        let commit = try plan.repository.createCommit(tree: tree, parents: [main], author: signature, committer: signature, message: message)
        try plan.repository.updateReference(PlanLayout.mainRef, to: commit, expected: main, message: "by hand")
        try plan.appendEvent(1, expected: status.proposal.meta, subject: "Adopt proposal 1", body: "", trailers: Plan.adoptedTrailers(commit),
                             by: ApprovalFixture.people[2], at: ApprovalFixture.clock(12))
        let report = try Plan.open(at: fixture.path).auditVerify()
        #expect(report.findings.map(\.problem) == [.approvalsNotBackedByVotes(["fgarcia role=commissioner stage=commission tree=\(try plan.commit(proposal.head).treeID.hex) date=2026-01-05T17:12:00Z"])])
    }
}
