import ClaspPlan
import ClaspSpec
import ClaspTestSupport
import Foundation
import Testing

/// Retitles, consolidations, splits, abolitions and reinstatements as a new user records them
/// with the CLI alone: a plan started with `clasp init`, specs imported, then each lineage
/// change proposed, voted through the workflow and adopted as one commit.
@Suite struct LineageProposalCLITests {
    static let seed002 = PackagePaths.root.appendingPathComponent("Tests/ClaspSpecTests/Fixtures/seeds/002_5542abc9f835574d.txt").path

    /// A plan from `clasp init` with the template roster; `classes` imported as plain text
    /// (title in capitals, one section) effective 2005-07-01 before anything is adopted.
    struct Fixture {
        let directory: TemporaryDirectory
        var plan: String { directory.path("plan") }

        init(classes: [String] = []) throws {
            directory = try TemporaryDirectory("clasp-lineage")
            let roster = try directory.write("roster.yaml", RosterTemplate.text)
            let created = try CLI.run(["init", directory.path("plan"), "--agency", "City of T", "--admin", "jdoe", "--admin-name", "Jane Doe",
                                       "--admin-email", "jdoe@t.example", "--roster", roster])
            #expect(created.status == 0, "\(created.stderr)")
            for title in classes {
                let file = try directory.write("\(title).txt", "\(title.uppercased())\n\nDefinition\nPerforms \(title.lowercased()) work.\n")
                let imported = try clasp("jdoe", "import", file, "--effective", "2005-07-01")
                #expect(imported.status == 0, "\(imported.stderr)")
            }
        }

        func clasp(_ person: String?, _ arguments: String...) throws -> ProcessResult {
            try CLI.run(["--plan", plan] + (person.map { ["--as", $0] } ?? []) + arguments)
        }

        /// Votes proposal `number` through analyst review, the committee and the commission, then adopts it.
        func approveAndAdopt(_ number: String) throws {
            for person in ["bchen", "cmorgan", "dpatel", "fgarcia", "gkim"] {
                let vote = try clasp(person, "vote", number, "approve")
                #expect(vote.status == 0, "\(person) on \(number): \(vote.stderr)")
            }
            let adopted = try clasp("bchen", "adopt", number)
            #expect(adopted.status == 0, "adopt \(number): \(adopted.stderr)")
        }

        func title(_ classID: String, on date: String) throws -> String {
            let yaml = try clasp(nil, "show", classID, "--as-of", date, "--format", "yaml").stdout
            return try SpecVersionCodec.decode(yaml, file: classID).title
        }

        /// The files main's last commit changed.
        func lastAdoptionFiles() throws -> [String] {
            try ProcessRunner.git(["--git-dir", plan, "diff", "--name-only", "main~1", "main"]).stdout.split(separator: "\n").map(String.init)
        }
    }

    /// The card's example: Accounting Technician II (seed 002) becomes Finance Technician II.
    @Test func aRetitleIsProposedShownVotedAndAdoptedAsOneCommit() throws {
        let fixture = try Fixture()
        #expect(try fixture.clasp("jdoe", "import", Self.seed002, "--effective", "2020-01-01").status == 0)
        let opened = try fixture.clasp("aortiz", "propose", "accounting-technician-ii", "--retitle", "Finance Technician II",
                                       "--effective", "2026-07-01", "-m", "Classification study 2026")
        #expect(opened.status == 0, "\(opened.stderr)")
        #expect(opened.stdout.contains("opened proposal 1: retitle accounting-technician-ii 2026-07-01"), "\(opened.stdout)")
        #expect(opened.stdout.contains("commission (commissioner, 2)"), "lineage goes to the commission: \(opened.stdout)")

        let shown = try fixture.clasp(nil, "proposal", "1")
        #expect(shown.stdout.contains("retitled from “Accounting Technician II” to “Finance Technician II” on 2026-07-01 (Classification study 2026)"),
                "\(shown.stdout)")
        #expect(shown.stdout.contains("Title changed from “Accounting Technician II” to “Finance Technician II”"))
        let json = try JSONSerialization.jsonObject(with: Data(try fixture.clasp(nil, "proposal", "1", "--format", "json").stdout.utf8)) as? [String: Any]
        let lineage = (json?["changes"] as? [[String: Any]])?.compactMap { $0["lineage"] as? [[String: Any]] }.first
        #expect(lineage?.first?["code"] as? String == "event-added")

