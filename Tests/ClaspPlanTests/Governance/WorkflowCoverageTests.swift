import ClaspGit
import ClaspPlan
import ClaspSpec
import ClaspTestSupport
import Foundation
import Testing

/// Whether a roster can approve what its workflows ask of it (`WorkflowCoverage`), as `clasp
/// init`, `clasp check` and `clasp propose` apply it.
@Suite struct WorkflowCoverageTests {
    static let workflows = try! DefaultWorkflows.files.sorted { $0.key < $1.key }.map { try Workflow.decode($0.value, file: $0.key) }

    static func person(_ id: String, _ roles: Role...) -> Person {
        Person(id: id, name: id.capitalized, email: "\(id)@plan.example", roles: roles)
    }

    static func coverage(_ people: Person...) -> WorkflowCoverage {
        WorkflowCoverage(roster: Roster(people: people), workflows: workflows)
    }

    @Test func theRosterTemplateSatisfiesTheDefaultWorkflows() throws {
        let roster = try Roster.decode(RosterTemplate.text)
        #expect(WorkflowCoverage(roster: roster, workflows: Self.workflows).gaps == [])
        #expect(Set(roster.people.flatMap(\.roles)) == Set(Role.allCases))
    }

    @Test func anAdministratorAloneLacksAnalystsCommitteeAndCommissioners() {
        let gaps = Self.coverage(Self.person("jdoe", .administrator)).gaps
        #expect(gaps.map(\.role) == [.analyst, .committee, .commissioner])
        #expect(gaps.map(\.needed) == [2, 1, 1])
        #expect(gaps.allSatisfy { $0.holders == 0 })
        let commission = try! #require(gaps.last)
        #expect(commission.reasons.contains("stage 'commission' of workflow 'governance' needs a majority from the commissioner role"))
        #expect(commission.description.hasPrefix("1 commissioner needed, the roster has 0: "))
    }

    /// One analyst approval is not reachable when the only analyst wrote the proposal, and
    /// analysts write class proposals: the rule asks for two.
    @Test func aLoneAnalystCannotPassTheirOwnProposals() {
        let gaps = Self.coverage(Self.person("jdoe", .administrator), Self.person("ann", .analyst),
                                 Self.person("cat", .committee), Self.person("fay", .commissioner)).gaps
        #expect(gaps.count == 1)
        #expect(gaps.first?.role == .analyst && gaps.first?.needed == 2 && gaps.first?.holders == 1)
        #expect(gaps.first?.description.contains("the analyst who writes a proposal cannot approve it") == true)
    }

    /// An administrator writes roster proposals; as the only commissioner they could never
    /// reach a majority without their own vote, and of two commissioners neither can they.
    @Test func anAdministratorWhoIsACommissionerNeedsTwoMoreBesideThem() {
        let base = [Self.person("ann", .analyst), Self.person("bob", .analyst), Self.person("cat", .committee)]
        let alone = WorkflowCoverage(roster: Roster(people: base + [Self.person("jdoe", .administrator, .commissioner)]), workflows: Self.workflows)
        #expect(alone.gaps.map(\.role) == [.commissioner] && alone.gaps.first?.needed == 3)
        let two = WorkflowCoverage(roster: Roster(people: base + [Self.person("jdoe", .administrator, .commissioner), Self.person("fay", .commissioner)]),
                                   workflows: Self.workflows)
        #expect(two.gaps.first?.needed == 3 && two.gaps.first?.holders == 2)
        let three = WorkflowCoverage(roster: Roster(people: base + [Self.person("jdoe", .administrator, .commissioner), Self.person("fay", .commissioner),
                                                                    Self.person("gus", .commissioner)]), workflows: Self.workflows)
        #expect(three.isComplete)
    }

    @Test func governanceWorkflowsNeedAnAdministratorToOpenThem() {
        let gaps = Self.coverage(Self.person("ann", .analyst), Self.person("bob", .analyst), Self.person("cat", .committee),
                                 Self.person("fay", .commissioner)).gaps
        #expect(gaps.map(\.role) == [.administrator])
    }

    @Test func countedStagesNeedThatManyNonAuthors() throws {
        let workflow = try Workflow.decode("""
            name: strict
            applies-to:
            - revise
            stages:
            - name: board
              role: committee
              approvals: 3
              when:
              - duties
            - name: unused
              role: auditor
              approvals: 5
              when: []
            """)
        let coverage = WorkflowCoverage(roster: Roster(people: [Self.person("cat", .committee), Self.person("dan", .committee)]), workflows: [workflow])
        #expect(coverage.gaps.map(\.role) == [.committee], "a stage that never applies needs nobody")
        #expect(coverage.gaps.first?.needed == 3)
    }

    @Test func checkReportsItAndARosterProposalCannotMakeItWorse() throws {
        let fixture = try ApprovalFixture()
        #expect(try PlanChecker().check(fixture.plan.current()).isEmpty)
        // Two of the three commissioners leave: one remains, still a majority of one.
        let fewer = ApprovalFixture.people.filter { !["gkim", "hlopez"].contains($0.id) }
        _ = try fixture.plan.propose(Self.rosterDraft(fewer), by: "admin", at: ApprovalFixture.clock(10))
        // Without any commissioner nothing could pass the commission stage again.
        let none = ApprovalFixture.people.filter { $0.role(not: .commissioner) }
        #expect(throws: ApprovalError.invalidProposal(findings: [
            "roster.yaml: the roster cannot satisfy its workflows: 1 commissioner needed, the roster has 0: "
                + "stage 'commission' of workflow 'default' needs a majority from the commissioner role; "
                + "stage 'commission' of workflow 'governance' needs a majority from the commissioner role",
        ])) {
            _ = try fixture.plan.propose(Self.rosterDraft(none), by: "admin", at: ApprovalFixture.clock(11))
        }
    }

    @Test func aProposalNarrowingAnOldShortfallIsNotRefused() throws {
        let directory = try TemporaryDirectory("clasp-coverage")
        let admin = Self.person("jdoe", .administrator)
        let plan = try Plan.create(at: directory.path("plan"), config: PlanConfig(id: "t", agency: "T"), roster: Roster(people: [admin]),
                                   files: DefaultWorkflows.files, by: admin)
        let findings = try PlanChecker().check(plan.current())
        #expect(findings.map(\.file) == ["roster.yaml", "roster.yaml", "roster.yaml"])
        #expect(findings.first?.message.hasPrefix("the roster cannot satisfy its workflows: 2 analysts needed, the roster has 0") == true)
        // One commissioner: the commission is covered, analysts and committee still short.
        let draft = Self.rosterDraft([admin, Self.person("fay", .commissioner), Self.person("ann", .analyst)])
        let proposal = try plan.propose(draft, by: "jdoe")
        #expect(proposal.number == 1)
    }

    static func rosterDraft(_ people: [Person]) -> ProposalDraft {
        ProposalDraft(kind: .roster, classIDs: [], files: [PlanFileWrite(path: PlanLayout.rosterPath, content: Roster(people: people).encode())],
                      effective: nil, reason: "Roster change")
    }
}

extension Person {
    fileprivate func role(not role: Role) -> Bool { !roles.contains(role) }
}
