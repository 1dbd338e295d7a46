import ClaspGit
@testable import ClaspPlan
import ClaspSpec
import ClaspTestSupport
import Foundation
import Testing

/// Two proposals on one class over time: the second drafted from the text the first replaces.
/// Once the first is adopted the second is stale: it shows what adopting it would undo, adoption
/// refuses it, a rebase carries only its own change over, and the audit catches a stale proposal
/// adopted by hand.
@Suite struct StaleProposalTests {
    static let class2026 = PlanDate(iso: "2026-07-01")!
    static let class2027 = PlanDate(iso: "2027-01-01")!

    /// The 2019 text with `experience` and `duty` changed, effective `date`.
    static func version(_ date: PlanDate, duty: String = "Reconcile accounts and prepare reports.",
                        experience: String = "Two years of accounting experience.") -> SpecVersion {
        var version = ApprovalFixture.version(duty: duty, experience: experience)
        version.effective = date
        return version
    }

    /// Votes every open stage of `number` through with the fixture's people, in order.
    static func approve(_ fixture: ApprovalFixture, _ number: ProposalNumber, from minute: Int) throws {
        var clock = minute
        let voters = ["analyst-review": ["bchen", "aortiz"], "committee": ["cmorgan", "dpatel"], "commission": ["fgarcia", "gkim"]]
        let author = try fixture.plan.proposal(number).author
        for stage in try fixture.plan.status(of: number).stages {
            for voter in voters[stage.stage] ?? [] where voter != author {
                let now = try fixture.plan.status(of: number).stages.first { $0.stage == stage.stage }
                if now?.satisfied == true { break }
                try fixture.plan.vote(number, .approve, comment: "", by: voter, stage: stage.stage, at: ApprovalFixture.clock(clock))
                clock += 1
            }
        }
    }

    /// Scenario 1 of issue 15: proposal 1 raises experience (2026-07-01), proposal 2 rewords a
    /// duty (2027-01-01) drafted from the 2019 text; both approved; proposal 1 adopted.
    static func scenario() throws -> ApprovalFixture {
        let fixture = try ApprovalFixture()
        _ = try fixture.plan.propose(.revise(ApprovalFixture.classID, to: version(class2026, experience: "Three years of accounting experience."),
                                             reason: "Raise experience"), by: "aortiz", at: ApprovalFixture.clock(10))
        _ = try fixture.plan.propose(.revise(ApprovalFixture.classID, to: version(class2027, duty: "Reconcile accounts and prepare monthly reports."),
                                             reason: "Reword a duty"), by: "aortiz", at: ApprovalFixture.clock(11))
        try approve(fixture, 1, from: 12)
        try approve(fixture, 2, from: 20)
        #expect(try fixture.plan.status(of: 2).readyToAdopt)
        try fixture.plan.adopt(1, by: "bchen", at: ApprovalFixture.clock(30))
        return fixture
    }