        try fixture.approveAndAdopt("1")
        #expect(try fixture.lastAdoptionFiles() == ["classes/accounting-technician-ii/2026-07-01.yaml", "classes/accounting-technician-ii/class.yaml"])
        #expect(try fixture.title("accounting-technician-ii", on: "2026-06-30") == "Accounting Technician II")
        #expect(try fixture.title("accounting-technician-ii", on: "2026-07-01") == "Finance Technician II")
        let history = try fixture.clasp(nil, "lineage", "accounting-technician-ii")
        #expect(history.stdout.contains("Finance Technician II"), "\(history.stdout)")
        #expect(try fixture.clasp(nil, "check").status == 0)
        let audit = try fixture.clasp(nil, "audit", "verify")
        #expect(audit.status == 0, "\(audit.stdout)")
    }

    /// The 2012 consolidation: four classes merged into a new Finance Technician I/II.
    @Test func fourClassesAreConsolidatedIntoANewClassByOneProposal() throws {
        let fixture = try Fixture(classes: ["Accounting Technician", "Billing Specialist", "Cash Management Specialist", "Leadworker"])
        let spec = try fixture.directory.write("ft.yaml", """
            title: Finance Technician I/II
            effective: 2012-08-25
            sections:
            - kind: definition
              heading: Definition
              text:
              - Performs paraprofessional finance work.
            """ + "\n")
        let opened = try fixture.clasp("aortiz", "propose", "--merge", "accounting-technician,billing-specialist,cash-management-specialist,leadworker",
                                       "--into", "finance-technician", "--effective", "2012-08-25", "--file", spec, "-m", "Finance study 2012")
        #expect(opened.status == 0, "\(opened.stderr)")
        try fixture.approveAndAdopt("1")
        #expect(try fixture.lastAdoptionFiles().count == 6)
        let predecessors = try fixture.clasp(nil, "lineage", "finance-technician", "--format", "json").stdout
        for id in ["accounting-technician", "billing-specialist", "cash-management-specialist", "leadworker"] {
            #expect(predecessors.contains(id), "\(id) in \(predecessors)")
        }
        let before = try fixture.clasp(nil, "list", "--as-of", "2012-08-24").stdout
        let after = try fixture.clasp(nil, "list", "--as-of", "2012-08-25").stdout
        #expect(before.contains("billing-specialist") && !before.contains("finance-technician"), "\(before)")
        #expect(after.contains("finance-technician") && !after.contains("billing-specialist"), "\(after)")
        #expect(try fixture.clasp(nil, "check").status == 0)
        #expect(try fixture.clasp(nil, "audit", "verify").status == 0)
    }

    /// Split, abolish, reinstate and a retitle into a new class id, each refused where it does not fit.
    @Test func splitAbolishReinstateAndRetitleToANewIDEachWriteBothEnds() throws {
        let fixture = try Fixture(classes: ["Clerk", "Typist", "Messenger"])
        func spec(_ title: String) -> String {
            "title: \(title)\neffective: 2010-01-01\nsections:\n- kind: definition\n  heading: Definition\n  text:\n  - Performs \(title.lowercased()) work.\n"
        }
        let a = try fixture.directory.write("a.yaml", spec("Records Clerk"))
        let b = try fixture.directory.write("b.yaml", spec("Office Clerk"))
        #expect(try fixture.clasp("aortiz", "propose", "--split", "clerk", "--into", "records-clerk,office-clerk",
                                  "--effective", "2010-01-01", "--file", a, "--file", b, "-m", "Split").status == 0)
        try fixture.approveAndAdopt("1")
        let record = try ClassRecordCodec.decode(try ProcessRunner.git(["--git-dir", fixture.plan, "show", "main:classes/clerk/class.yaml"]).stdout, file: "class.yaml")
        #expect(record.events.last?.kind == .splitInto && record.events.last?.into == ["records-clerk", "office-clerk"])

        #expect(try fixture.clasp("aortiz", "propose", "--abolish", "messenger", "--effective", "2011-01-01", "-m", "No longer used").status == 0)
        try fixture.approveAndAdopt("2")
        #expect(!(try fixture.clasp(nil, "list", "--as-of", "2011-06-01").stdout.contains("messenger")))
        let again = try fixture.clasp("aortiz", "propose", "--abolish", "messenger", "--effective", "2012-01-01", "-m", "Twice")
        #expect(again.status != 0 && again.stderr.contains("messenger is not in effect on 2012-01-01"), "\(again.stderr)")
        #expect(try fixture.clasp("aortiz", "propose", "--reinstate", "messenger", "--effective", "2013-01-01", "-m", "Back").status == 0)
        try fixture.approveAndAdopt("3")
        #expect(try fixture.clasp(nil, "list", "--as-of", "2013-06-01").stdout.contains("messenger"))

        #expect(try fixture.clasp("aortiz", "propose", "typist", "--retitle", "Word Processing Operator", "--new-id", "word-processing-operator",
                                  "--effective", "2014-01-01", "-m", "New folder").status == 0)
        try fixture.approveAndAdopt("4")
        #expect(try fixture.title("word-processing-operator", on: "2014-01-01") == "Word Processing Operator")
        #expect(!(try fixture.clasp(nil, "list", "--as-of", "2014-06-01").stdout.contains("typist")))
        #expect(try fixture.clasp(nil, "check").status == 0)

        let unknown = try fixture.clasp("aortiz", "propose", "--abolish", "typis", "--effective", "2015-01-01", "-m", "x")
        #expect(unknown.status != 0 && unknown.stderr.contains("no class 'typis' in this plan; did you mean typist?"), "\(unknown.stderr)")
        let newClassWithoutSpec = try fixture.clasp("aortiz", "propose", "--merge", "records-clerk,office-clerk", "--into", "clerk-typist",
                                                    "--effective", "2015-01-01", "-m", "x")
        #expect(newClassWithoutSpec.status != 0 && newClassWithoutSpec.stderr.contains("clerk-typist is a new class: give its spec"),
                "\(newClassWithoutSpec.stderr)")
    }

    /// Two lineage proposals on one class over time: an abolition adopted first makes a later
    /// retitle conflict with main; a rebase carries its event onto main's record, and the
    /// result (a retitle after the abolition) is refused, so nothing reverses the abolition.
    @Test func aRetitleOpenedBeforeAnAdoptedAbolitionCannotBeAdoptedOrRebasedOverIt() throws {
        let fixture = try Fixture(classes: ["Clerk"])
        #expect(try fixture.clasp("aortiz", "propose", "clerk", "--retitle", "Office Assistant", "--effective", "2012-01-01", "-m", "Rename").status == 0)
        #expect(try fixture.clasp("bchen", "propose", "--abolish", "clerk", "--effective", "2011-01-01", "-m", "Abolish").status == 0)
        for person in ["aortiz", "cmorgan", "dpatel", "fgarcia", "gkim"] { #expect(try fixture.clasp(person, "vote", "2", "approve").status == 0) }
        #expect(try fixture.clasp("aortiz", "adopt", "2").status == 0)
        for person in ["bchen", "cmorgan", "dpatel", "fgarcia", "gkim"] { #expect(try fixture.clasp(person, "vote", "1", "approve").status == 0) }
        let adopt = try fixture.clasp("bchen", "adopt", "1")
        #expect(adopt.status != 0, "\(adopt.stdout)")
        let rebase = try fixture.clasp("aortiz", "rebase", "1")
        #expect(rebase.status != 0 && rebase.stderr.contains("abolished"), "\(rebase.stderr)")
        #expect(try fixture.clasp(nil, "list", "--as-of", "2013-01-01").stdout.contains("no classes in effect"))
        #expect(try fixture.clasp(nil, "audit", "verify").status == 0)
    }

    /// A revision opened before an abolition was adopted touches other files than the
    /// abolition, so it merges cleanly onto main; adoption still refuses it, because the plan
    /// it would leave has a version after the class was abolished.
    @Test func aRevisionOpenedBeforeAnAdoptedAbolitionIsRefusedAtAdoption() throws {
        let fixture = try Fixture(classes: ["Clerk"])
        #expect(try fixture.clasp("aortiz", "propose", "clerk", "--effective", "2012-01-01", "--replace-text", "Performs", "Carries out",
                                  "-m", "Reword").status == 0)
        #expect(try fixture.clasp("bchen", "propose", "--abolish", "clerk", "--effective", "2011-01-01", "-m", "Abolish").status == 0)
        for person in ["aortiz", "cmorgan", "dpatel", "fgarcia", "gkim"] { #expect(try fixture.clasp(person, "vote", "2", "approve").status == 0) }
        #expect(try fixture.clasp("aortiz", "adopt", "2").status == 0)
        for person in ["bchen", "cmorgan", "dpatel"] { _ = try fixture.clasp(person, "vote", "1", "approve") }
        let refused = try fixture.clasp("bchen", "adopt", "1")
        #expect(refused.status == 1, "\(refused.stdout)")
        #expect(refused.stderr.contains("would leave the plan failing its check") && refused.stderr.contains("abolished"), "\(refused.stderr)")
        #expect(try fixture.clasp(nil, "check").status == 0)
        #expect(try fixture.clasp(nil, "audit", "verify").status == 0)
    }
}
