import ClaspPlan
import ClaspTestSupport
import Foundation
import Testing

/// Roster and workflow proposals as a voter reads them in `clasp proposal N`.
@Suite struct GovernanceProposalCLITests {
    /// A roster proposal shows who is added, removed or given which role, in the CLI's text and JSON.
    @Test func aRosterProposalShowsWhoIsAddedRemovedAndGivenWhichRole() throws {
        let demo = try CLI.demo()
        let plan = demo.roseville
        let roster = try ProcessRunner.git(["--git-dir", plan, "show", "main:roster.yaml"]).stdout
        var people = try Roster.decode(roster).people
        people.removeAll { $0.id == "ejohnson" }
        if let index = people.firstIndex(where: { $0.id == "cmorgan" }) { people[index].roles.append(.commissioner) }
        people.append(Person(id: "plee", name: "Pat Lee", email: "plee@roseville.example", roles: [.commissioner]))
        let directory = try TemporaryDirectory()
        let file = try directory.write("roster.yaml", Roster(people: people).encode())
        let opened = try CLI.run(["--plan", plan, "--as", "admin", "propose", "--kind", "roster", "--file", file, "-m", "New commissioner"])
        #expect(opened.status == 0, "\(opened.stderr)")
        let number = try #require(opened.stdout.components(separatedBy: "opened proposal ").dropFirst().first?.prefix { $0.isNumber })
        let shown = try CLI.run(["--plan", plan, "proposal", String(number)])
        #expect(shown.stdout.contains("roster.yaml [other]\n    removed Erin Johnson (ejohnson), who was committee\n"
                                      + "    granted commissioner to cmorgan\n    added Pat Lee (plee) as commissioner, plee@roseville.example\n"),
                "\(shown.stdout)")
        let json = try CLI.run(["--plan", plan, "proposal", String(number), "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let change = try #require((report["changes"] as? [[String: Any]])?.first)
        #expect(change["changes"] as? [String] == ["removed Erin Johnson (ejohnson), who was committee", "granted commissioner to cmorgan",
                                                   "added Pat Lee (plee) as commissioner, plee@roseville.example"])
        let governance = try #require(change["governance"] as? [[String: Any]])
        #expect(governance.map { $0["change"] as? String } == ["person-removed", "role-granted", "person-added"])
        #expect(governance.map { $0["person"] as? String } == ["ejohnson", "cmorgan", "plee"])

        // Leaving no commissioner would leave the plan unable to approve anything of the commission's.
        people.removeAll { $0.roles.contains(.commissioner) }
        let none = try directory.write("none.yaml", Roster(people: people).encode())
        let refused = try CLI.run(["--plan", plan, "--as", "admin", "propose", "--kind", "roster", "--file", none, "-m", "Oops"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("1 commissioner needed, the roster has 0"), "\(refused.stderr)")
    }

    /// A workflow proposal shows which stages change and how.
    @Test func aWorkflowProposalShowsItsStageChanges() throws {
        let demo = try CLI.demo()
        let plan = demo.roseville
        var workflow = try Workflow.decode(try ProcessRunner.git(["--git-dir", plan, "show", "main:workflows/default.yaml"]).stdout)
        workflow.carryVotes = .none
        workflow.stages[1].approvals = .count(2)
        workflow.stages[1].when.removeAll { $0 == .other }
        let directory = try TemporaryDirectory()
        let file = try directory.write("default.yaml", workflow.encode())
        let opened = try CLI.run(["--plan", plan, "--as", "admin", "propose", "--kind", "workflow", "--file", file, "-m", "Two committee votes"])
        #expect(opened.status == 0, "\(opened.stderr)")
        let shown = try CLI.run(["--plan", plan, "proposal", "3"])
        #expect(shown.stdout.contains("workflows/default.yaml [other]\n    carry-votes changed from editorial to none\n"
                                      + "    stage 'committee': approvals changed from majority to 2\n"
                                      + "    stage 'committee': no longer when other\n"), "\(shown.stdout)")
        // Five approvals from three commissioners could never be given.
        workflow.stages[2].approvals = .count(5)
        let impossible = try directory.write("impossible/default.yaml", workflow.encode())
        let refused = try CLI.run(["--plan", plan, "--as", "admin", "propose", "--kind", "workflow", "--file", impossible, "-m", "Five"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("5 commissioners needed, the roster has 3: stage 'commission' of workflow 'default' needs 5 approvals"),
                "\(refused.stderr)")
    }
}
