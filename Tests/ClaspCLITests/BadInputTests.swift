import ClaspTestSupport
import Foundation
import Testing

/// Bad input: one clear message, exit 2 for usage and 1 for data, and nothing written.
@Suite struct BadInputTests {
    @Test(arguments: [
        (["show"], "Missing expected argument"),
        (["show", "finance-technician", "--as-of", "2019-02-30"], "'2019-02-30' is not a real date"),
        (["show", "finance-technician", "--format", "pdf"], "Output format: text, yaml, json or markdown."),
        (["show", "finance-technician", "--format", "svg"], "show prints text, yaml, json or markdown, not svg"),
        (["proposals", "--format", "svg"], "proposals prints text or json, not svg"),
        (["proposal", "2", "--format", "yaml"], "proposal prints text or json, not yaml"),
        (["blame", "finance-technician", "--format", "markdown"], "blame prints text or json, not markdown"),
        (["frobnicate"], "Unexpected argument"),
        (["show", "finance-technician"], "no plan given"),
    ])
    func usageErrorsExitTwo(arguments: [String], message: String) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func dataErrorsExitOneWithTheMissingThingNamed() throws {
        let demo = try CLI.demo()
        let plans = demo.plans, directory = demo.directory
        let plan = "\(plans)/roseville"
        let unknown = try CLI.run(["--plan", plan, "show", "payroll-clerk"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no class 'payroll-clerk'"))
        let early = try CLI.run(["--plan", plan, "show", "finance-technician", "--as-of", "1990-01-01"])
        #expect(early.status == 1)
        #expect(early.stderr.contains("first version takes effect 2012-08-25"))
        let notPlan = try CLI.run(["--plan", directory.path, "list"])
        #expect(notPlan.status == 1)
        #expect(notPlan.stderr.contains("is not a Clasp plan"))
        let traversal = try CLI.run(["--plan", plan, "show", "../../etc"])
        #expect(traversal.status == 1)
        #expect(traversal.stderr.contains("not a valid class id"))
    }

    @Test func badImportFilesAreRefusedAndNothingIsWritten() throws {
        let demo = try CLI.demo()
        let plans = demo.plans, directory = demo.directory
        let plan = "\(plans)/roseville"
        let head = try ProcessRunner.git(["--git-dir", plan, "rev-parse", "main"]).stdout
        let empty = try directory.write("empty.txt", "")
        let binary = try directory.write("binary.txt", bytes: [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2, 0xFF])
        let untitled = try directory.write("untitled.txt", "\n\n   \n")
        let prose = try directory.write("prose.txt", "the quick brown fox jumps over the lazy dog.\nanother sentence here.\n")
        let badYAML = try directory.write("bad.yaml", "title: X\neffective: 2019-02-30\nsections: []\n")
        let unknownField = try directory.write("unknown.yaml", "title: X\neffective: 2019-01-01\nsalary: 3\nsections: []\n")
        for (file, message) in [(empty, "empty"), (binary, "binary"), (badYAML, "2019-02-30"), (unknownField, "salary"), (untitled, "empty"), (prose, "title")] {
            let result = try CLI.run(["--plan", plan, "--as", "admin", "import", file])
            #expect(result.status == 1, "\(file): \(result.stdout)\(result.stderr)")
            #expect(result.stderr.lowercased().contains(message), "\(result.stderr)")
        }
        // One good and one bad file: the good one is not written either.
        let good = try directory.write("good.yaml", "title: Payroll Clerk\neffective: 2020-01-01\nsections:\n- kind: definition\n  text:\n  - To pay people.\n")
        let mixed = try CLI.run(["--plan", plan, "--as", "admin", "import", good, badYAML])
        #expect(mixed.status == 1)
        #expect(try ProcessRunner.git(["--git-dir", plan, "rev-parse", "main"]).stdout == head)
        let bypass = try CLI.run(["--plan", plan, "--as", "aortiz", "import", good])
        #expect(bypass.status == 1)
        #expect(bypass.stderr.contains("administrator"))
        // The demo plan has adopted a proposal: an import now needs a recorded reason.
        let governed = try CLI.run(["--plan", plan, "--as", "admin", "import", good])
        #expect(governed.status == 1)
        #expect(governed.stderr.contains("--override-reason"), "\(governed.stderr)")
        #expect(try ProcessRunner.git(["--git-dir", plan, "rev-parse", "main"]).stdout == head)
        let ok = try CLI.run(["--plan", plan, "--as", "admin", "import", good, "--override-reason", "Filed late by the clerk"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("payroll-clerk 2020-01-01: recorded established-class"))
        let audit = try CLI.run(["--plan", plan, "audit", "verify"])
        #expect(audit.status == 1)
        #expect(audit.stdout.contains("administrator import after the plan began adopting proposals, with the reason 'Filed late by the clerk'"), "\(audit.stdout)")
    }

    @Test func helpShowsExamples() throws {
        let help = try CLI.run(["show", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Examples:"))
        #expect(help.stdout.contains("--as-known-on"))
    }
}
