import ClaspPlan
import ClaspSpec
import ClaspTestSupport
import Foundation
import Testing

/// A plan that can govern itself from `clasp init` on, and the README's way to start one.
@Suite struct InitRosterTests {
    static let seed = PackagePaths.root.appendingPathComponent("Tests/ClaspSpecTests/Fixtures/seeds/000_83a157b970d7c809.txt").path

    /// The roster file's entry for `--admin` keeps its own details and gains the administrator role.
    @Test func theAdministratorNamedByInitKeepsTheRoleWhenTheRosterListsThemOtherwise() throws {
        let directory = try TemporaryDirectory()
        let plan = directory.path("plan")
        let roster = try directory.write("roster.yaml", RosterTemplate.text)
        let created = try CLI.run(["init", plan, "--agency", "City of T", "--admin", "aortiz", "--admin-name", "Someone Else",
                                   "--admin-email", "else@t.example", "--roster", roster])
        #expect(created.status == 0, "\(created.stderr)")
        let written = try Roster.decode(try ProcessRunner.git(["--git-dir", plan, "show", "main:roster.yaml"]).stdout)
        let person = try #require(written.person("aortiz"))
        #expect(person.roles.contains(.analyst) && person.roles.contains(.administrator))
        #expect(written.people.filter { $0.id == "aortiz" }.count == 1)
    }

    @Test func initRefusesARosterThatCannotSatisfyTheWorkflowsAndCreatesNothing() throws {
        let directory = try TemporaryDirectory()
        let plan = directory.path("plan")
        let refused = try CLI.run(["init", plan, "--agency", "City of Springfield", "--admin", "jdoe", "--admin-name", "Jane Doe",
                                   "--admin-email", "jdoe@springfield.example"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("the roster cannot satisfy the plan's workflows"), "\(refused.stderr)")
        #expect(refused.stderr.contains("  analyst: 2 analysts needed, the roster has 0"))
        #expect(refused.stderr.contains("  committee: 1 committee member needed, the roster has 0"))
        #expect(refused.stderr.contains("  commissioner: 1 commissioner needed, the roster has 0"))
        #expect(!FileManager.default.fileExists(atPath: plan))
        let lone = try directory.write("lone.yaml", "people:\n- id: ann\n  name: Ann\n  email: ann@x.example\n  roles:\n  - analyst\n  - committee\n  - commissioner\n")
        let alsoRefused = try CLI.run(["init", plan, "--agency", "A", "--admin", "jdoe", "--admin-name", "Jane Doe",
                                       "--admin-email", "jdoe@x.example", "--roster", lone])
        #expect(alsoRefused.status == 1)
        #expect(alsoRefused.stderr.contains("analyst: 2 analysts needed, the roster has 1: stage 'analyst-review' of workflow 'default' "
                                            + "needs 1 approval from the analyst role, and the analyst who writes a proposal cannot approve it"),
                "\(alsoRefused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: plan))
        let missing = try CLI.run(["init", plan, "--admin", "jdoe"])
        #expect(missing.status == 2 && missing.stderr.contains("--agency"), "\(missing.stderr)")
    }

