import ClaspGit
import ClaspPlan
import ClaspSpec
import ClaspTestSupport
import Foundation
import Testing

/// Propose, vote, adopt and audit through the library, checked with the git CLI.
@Suite struct ProposalLifecycleTests {
    @Test func endToEndAdoptionPassesTheAuditUntilAPlainGitCommitLands() throws {
        let fixture = try ApprovalFixture()
        let plan = fixture.plan
        let proposal = try fixture.propose(ApprovalFixture.version(duty: "Reconcile accounts, prepare reports and audit invoices."))
        #expect(proposal.number == 1)
        #expect(proposal.state == .open)
        #expect(try fixture.git("rev-parse", "refs/proposals/1/head").stdout.trimmingWhitespace == proposal.head.hex)
        #expect(throws: ApprovalError.selfApproval(person: "aortiz")) {
            try plan.vote(1, .approve, comment: "mine", by: "aortiz", at: ApprovalFixture.clock(11))
        }
        let before = try plan.status(of: 1)
        #expect(before.stages.map(\.stage) == ["analyst-review", "committee"])
        #expect(before.awaiting == [.analyst])
        #expect(throws: ApprovalError.self) { try plan.adopt(1, by: "bchen", at: ApprovalFixture.clock(12)) }
        try plan.vote(1, .approve, comment: "", by: "bchen", at: ApprovalFixture.clock(13))
        #expect(try plan.status(of: 1).awaiting == [.committee])
        try plan.vote(1, .approve, comment: "ok", by: "cmorgan", at: ApprovalFixture.clock(14))
        try plan.vote(1, .approve, comment: "ok", by: "dpatel", at: ApprovalFixture.clock(15))
        #expect(try plan.status(of: 1).readyToAdopt)
        let commit = try plan.adopt(1, by: "aortiz", at: ApprovalFixture.clock(16))
        #expect(try plan.mainHead() == commit)
        #expect(try plan.proposal(1).state == .adopted)
        #expect(try plan.proposal(1).adoptedAs == commit)
        #expect(throws: ApprovalError.alreadyAdopted(number: 1, commit: commit.hex)) {
            try plan.adopt(1, by: "aortiz", at: ApprovalFixture.clock(17))
        }
        #expect(throws: ApprovalError.proposalClosed(number: 1, state: .adopted)) {
            try plan.vote(1, .approve, comment: "", by: "ejohnson", at: ApprovalFixture.clock(17))
        }

        let trailers = try fixture.git("log", "-1", "--format=%B", "main").stdout
        let parsed = try ProcessRunner.run("/usr/bin/git", ["interpret-trailers", "--parse"], input: Data(trailers.utf8)).stdout
        #expect(parsed.contains("Proposal: 1\n"))
        #expect(parsed.contains("Change: correct finance-technician 2019-07-16\n"))
        #expect(parsed.contains("Workflow: default "))
        #expect(parsed.components(separatedBy: "Approved-by: ").count == 4)
        #expect(parsed.contains("Approved-by: bchen role=analyst stage=analyst-review tree="))
        let fsck = try fixture.git("fsck", "--strict", "--no-dangling")
        #expect(fsck.status == 0, "\(fsck.stderr)")

        let clean = try plan.auditVerify()
        #expect(clean.isClean, "\(clean.findings)")
        #expect(clean.adoptions == [commit])
        #expect(clean.bootstraps.count == 1)

        // A commit made behind Clasp's back with the plain git CLI.
        let tree = try fixture.git("rev-parse", "main^{tree}").stdout.trimmingWhitespace
        let sneaky = try fixture.git("commit-tree", tree, "-p", "main", "-m", "Quick fix").stdout.trimmingWhitespace
        _ = try fixture.git("update-ref", "refs/heads/main", sneaky)
        let dirty = try Plan.open(at: fixture.path).auditVerify()
        #expect(dirty.findings.count == 1)
        #expect(dirty.findings.first?.description.hasPrefix(String(sneaky.prefix(10))) == true)
        #expect(dirty.findings.first?.message.contains("not an adoption") == true)
    }

    @Test func votingTwiceKeepsBothInTheLogAndTheLaterCounts() throws {
        let fixture = try ApprovalFixture()
        _ = try fixture.propose(ApprovalFixture.version(duty: "Reconcile accounts and invoices."))
        try fixture.plan.vote(1, .approve, comment: "", by: "bchen", at: ApprovalFixture.clock(11))
        try fixture.plan.vote(1, .reject, comment: "no", by: "cmorgan", at: ApprovalFixture.clock(11))
        #expect(try fixture.plan.status(of: 1).stages.first { $0.stage == "committee" }?.rejections.count == 1)
        try fixture.plan.vote(1, .approve, comment: "on reflection", by: "cmorgan", at: ApprovalFixture.clock(12))
        let status = try fixture.plan.status(of: 1)
        #expect(status.blockedBy.isEmpty)
        #expect(status.proposal.votes.count == 3)
        #expect(status.stages.first { $0.stage == "committee" }?.approvals.map(\.voter) == ["cmorgan"])
    }

    @Test func refusalsNameTheRule() throws {
        let fixture = try ApprovalFixture()
        let plan = fixture.plan
        _ = try fixture.propose(ApprovalFixture.version(duty: "Reconcile accounts and invoices."))
        #expect(throws: ApprovalError.notInRoster(person: "mallory")) {
            try plan.vote(1, .approve, comment: "", by: "mallory", at: ApprovalFixture.clock(11))
        }
        #expect(throws: ApprovalError.lacksRole(person: "fgarcia", role: "analyst", stage: "analyst-review")) {
            try plan.vote(1, .approve, comment: "", by: "fgarcia", at: ApprovalFixture.clock(11))
        }
        #expect(throws: ApprovalError.effectiveDateTaken(classID: ApprovalFixture.classID, effective: ApprovalFixture.date, proposal: 1)) {
            _ = try plan.propose(.correct(ApprovalFixture.classID, to: ApprovalFixture.version(duty: "Other."), reason: "x"),
                                 by: "bchen", at: ApprovalFixture.clock(12))
        }
        let bad = PlanFileWrite(path: "classes/finance-technician/2019-07-16.yaml", content: "title: [unclosed\n")
        #expect(throws: ApprovalError.self) {
            _ = try plan.propose(ProposalDraft(kind: .correct, classIDs: [], files: [bad], effective: nil, reason: "x"), by: "bchen")
        }
        try plan.withdraw(1, by: "aortiz", at: ApprovalFixture.clock(13))
        #expect(throws: ApprovalError.proposalClosed(number: 1, state: .withdrawn)) {
            try plan.vote(1, .approve, comment: "", by: "bchen", at: ApprovalFixture.clock(14))
        }
        #expect(try plan.proposals(state: .withdrawn).map(\.number) == [1])
        #expect(try plan.proposals(state: .open).isEmpty)
    }
}
