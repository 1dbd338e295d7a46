import ClaspSpec
import ClaspTestSupport
import Foundation
import Testing

/// Drafting a proposal from the version in force, as an analyst does it from the command line:
/// quick edits, an editor, and typos in class ids, on the demo plan.
@Suite struct ProposeDraftingCLITests {
    struct Demo {
        let demo: CLI.DemoPlans
        /// Runs clasp as `person`; `binary` runs the built binary, whose standard input is a pipe.
        func clasp(_ person: String?, _ arguments: [String], environment: [String: String] = [:], binary: Bool = false) throws -> ProcessResult {
            let arguments = ["--plan", demo.roseville] + (person.map { ["--as", $0] } ?? []) + arguments
            return try binary ? CLI.runBinary(arguments, environment: environment) : CLI.run(arguments, environment: environment)
        }
        func proposed(_ number: Int, effective: String) throws -> SpecVersion {
            let head = try ProcessRunner.git(["--git-dir", demo.roseville, "show", "refs/proposals/\(number)/head:classes/finance-technician/\(effective).yaml"])
            return try SpecVersionCodec.decode(head.stdout, file: "head")
        }
    }

    @Test func quickEditsStartFromTheVersionInForceAndSetTheDateThemselves() throws {
        let demo = Demo(demo: try CLI.demo())
        let opened = try demo.clasp("aortiz", ["propose", "finance-technician", "--effective", "2027-01-01",
                                               "--replace-text", "Two years of responsible", "Three years of responsible",
                                               "--set", "code=11003", "-m", "Study"])
        #expect(opened.status == 0, "\(opened.stderr)")
        #expect(opened.stdout.contains("opened proposal 3: revise finance-technician 2027-01-01"), "\(opened.stdout)")
        let version = try demo.proposed(3, effective: "2027-01-01")
        #expect(version.effective == PlanDate(iso: "2027-01-01"))
        #expect(version.code == "11003")
        let shown = try demo.clasp(nil, ["proposal", "3"]).stdout
        #expect(shown.contains("Two -> Three years (raised)"), "\(shown)")

        let missing = try demo.clasp("aortiz", ["propose", "finance-technician", "--effective", "2028-01-01",
                                                "--replace-text", "twelve years", "ten years", "-m", "x"])
        #expect(missing.status == 1 && missing.stderr.contains("'twelve years' does not occur in the text of Finance Technician I/II"), "\(missing.stderr)")
        let badField = try demo.clasp("aortiz", ["propose", "finance-technician", "--effective", "2028-01-01", "--set", "colour=red", "-m", "x"])
        #expect(badField.status == 1 && badField.stderr.contains("'colour' is not a field"), "\(badField.stderr)")
        let odd = try demo.clasp("aortiz", ["propose", "finance-technician", "--effective", "2028-01-01", "--replace-text", "a", "-m", "x"])
        #expect(odd.status == 2 && odd.stderr.contains("--replace-text takes two values"), "\(odd.stderr)")
    }

    @Test func editOpensVisualOrEditorAndRefusesWithoutOneOrATerminal() throws {
        let demo = Demo(demo: try CLI.demo())
        let none = try demo.clasp("aortiz", ["propose", "finance-technician", "--effective", "2028-01-01", "--edit", "-m", "x"],
                                  environment: ["EDITOR": "", "VISUAL": ""], binary: true)
        #expect(none.status == 1 && none.stderr.contains("no editor to run: set $VISUAL or $EDITOR"), "\(none.stderr)")
        let edited = try demo.clasp("aortiz", ["propose", "finance-technician", "--effective", "2028-01-01", "--edit", "-m", "Reword"],
                                    environment: ["VISUAL": "sed -i s/journal.entries/vouchers/", "EDITOR": "false"], binary: true)
        #expect(edited.status == 0, "\(edited.stderr)")
        let version = try demo.proposed(3, effective: "2028-01-01")
        #expect(version.title == "Finance Technician I/II")
        #expect(SpecVersionCodec.encode(version).contains("Prepare vouchers and general ledger"))
        let failed = try demo.clasp("aortiz", ["propose", "finance-technician", "--effective", "2029-01-01", "--edit", "-m", "x"],
                                    environment: ["EDITOR": "false"], binary: true)
        #expect(failed.status == 1 && failed.stderr.contains("nothing proposed"), "\(failed.stderr)")
    }

    @Test func aMistypedClassIDIsAnsweredWithTheNearestAndOpensNothing() throws {
        let demo = Demo(demo: try CLI.demo())
        let typo = try demo.clasp("aortiz", ["propose", "finance-technican", "--effective", "2027-01-01", "--set", "code=1", "-m", "x"])
        #expect(typo.status == 1 && typo.stderr.contains("no class 'finance-technican' in this plan; did you mean finance-technician?"), "\(typo.stderr)")
        let yaml = try demo.clasp(nil, ["show", "finance-technician", "--format", "yaml"]).stdout
        let file = try demo.demo.directory.write("ft.yaml", yaml)
        let withFile = try demo.clasp("aortiz", ["propose", "finance-technican", "--file", file, "-m", "x"])
        #expect(withFile.status == 1 && withFile.stderr.contains("did you mean finance-technician?"), "\(withFile.stderr)")
        #expect(try demo.clasp(nil, ["proposals", "--state", "open"]).stdout.split(separator: "\n").count == 1)
        let establish = try demo.clasp("aortiz", ["propose", "finance-technican", "--file", file, "--kind", "establish", "-m", "On purpose"])
        #expect(establish.status != 0 || establish.stdout.contains("establish finance-technican"), "\(establish.stderr)")
    }

    /// A draft written in Markdown is read the way imports read it.
    @Test func aMarkdownDraftIsProposed() throws {
        let demo = Demo(demo: try CLI.demo())
        let file = try demo.demo.directory.write("ft.md", """
            # Finance Technician I/II

            ## Definition

            Performs paraprofessional accounting work for the Finance Department.

            ## Examples of Essential Duties

            - Reconciles bank statements.
            - Prepares journal entries.
            """)
        let opened = try demo.clasp("aortiz", ["propose", "finance-technician", "--file", file, "--effective", "2027-01-01", "-m", "Rewrite"])
        #expect(opened.status == 0, "\(opened.stderr)")
        let version = try demo.proposed(3, effective: "2027-01-01")
        #expect(version.sections.map(\.kind) == [.definition, .duties])
        #expect(version.sections.last?.items.map(\.text) == ["Reconciles bank statements.", "Prepares journal entries."])
    }
}