    @Test func theRosterTemplateIsPrintedAndMakesAPlanThatChecksSound() throws {
        let printed = try CLI.run(["init", "--print-roster-template"])
        #expect(printed.status == 0)
        #expect(printed.stdout == RosterTemplate.text)
        #expect(printed.stdout.hasPrefix("# roster.yaml"))
        let directory = try TemporaryDirectory()
        let roster = try directory.write("roster.yaml", printed.stdout)
        let created = try CLI.run(["init", directory.path("plan"), "--agency", "A", "--admin", "jdoe", "--admin-name", "Jane Doe",
                                   "--admin-email", "jdoe@springfield.example", "--roster", roster])
        #expect(created.status == 0, "\(created.stderr)")
        let check = try CLI.run(["--plan", directory.path("plan"), "check"])
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test func checkReportsAnExistingPlanThatCannotGovernItself() throws {
        let directory = try TemporaryDirectory()
        let admin = Person(id: "jdoe", name: "Jane Doe", email: "jdoe@x.example", roles: [.administrator])
        _ = try Plan.create(at: directory.path("plan"), config: PlanConfig(id: "old", agency: "Old Town"), roster: Roster(people: [admin]),
                            files: DefaultWorkflows.files, by: admin)
        let check = try CLI.run(["--plan", directory.path("plan"), "check"])
        #expect(check.status == 1)
        #expect(check.stdout.contains("roster.yaml: the roster cannot satisfy its workflows: 1 commissioner needed, the roster has 0"), "\(check.stdout)")
        let json = try CLI.run(["--plan", directory.path("plan"), "check", "--format", "json"])
        #expect(json.stdout.contains("\"sound\" : false"), "\(json.stdout)")
    }

    /// The README's "Starting a plan of your own", run line by line as written there.
    @Test func theReadmeStepsTakeAProposalFromDraftToAdoption() throws {
        let readme = try String(contentsOf: PackagePaths.root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "Starting a plan of your own").dropFirst().first)
        let block = try #require(section.components(separatedBy: "```sh\n").dropFirst().first?.components(separatedBy: "\n```").first)
        let commands = block.replacingOccurrences(of: "\\\n", with: " ").split(separator: "\n").map { line in
            String(line.components(separatedBy: "  #").first!).trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
        #expect(commands.count >= 12, "\(commands)")

        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory.path("specs"), withIntermediateDirectories: true)
        let seedText = try String(contentsOfFile: Self.seed, encoding: .utf8)
        _ = try directory.write("specs/finance-technician.txt", seedText)
        _ = try directory.write("ft-2027.txt", seedText.replacingOccurrences(
            of: "Two years of responsible administrative", with: "Three years of responsible administrative"))
        try FileManager.default.createDirectory(atPath: directory.path("plans"), withIntermediateDirectories: true)

        var environment: [String: String] = [:]
        var outputs: [String: ProcessResult] = [:]
        for command in commands {
            var words = Self.words(command)
            if words.first == "export", let assignment = words.dropFirst().first, let equals = assignment.firstIndex(of: "=") {
                environment[String(assignment[..<equals])] = String(assignment[assignment.index(after: equals)...])
                continue
            }
            try #require(words.first == "clasp", "only clasp commands: \(command)")
            var redirect: String?
            if let index = words.firstIndex(of: ">") {
                redirect = words[index + 1]
                words.removeSubrange(index...)
            }
            let arguments = try words.dropFirst().flatMap { word -> [String] in
                guard word.contains("*") else { return [word] }
                let folder = (word as NSString).deletingLastPathComponent, suffix = word.components(separatedBy: "*").last!
                return try FileManager.default.contentsOfDirectory(atPath: directory.path(folder)).filter { $0.hasSuffix(suffix) }.sorted()
                    .map { "\(folder)/\($0)" }
            }
            let result = try CLI.run(arguments, in: directory.path, environment: environment)
            try #require(result.status == 0, "\(command): \(result.stderr)\(result.stdout)")
            if let redirect { _ = try directory.write(redirect, result.stdout) }
            outputs[command] = result
        }
        let shown = try #require(outputs.first { $0.key.hasSuffix("proposal 1") }?.value.stdout)
        #expect(shown.contains("stage committee (committee)"), "\(shown)")
        #expect(!shown.contains("stage commission"), "\(shown)")
        let audit = try #require(outputs.first { $0.key.hasSuffix("audit verify") }?.value.stdout)
        #expect(audit.contains("1 adoption verified"), "\(audit)")
        let show = try CLI.run(["show", "finance-technician", "--as-of", "2027-01-01"], in: directory.path, environment: environment)
        #expect(show.stdout.contains("Three years of responsible administrative"))

        // The format sections' examples are what the readers accept, and the roster one can govern.
        let roster = try Roster.decode(try Self.yamlBlock(after: "### roster.yaml", in: readme))
        let workflow = try Workflow.decode(try Self.yamlBlock(after: "### workflows/*.yaml", in: readme))
        #expect(workflow.stages.map(\.approvals) == [.count(1), .majority])
        #expect(workflow.stages.map(\.veto) == [false, true] && workflow.carryVotes == .editorial && !workflow.parallel)
        let installed = try DefaultWorkflows.files.values.map { try Workflow.decode($0) }
        #expect(WorkflowCoverage(roster: roster, workflows: installed).gaps == [])
    }

    /// Shell words: spaces separate, double quotes group.
    static func words(_ line: String) -> [String] {
        var words: [String] = [], current = "", quoted = false, started = false
        for character in line {
            if character == "\"" { quoted.toggle(); started = true; continue }
            if character == " " && !quoted {
                if started { words.append(current) }
                current = ""; started = false
                continue
            }
            current.append(character); started = true
        }
        if started { words.append(current) }
        return words
    }

    static func yamlBlock(after heading: String, in text: String) throws -> String {
        let section = try #require(text.components(separatedBy: heading).dropFirst().first)
        return try #require(section.components(separatedBy: "```yaml\n").dropFirst().first?.components(separatedBy: "```").first)
    }
}
