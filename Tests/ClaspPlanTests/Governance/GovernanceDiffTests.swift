import ClaspGit
import ClaspPlan
import ClaspSpec
import Foundation
import Testing

/// What a roster or workflow proposal changes, in words a voter reads (`RosterDiff`, `WorkflowDiff`).
@Suite struct GovernanceDiffTests {
    static let before = Roster(people: [
        Person(id: "jdoe", name: "Jane Doe", email: "jdoe@x.example", roles: [.administrator]),
        Person(id: "cmorgan", name: "Carla Morgan", email: "cmorgan@x.example", roles: [.analyst]),
        Person(id: "dpatel", name: "Dev Patel", email: "dpatel@x.example", roles: [.committee, .commissioner]),
    ])

    @Test func rosterChangesArePeopleRolesNamesAndEmails() {
        var after = Self.before
        after.people.removeAll { $0.id == "dpatel" }
        after.people[1].roles = [.committee, .analyst]
        after.people[0].name = "Jane Doe-Smith"
        after.people[0].email = "jane@x.example"
        after.people.append(Person(id: "plee", name: "Pat Lee", email: "plee@x.example", roles: [.commissioner]))
        let diff = RosterDiff(from: Self.before, to: after)
        #expect(diff.changes.map(\.description) == [
            "removed Dev Patel (dpatel), who was committee and commissioner",
            "renamed jdoe from Jane Doe to Jane Doe-Smith",
            "changed the email of jdoe from jdoe@x.example to jane@x.example",
            "granted committee to cmorgan",
            "added Pat Lee (plee) as commissioner, plee@x.example",
        ])
        #expect(diff.changes.map(\.code) == ["person-removed", "name-changed", "email-changed", "role-granted", "person-added"])
        #expect(diff.changes.map(\.person) == ["dpatel", "jdoe", "jdoe", "cmorgan", "plee"])
    }

    @Test func revokedRolesAndReorderingsThatMeanNothing() {
        var after = Self.before
        after.people.reverse()
        after.people[0].roles = [.commissioner]
        let diff = RosterDiff(from: Self.before, to: after)
        #expect(diff.changes == [.revoked(id: "dpatel", role: .committee)])
        #expect(diff.changes.first?.description == "revoked committee from dpatel")
        #expect(RosterDiff(from: Self.before, to: Roster(people: Self.before.people.reversed())).isEmpty)
    }

    static let governance = """
        name: governance
        applies-to:
        - roster
        - workflow
        carry-votes: none
        stages:
        - name: commission
          role: commissioner
          approvals: majority
          when:
          - other
        """

    @Test func workflowChangesAreKindsVotesAndStages() throws {
        let old = try Workflow.decode(Self.governance)
        let new = try Workflow.decode("""
            name: governance
            description: Two steps.
            applies-to:
            - roster
            carry-votes: editorial
            stages:
            - name: hr
              role: administrator
              approvals: 1
              when:
              - other
            - name: commission
              role: committee
              approvals: 2
              when:
              - other
              - title
            """)
        let diff = WorkflowDiff(from: old, to: new)
        #expect(diff.changes.map(\.description) == [
            "description now: Two steps.",
            "no longer applies to workflow",
            "carry-votes changed from none to editorial",
            "added stage 'hr': 1 administrator approval, when other",
            "stage 'commission': role changed from commissioner to committee",
            "stage 'commission': approvals changed from majority to 2",
            "stage 'commission': now also when title",
        ])
        #expect(diff.changes.map(\.code) == ["description-changed", "applies-to-removed", "carry-votes-changed", "stage-added",
                                             "stage-role-changed", "stage-approvals-changed", "stage-when-added"])
        #expect(diff.changes.compactMap(\.stage) == ["hr", "commission", "commission", "commission"])
    }

    @Test func stagesRemovedReorderedAndWholeFiles() throws {
        let two = try Workflow.decode(Self.governance + """

            - name: review
              role: analyst
              approvals: 1
              when:
              - other
            - name: audit
              role: auditor
              approvals: 1
              when:
              - other
            """)
        var swapped = two
        swapped.stages = [two.stages[2], two.stages[0]]
        #expect(WorkflowDiff(from: two, to: swapped).changes.map(\.description) == [
            "removed stage 'review' (1 analyst approval, when other)",
            "stages reordered: audit, commission (was commission, audit)",
        ])
        let added = WorkflowDiff(from: nil, to: try Workflow.decode(Self.governance))
        #expect(added.changes.map(\.description) == [
            "added workflow 'governance'",
            "now applies to roster and workflow",
            "added stage 'commission': a majority of the commissioner role, when other",
        ])
        #expect(WorkflowDiff(from: two, to: nil).changes.map(\.description) == ["removed workflow 'governance'"])
        var settings = two
        settings.parallel = true
        settings.allowsAdministratorImports = true
        settings.stages[0].veto = true
        #expect(WorkflowDiff(from: two, to: settings).changes.map(\.description) == [
            "stages now take votes at once (parallel)",
            "administrator imports now allowed after the first adoption",
            "stage 'commission': one rejection now vetoes it",
        ])
        #expect(WorkflowDiff(from: settings, to: two).changes.map(\.code) == ["parallel-changed", "administrator-imports-changed", "stage-veto-changed"])
        #expect(WorkflowDiff(from: two, to: two).isEmpty)
    }

    @Test func governanceFilesAreComparedByPathAndUnreadableSidesGiveNothing() {
        let text = Self.before.encode()
        guard case .roster(let diff)? = GovernanceDiff.compare(path: "roster.yaml", old: nil, new: text) else {
            Issue.record("roster.yaml is a roster"); return
        }
        #expect(diff.changes.count == 3)
        #expect(GovernanceDiff.compare(path: "roster.yaml", old: "people: [", new: text) == nil)
        #expect(GovernanceDiff.compare(path: "classes/x/class.yaml", old: nil, new: text) == nil)
        guard case .workflow(let workflow)? = GovernanceDiff.compare(path: "workflows/g.yaml", old: Self.governance, new: nil) else {
            Issue.record("workflows/g.yaml is a workflow"); return
        }
        #expect(workflow.changes == [.workflowRemoved(name: "governance")])
    }
}