    @Test func aProposalDraftedAgainstAReplacedVersionIsStaleAndShowsWhatItWouldUndo() throws {
        let fixture = try Self.scenario()
        let status = try fixture.plan.status(of: 2)
        #expect(!status.readyToAdopt)
        #expect(status.staleVersions.map(\.path) == ["classes/finance-technician/2027-01-01.yaml"])
        #expect(status.staleVersions.first?.drafted?.effective == ApprovalFixture.date)
        #expect(status.staleVersions.first?.now?.effective == Self.class2026)
        #expect(status.missing.first?.hasPrefix("a rebase onto main") == true)
        let against = try #require(status.changesAgainstMain.first?.changes)
        #expect(against.changes.contains { $0.summary.lowercased().contains("experience") }, "\(against.changes.map(\.summary))")
        #expect(status.changesAgainstMain.first?.categories.contains(.qualifications) == true)
        #expect(throws: ApprovalError.stale(number: 2, reasons: status.staleVersions.map(\.explanation))) {
            try fixture.plan.adopt(2, by: "bchen", at: ApprovalFixture.clock(31))
        }
    }

    @Test func aRebaseCarriesOnlyTheProposalsOwnChangeAndAsksTheVotersAgain() throws {
        let fixture = try Self.scenario()
        let before = try fixture.plan.proposal(2)
        let status = try fixture.plan.rebase(2, by: "aortiz", at: ApprovalFixture.clock(31))
        #expect(status.staleVersions.isEmpty)
        #expect(status.proposal.base == (try fixture.plan.mainHead()))
        #expect(status.proposal.head != before.head)
        // The rebased text has both: proposal 1's experience and proposal 2's duty.
        let rebased = try #require(try fixture.plan.version(inTree: try fixture.plan.commit(status.proposal.head).treeID,
                                                            path: "classes/finance-technician/2027-01-01.yaml"))
        #expect(rebased == Self.version(Self.class2027, duty: "Reconcile accounts and prepare monthly reports.",
                                        experience: "Three years of accounting experience."))
        // Main's change came in with the rebase (a qualification): the votes on the old text are dropped.
        #expect(status.stages.flatMap(\.approvals).isEmpty)
        #expect(!status.staleVotes.isEmpty)
        #expect(status.proposal.events.last?.kind == .revised)
        #expect(status.proposal.events.last?.trailer(.base) == (try fixture.plan.mainHead()).hex)
        // The change now routed is the duty alone: analyst review and committee.
        #expect(status.stages.map(\.stage) == ["analyst-review", "committee"])
        try Self.approve(fixture, 2, from: 40)
        try fixture.plan.adopt(2, by: "bchen", at: ApprovalFixture.clock(50))
        let snapshot = try fixture.plan.current()
        let diff = try SpecDiff().compare(try snapshot.version(ApprovalFixture.classID, effective: Self.class2026),
                                          try snapshot.version(ApprovalFixture.classID, effective: Self.class2027))
        #expect(!diff.changes.contains { $0.summary.lowercased().contains("experience") }, "\(diff.changes.map(\.summary))")
        #expect(diff.categories == [.duties], "\(diff.changes.map(\.summary))")
        #expect(try fixture.plan.auditVerify().isClean)
    }

    @Test func aRebaseWhereBothChangedTheSameTextDifferentlyReportsItAndWritesNothing() throws {
        let fixture = try ApprovalFixture()
        _ = try fixture.plan.propose(.revise(ApprovalFixture.classID, to: Self.version(Self.class2026, experience: "Three years of accounting experience."),
                                             reason: "Three"), by: "aortiz", at: ApprovalFixture.clock(10))
        _ = try fixture.plan.propose(.revise(ApprovalFixture.classID, to: Self.version(Self.class2027, experience: "Four years of accounting experience."),
                                             reason: "Four"), by: "aortiz", at: ApprovalFixture.clock(11))
        try Self.approve(fixture, 1, from: 12)
        try fixture.plan.adopt(1, by: "bchen", at: ApprovalFixture.clock(20))
        let meta = try fixture.plan.proposal(2).meta
        #expect {
            try fixture.plan.rebase(2, by: "aortiz", at: ApprovalFixture.clock(21))
        } throws: { error in
            guard case ApprovalError.rebaseConflicts(2, let conflicts) = error else { return false }
            return conflicts.count == 1 && conflicts[0].contains("EXPERIENCE") && conflicts[0].contains("2027-01-01.yaml")
        }
        #expect(try fixture.plan.proposal(2).meta == meta)
        #expect(try fixture.plan.status(of: 2).staleVersions.count == 1)
    }

    /// One open proposal per version, so only an administrator's recorded override can correct
    /// a version under an open correction; the correction is then stale.
    @Test func aCorrectionIsStaleWhenMainCorrectedTheSameVersionAndARebaseMergesBoth() throws {
        let fixture = try ApprovalFixture()
        _ = try fixture.propose(ApprovalFixture.version(duty: "Reconcile acounts and prepare reports."))
        try Self.approve(fixture, 1, from: 11)
        try fixture.plan.adopt(1, by: "bchen", at: ApprovalFixture.clock(13))
        _ = try fixture.plan.propose(.correct(ApprovalFixture.classID, to: ApprovalFixture.version(duty: "Reconcile acounts and prepare reports.",
                                                                                                  experience: "Two years of bookkeeping experience."),
                                             reason: "Experience wording"), by: "aortiz", at: ApprovalFixture.clock(14))
        _ = try fixture.plan.importVersions([ImportRequest(classID: ApprovalFixture.classID, version: ApprovalFixture.version(), source: "t")],
                                            by: "admin", replace: true, overrideReason: "typo reverted at the clerk's request",
                                            at: ApprovalFixture.clock(15))
        #expect(try fixture.plan.status(of: 2).staleVersions.map(\.path) == ["classes/finance-technician/2019-07-16.yaml"])
        let status = try fixture.plan.rebase(2, by: "aortiz", at: ApprovalFixture.clock(16))
        let merged = try fixture.plan.version(inTree: try fixture.plan.commit(status.proposal.head).treeID,
                                              path: "classes/finance-technician/2019-07-16.yaml")
        #expect(merged == ApprovalFixture.version(experience: "Two years of bookkeeping experience."))
        #expect(throws: ApprovalError.upToDate(number: 2)) { try fixture.plan.rebase(2, by: "aortiz", at: ApprovalFixture.clock(17)) }
    }

    @Test func anEditorialChangeOnMainKeepsTheVotesThroughARebase() throws {
        let fixture = try ApprovalFixture()
        _ = try fixture.propose(ApprovalFixture.version(duty: "Reconcile acounts and prepare reports."))
        _ = try fixture.plan.propose(.revise(ApprovalFixture.classID, to: Self.version(Self.class2027, experience: "Three years of accounting experience."),
                                             reason: "Three"), by: "aortiz", at: ApprovalFixture.clock(11))
        try Self.approve(fixture, 1, from: 12)
        try Self.approve(fixture, 2, from: 14)
        try fixture.plan.adopt(1, by: "bchen", at: ApprovalFixture.clock(20))
        let status = try fixture.plan.rebase(2, by: "aortiz", at: ApprovalFixture.clock(21))
        #expect(status.staleVotes.isEmpty)
        #expect(status.readyToAdopt)
        try fixture.plan.adopt(2, by: "bchen", at: ApprovalFixture.clock(22))
        #expect(try fixture.plan.auditVerify().isClean)
    }

    /// The audit re-derives the change adopted and the change voted on; a stale proposal adopted
    /// by hand (the adoption commit written as `adopt` writes it, minus the staleness check)
    /// differs and is reported.
    @Test func auditVerifyReportsAStaleProposalAdoptedByHand() throws {
        let fixture = try Self.scenario()
        let plan = fixture.plan
        let proposal = try plan.proposal(2)
        let status = try plan.evaluate(proposal)
        let main = try plan.mainHead()
        let tree = try plan.mergedTree(proposal, onto: main)
        let message = try Plan.adoptionMessage(number: 2, meta: proposal.meta, head: proposal.head, kind: proposal.kind, reason: proposal.reason,
                                               changes: status.changes, workflow: status.workflow, workflowBlob: status.workflowBlob,
                                               approvals: status.stages.flatMap(\.approvals), adopter: ApprovalFixture.people[2])
        let signature = Signature(name: "Ben Chen", email: "bchen@plan.example", time: ApprovalFixture.clock(31), timeZoneOffsetMinutes: 0)
        let commit = try plan.repository.createCommit(tree: tree, parents: [main], author: signature, committer: signature, message: message)
        try plan.repository.updateReference(PlanLayout.mainRef, to: commit, expected: main, message: "by hand")
        try plan.appendEvent(2, expected: proposal.meta, subject: "Adopt proposal 2", body: "", trailers: Plan.adoptedTrailers(commit),
                             by: ApprovalFixture.people[2], at: ApprovalFixture.clock(31))
        let report = try Plan.open(at: fixture.path).auditVerify()
        #expect(report.findings.count == 1, "\(report.findings)")
        #expect(report.findings.first?.commit == commit)
        guard case .staleAdoption(let explanation)? = report.findings.first?.problem else {
            Issue.record("expected a stale adoption: \(report.findings)"); return
        }
        #expect(explanation.contains("2026-07-01"))
        let verify = try ProcessRunner.git(["--git-dir", fixture.path, "fsck", "--strict"])
        #expect(verify.status == 0)
    }
}
