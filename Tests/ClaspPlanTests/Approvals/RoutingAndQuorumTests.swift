import ClaspGit
import ClaspPlan
import ClaspSpec
import ClaspTestSupport
import Foundation
import Testing

/// Stages chosen from the semantic diff, votes carried over revisions, and majority quorums.
@Suite struct RoutingAndQuorumTests {
    static let routes: [(String, SpecVersion, [String])] = [
        ("typo", ApprovalFixture.version(duty: "Reconcile acounts and prepare reports."), ["analyst-review"]),
        ("duties", ApprovalFixture.version(duty: "Audit vendor invoices and approve payments."), ["analyst-review", "committee"]),
        ("qualifications", ApprovalFixture.version(experience: "Three years of accounting experience."), ["analyst-review", "committee"]),
        ("flsa", ApprovalFixture.version(flsa: .exempt), ["analyst-review", "committee", "commission"]),
    ]

    @Test(arguments: 0..<RoutingAndQuorumTests.routes.count)
    func stagesFollowTheCategoriesOfTheChange(index: Int) throws {
        let (label, version, stages) = Self.routes[index]
        let fixture = try ApprovalFixture()
        _ = try fixture.propose(version)
        let status = try fixture.plan.status(of: 1)
        #expect(status.stages.map(\.stage) == stages, "\(label): \(status.categories)")
        #expect(status.workflow == "default")
    }

    @Test func anUnchangedFileIsNothingToPropose() throws {
        let fixture = try ApprovalFixture()
        #expect(throws: ApprovalError.nothingProposed) { _ = try fixture.propose(ApprovalFixture.version()) }
    }

