import ClaspTestSupport
import Foundation
import Testing

/// Issue 15's scenarios as a user meets them, through the real binary on the demo plan, whose
/// proposal 2 (effective 2026-07-01) raises Finance Technician's experience from two to three
/// years and awaits the committee.
@Suite struct ApprovalIntegrityCLITests {
    struct Demo {
        let demo: CLI.DemoPlans
        var plan: String { demo.roseville }

        func clasp(_ person: String?, _ arguments: String...) throws -> ProcessResult {
            try CLI.run(["--plan", plan] + (person.map { ["--as", $0] } ?? []) + arguments)
        }

        /// The 2019 text with a duty added, effective `date`: drafted from the
        /// version in force before proposal 2's date.
        func draftFrom2019(_ date: String, file name: String) throws -> String {
            var yaml = try clasp(nil, "show", "finance-technician", "--as-of", "2020-01-01", "--format", "yaml").stdout
            yaml = yaml.replacingOccurrences(of: "effective: 2019-07-16", with: "effective: \(date)")
            yaml = yaml.replacingOccurrences(of: "- Perform specialized and detailed work", with: "- Audit vendor invoices and approve payments of any amount.\n  - Perform specialized and detailed work")
            return try demo.directory.write(name, yaml)
        }
    }

    /// Scenario 1: proposal 3 (2027-01-01) drafted from the 2019 text, approved; proposal 2
    /// adopted in between. Proposal 3 is stale, shows what it would undo, cannot be adopted
    /// until rebased, and once rebased and voted again adopts only its own change.
    @Test func aStaleProposalIsShownRefusedRebasedAndThenAdoptsOnlyItsOwnChange() throws {
        let demo = Demo(demo: try CLI.demo())
        let file = try demo.draftFrom2019("2027-01-01", file: "ft-2027.yaml")
        let opened = try demo.clasp("aortiz", "propose", "finance-technician", "--file", file, "--effective", "2027-01-01", "-m", "Reword a duty")
        #expect(opened.status == 0, "\(opened.stderr)")
        for (person, number) in [("bchen", "3"), ("cmorgan", "3"), ("dpatel", "3"), ("cmorgan", "2"), ("dpatel", "2")] {
            let vote = try demo.clasp(person, "vote", number, "approve")
            #expect(vote.status == 0, "\(person) on \(number): \(vote.stderr)")
        }
        #expect(try demo.clasp("bchen", "adopt", "2").status == 0)

        let shown = try demo.clasp(nil, "proposal", "3")
        #expect(shown.stdout.contains("STALE"), "\(shown.stdout)")
        #expect(shown.stdout.hasSuffix("rebase before adopting: clasp rebase 3\n"), "the CLI names its command: \(shown.stdout)")
        #expect(shown.stdout.contains("but main now has 2026-07-01 in force before 2027-01-01"))
        #expect(shown.stdout.contains("Three -> Two years (lowered)"), "\(shown.stdout)")
        let json = try JSONSerialization.jsonObject(with: Data(try demo.clasp(nil, "proposal", "3", "--format", "json").stdout.utf8)) as? [String: Any]
        #expect((json?["stale"] as? [String])?.count == 1)
        #expect(json?["readyToAdopt"] as? Bool == false)

        let refused = try demo.clasp("bchen", "adopt", "3")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("proposal 3 is stale"), "\(refused.stderr)")
        #expect(refused.stderr.hasSuffix("clasp: hint: clasp rebase 3\n"), "the CLI adds its own command: \(refused.stderr)")

