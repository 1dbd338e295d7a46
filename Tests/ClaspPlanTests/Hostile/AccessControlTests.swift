import ClaspGit
import ClaspPlan
import ClaspSpec
import ClaspTestSupport
import Foundation
import Testing

/// Every write through the library checks the acting person's role in the roster in force, and
/// a person removed from the roster (or stripped of a role) can no longer act, even on
/// proposals opened before the change.
@Suite struct AccessControlTests {
    static let outsider = "mallory"

    @Test func everyWriteRefusesSomeoneNotInTheRoster() throws {
        let fixture = try ApprovalFixture()
        let plan = fixture.plan
        let draft = ProposalDraft.correct(ApprovalFixture.classID, to: ApprovalFixture.version(duty: "Other duties."), reason: "x")
        #expect(throws: ApprovalError.notInRoster(person: Self.outsider)) { try plan.propose(draft, by: Self.outsider) }
        _ = try fixture.propose(ApprovalFixture.version(duty: "Other duties."))
        #expect(throws: ApprovalError.notInRoster(person: Self.outsider)) { try plan.vote(1, .approve, comment: "", by: Self.outsider) }
        #expect(throws: ApprovalError.notInRoster(person: Self.outsider)) { try plan.comment(1, "hi", by: Self.outsider) }
        #expect(throws: ApprovalError.notInRoster(person: Self.outsider)) { try plan.withdraw(1, by: Self.outsider) }
        #expect(throws: ApprovalError.notInRoster(person: Self.outsider)) { try plan.adopt(1, by: Self.outsider) }
        #expect(throws: (any Error).self) {
            try plan.importVersions([ImportRequest(classID: "other-class", version: ApprovalFixture.version(), source: "t")], by: Self.outsider)
        }
        let meta = try fixture.git("log", "--format=%(trailers:key=Person,valueonly)", "refs/proposals/1/meta").stdout
        #expect(!meta.contains(Self.outsider))
    }

    @Test func everyWriteRefusesAPersonWithoutTheRole() throws {
        let fixture = try ApprovalFixture()
        let plan = fixture.plan
        // fgarcia is a commissioner: not an analyst (propose, adopt) nor an administrator (import).
        let draft = ProposalDraft.correct(ApprovalFixture.classID, to: ApprovalFixture.version(duty: "Other duties."), reason: "x")
        #expect(throws: (any Error).self) { try plan.propose(draft, by: "fgarcia") }
        _ = try fixture.propose(ApprovalFixture.version(duty: "Other duties."))
        #expect(throws: ApprovalError.lacksRole(person: "fgarcia", role: "analyst", stage: "analyst-review")) {
            try plan.vote(1, .approve, comment: "", by: "fgarcia", stage: "analyst-review")
        }
        try plan.vote(1, .approve, comment: "", by: "bchen")
        try plan.vote(1, .approve, comment: "", by: "cmorgan")
        try plan.vote(1, .approve, comment: "", by: "dpatel")
        #expect(throws: ApprovalError.self) { try plan.adopt(1, by: "cmorgan") }
        #expect(throws: (any Error).self) {
            try plan.importVersions([ImportRequest(classID: "other-class", version: ApprovalFixture.version(), source: "t")], by: "aortiz")
        }
        #expect(try plan.proposal(1).state == .open)
        #expect(try plan.auditVerify().isClean)
    }

    /// Adopts a roster change (governance workflow: a majority of the three commissioners).
    static func adoptRoster(_ fixture: ApprovalFixture, _ people: [Person], at minute: Int) throws {
        let draft = ProposalDraft(kind: .roster, classIDs: [], files: [PlanFileWrite(path: PlanLayout.rosterPath, content: Roster(people: people).encode())],
                                  effective: nil, reason: "Roster change")
        let proposal = try fixture.plan.propose(draft, by: "admin", at: ApprovalFixture.clock(minute))
        try fixture.plan.vote(proposal.number, .approve, comment: "", by: "fgarcia", at: ApprovalFixture.clock(minute + 1))
        try fixture.plan.vote(proposal.number, .approve, comment: "", by: "gkim", at: ApprovalFixture.clock(minute + 2))
        try fixture.plan.adopt(proposal.number, by: "bchen", at: ApprovalFixture.clock(minute + 3))
    }

    @Test func someoneRemovedFromTheRosterCanNoLongerVoteEvenOnAnOlderProposal() throws {
        let fixture = try ApprovalFixture()
        let plan = fixture.plan
        _ = try fixture.propose(ApprovalFixture.version(duty: "Other duties."), at: 10)
        try plan.vote(1, .approve, comment: "", by: "bchen", at: ApprovalFixture.clock(11))
        // cmorgan leaves the committee entirely; dpatel stays a person but loses the committee role.
        var people = ApprovalFixture.people.filter { $0.id != "cmorgan" }
        if let index = people.firstIndex(where: { $0.id == "dpatel" }) { people[index].roles = [.analyst] }
        try Self.adoptRoster(fixture, people, at: 20)
        #expect(throws: ApprovalError.notInRoster(person: "cmorgan")) {
            try plan.vote(1, .approve, comment: "", by: "cmorgan", at: ApprovalFixture.clock(30))
        }
        #expect(throws: ApprovalError.notInRoster(person: "cmorgan")) { try plan.comment(1, "still here?", by: "cmorgan") }
        #expect(throws: ApprovalError.lacksRole(person: "dpatel", role: "committee", stage: "committee")) {
            try plan.vote(1, .approve, comment: "", by: "dpatel", stage: "committee", at: ApprovalFixture.clock(31))
        }
        let committee = try plan.proposal(1).votes.filter { $0.stage == "committee" }
        #expect(committee.isEmpty)
        // The members who remain can still carry it, and the audit agrees.
        try plan.vote(1, .approve, comment: "", by: "ejohnson", at: ApprovalFixture.clock(32))
        #expect(try plan.auditVerify().isClean)
    }
}