    @Test func aRosterChangeGoesToTheGovernanceWorkflow() throws {
        let fixture = try ApprovalFixture()
        var people = ApprovalFixture.people
        people.append(Person(id: "zed", name: "Zed Analyst", email: "zed@plan.example", roles: [.analyst]))
        let draft = ProposalDraft(kind: .roster, classIDs: [], files: [PlanFileWrite(path: "roster.yaml", content: Roster(people: people).encode())],
                                  effective: nil, reason: "Add Zed")
        _ = try fixture.plan.propose(draft, by: "admin", at: ApprovalFixture.clock(10))
        let status = try fixture.plan.status(of: 1)
        #expect(status.workflow == "governance")
        #expect(status.stages.map(\.stage) == ["commission"])
        #expect(status.stages.first?.needed == 2)
        let mixed = ProposalDraft(kind: .correct, classIDs: [], files: draft.files, effective: nil, reason: "sneak")
        #expect(throws: ApprovalError.kindMismatch(kind: .correct, path: "roster.yaml")) {
            _ = try fixture.plan.propose(mixed, by: "aortiz")
        }
    }

    @Test func majorityMeansMoreThanHalfOfTheRolesHolders() throws {
        let fixture = try ApprovalFixture()
        _ = try fixture.propose(ApprovalFixture.version(duty: "Audit vendor invoices and approve payments."))
        try fixture.plan.vote(1, .approve, comment: "", by: "bchen", at: ApprovalFixture.clock(11))
        try fixture.plan.vote(1, .approve, comment: "", by: "cmorgan", at: ApprovalFixture.clock(12))
        try fixture.plan.vote(1, .abstain, comment: "", by: "ejohnson", at: ApprovalFixture.clock(12))
        var committee = try #require(try fixture.plan.status(of: 1).stages.first { $0.stage == "committee" })
        #expect(committee.needed == 2)
        #expect(!committee.satisfied)
        #expect(throws: ApprovalError.notApproved(number: 1, missing: ["stage 'committee': 1 more approval from a committee (1 of 2)"])) {
            try fixture.plan.adopt(1, by: "bchen", at: ApprovalFixture.clock(13))
        }
        try fixture.plan.vote(1, .approve, comment: "", by: "dpatel", at: ApprovalFixture.clock(14))
        committee = try #require(try fixture.plan.status(of: 1).stages.first { $0.stage == "committee" })
        #expect(committee.satisfied)
    }

    /// One reject short of rejecting the stage is named in what the proposal still needs.
    @Test func aRejectThatDoesNotYetRejectTheStageIsNamed() throws {
        let fixture = try ApprovalFixture()
        _ = try fixture.propose(ApprovalFixture.version(duty: "Audit vendor invoices and approve payments."))
        try fixture.plan.vote(1, .approve, comment: "", by: "bchen", at: ApprovalFixture.clock(11))
        try fixture.plan.vote(1, .reject, comment: "Too broad", by: "cmorgan", at: ApprovalFixture.clock(12))
        let status = try fixture.plan.status(of: 1)
        #expect(status.stages.first { $0.stage == "committee" }?.rejected == false)
        #expect(status.missing == ["stage 'committee': 2 more approvals from a committee (0 of 2; 1 reject, by cmorgan)"])
    }

    @Test func editorialRevisionKeepsVotesAndSubstantiveRevisionDropsThem() throws {
        let fixture = try ApprovalFixture()
        let duty = "Audit vendor invoices and approve payments."
        _ = try fixture.propose(ApprovalFixture.version(duty: duty))
        try fixture.plan.vote(1, .approve, comment: "", by: "bchen", at: ApprovalFixture.clock(11))
        try fixture.plan.vote(1, .approve, comment: "", by: "cmorgan", at: ApprovalFixture.clock(12))
        let path = PlanLayout.versionFile(ApprovalFixture.classID, ApprovalFixture.date)
        // Editorial: a typo fixed in the proposed duty.
        let editorial = ApprovalFixture.version(definition: "To perform a variety of technical acounting work.", duty: duty)
        try fixture.plan.revise(1, files: [PlanFileWrite(path: path, content: SpecVersionCodec.encode(editorial))],
                                reason: "typo", by: "aortiz", at: ApprovalFixture.clock(13))
        var status = try fixture.plan.status(of: 1)
        #expect(status.staleVotes.isEmpty)
        #expect(status.stages.flatMap(\.approvals).map(\.voter) == ["bchen", "cmorgan"])
        // Substantive: experience raised.
        let substantive = ApprovalFixture.version(definition: "To perform a variety of technical acounting work.", duty: duty,
                                                  experience: "Four years of accounting experience.")
        try fixture.plan.revise(1, files: [PlanFileWrite(path: path, content: SpecVersionCodec.encode(substantive))],
                                reason: "raise experience", by: "aortiz", at: ApprovalFixture.clock(14))
        status = try fixture.plan.status(of: 1)
        #expect(status.stages.flatMap(\.approvals).isEmpty)
        #expect(status.staleVotes.map(\.voter) == ["bchen", "cmorgan"])
        #expect(status.proposal.votes.count == 2)
    }

    @Test func aVetoStageIsBlockedByOneRejectUntilASubstantiveRevision() throws {
        let fixture = try ApprovalFixture { $0.stages[1].veto = true }
        let duty = "Audit vendor invoices and approve payments."
        _ = try fixture.propose(ApprovalFixture.version(duty: duty))
        try fixture.plan.vote(1, .approve, comment: "", by: "bchen", at: ApprovalFixture.clock(11))
        try fixture.plan.vote(1, .reject, comment: "too broad", by: "dpatel", at: ApprovalFixture.clock(11))
        #expect(throws: ApprovalError.blocked(by: ["dpatel rejected in stage 'committee': too broad"])) {
            try fixture.plan.adopt(1, by: "bchen", at: ApprovalFixture.clock(12))
        }
        let path = PlanLayout.versionFile(ApprovalFixture.classID, ApprovalFixture.date)
        try fixture.plan.revise(1, files: [PlanFileWrite(path: path, content: SpecVersionCodec.encode(ApprovalFixture.version(duty: "Audit vendor invoices.")))],
                                reason: "narrower", by: "aortiz", at: ApprovalFixture.clock(13))
        #expect(try fixture.plan.status(of: 1).blockedBy.isEmpty)
    }

    @Test func adoptionMergesOntoAMovedMainUnlessTheSameFileChanged() throws {
        let fixture = try ApprovalFixture()
        _ = try fixture.plan.importVersions([ImportRequest(classID: "other-class", version: ApprovalFixture.version(), source: "t")],
                                            by: "admin", at: ApprovalFixture.clock(2))
        var later = ApprovalFixture.version(duty: "Audit vendor invoices.")
        later.effective = PlanDate(iso: "2021-01-01")!
        _ = try fixture.propose(ApprovalFixture.version(duty: "Reconcile acounts and prepare reports."))
        let revision = try fixture.plan.propose(.revise("other-class", to: later, reason: "new duties"), by: "bchen",
                                                at: ApprovalFixture.clock(11))
        try fixture.plan.vote(1, .approve, comment: "", by: "bchen", at: ApprovalFixture.clock(12))
        for (minute, voter) in [(13, "aortiz"), (14, "cmorgan"), (15, "dpatel")] {
            try fixture.plan.vote(revision.number, .approve, comment: "", by: voter, at: ApprovalFixture.clock(minute))
        }
        try fixture.plan.adopt(1, by: "bchen", at: ApprovalFixture.clock(16))
        // Proposal 2 was based before proposal 1's adoption but touches another class.
        let merged = try fixture.plan.adopt(revision.number, by: "bchen", at: ApprovalFixture.clock(17))
        #expect(try fixture.plan.current().effectiveDates("other-class").map(\.iso) == ["2019-07-16", "2021-01-01"])
        #expect(try fixture.plan.commit(merged).parentIDs.count == 1)
        #expect(try fixture.plan.auditVerify().isClean)
    }
}