        let rebased = try demo.clasp("aortiz", "rebase", "3")
        #expect(rebased.status == 0, "\(rebased.stderr)")
        #expect(rebased.stdout.contains("rebased proposal 3 onto main"), "\(rebased.stdout)")
        #expect(rebased.stdout.contains("earlier votes dropped"))
        #expect(try demo.clasp("bchen", "adopt", "3").status == 1, "the rebased text needs its votes again")
        for person in ["bchen", "cmorgan", "dpatel"] {
            let vote = try demo.clasp(person, "vote", "3", "approve")
            #expect(vote.status == 0, "\(person): \(vote.stderr)")
        }
        let adopted = try demo.clasp("bchen", "adopt", "3")
        #expect(adopted.status == 0, "\(adopted.stderr)")
        let diff = try demo.clasp(nil, "diff", "finance-technician", "--from", "2026-07-01", "--to", "2027-01-01")
        #expect(!diff.stdout.contains("lowered"), "\(diff.stdout)")
        #expect(diff.stdout.contains("Audit vendor invoices"), "\(diff.stdout)")
        let audit = try demo.clasp(nil, "audit", "verify")
        #expect(audit.status == 0, "\(audit.stdout)")
        #expect(audit.stdout.contains("3 adoptions verified"))
    }

    /// Scenario 2: a rejection is not cleared by removing a full stop.
    @Test func aRejectionSurvivesACosmeticRevision() throws {
        let demo = Demo(demo: try CLI.demo())
        let file = try demo.draftFrom2019("2025-01-01", file: "ft-2025.yaml")
        #expect(try demo.clasp("aortiz", "propose", "finance-technician", "--file", file, "--effective", "2025-01-01", "-m", "Reword").status == 0)
        #expect(try demo.clasp("bchen", "vote", "3", "approve").status == 0)
        #expect(try demo.clasp("cmorgan", "vote", "3", "reject", "-m", "Not needed").status == 0)
        #expect(try demo.clasp("dpatel", "vote", "3", "reject", "-m", "No").status == 0)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let cosmetic = try demo.demo.directory.write("ft-2025b.yaml", text.replacingOccurrences(of: "the following:", with: "the following"))
        let revised = try demo.clasp("aortiz", "revise", "3", "--file", cosmetic, "-m", "Full stop")
        #expect(revised.status == 0, "\(revised.stderr)")
        let adopt = try demo.clasp("bchen", "adopt", "3")
        #expect(adopt.status == 1)
        #expect(adopt.stderr.contains("cmorgan rejected"), "\(adopt.stderr)")
    }

    /// Scenario 4: the committee cannot vote before the analyst review.
    @Test func aCommitteeVoteBeforeTheAnalystReviewIsRefused() throws {
        let demo = Demo(demo: try CLI.demo())
        let file = try demo.draftFrom2019("2025-01-01", file: "ft-2025.yaml")
        #expect(try demo.clasp("aortiz", "propose", "finance-technician", "--file", file, "--effective", "2025-01-01", "-m", "Reword").status == 0)
        let early = try demo.clasp("cmorgan", "vote", "3", "approve")
        #expect(early.status == 1)
        #expect(early.stderr.contains("stage 'committee' is not open yet: stage 'analyst-review' must pass first"), "\(early.stderr)")
    }

    /// Scenario 3: an administrator's import cannot overwrite an adopted version unnoticed.
    @Test func anAdministratorsReplaceOfAnAdoptedVersionIsRefusedOrReported() throws {
        let demo = Demo(demo: try CLI.demo())
        let head = try ProcessRunner.git(["--git-dir", demo.plan, "rev-parse", "main"]).stdout
        var yaml = try demo.clasp(nil, "show", "finance-technician", "--as-of", "2020-01-01", "--format", "yaml").stdout
        yaml = yaml.replacingOccurrences(of: "- Perform specialized and detailed work", with: "- Perform any work")
        let file = try demo.demo.directory.write("overwrite.yaml", yaml)
        let refused = try demo.clasp("admin", "import", file, "--class", "finance-technician", "--replace")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("change only through proposals"), "\(refused.stderr)")
        #expect(try ProcessRunner.git(["--git-dir", demo.plan, "rev-parse", "main"]).stdout == head)
        let overridden = try demo.clasp("admin", "import", file, "--class", "finance-technician", "--replace", "--override-reason", "Court order 2026-17")
        #expect(overridden.status == 0, "\(overridden.stderr)")
        let audit = try demo.clasp(nil, "audit", "verify")
        #expect(audit.status == 1)
        #expect(audit.stdout.contains("with the reason 'Court order 2026-17'"), "\(audit.stdout)")
        #expect(try demo.clasp(nil, "check").status == 0)
    }
}
