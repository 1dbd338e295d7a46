import ArgumentParser
import ClaspPlan
import ClaspSpec
import Foundation

extension Clasp {
    /// `clasp init`: creates an empty plan with its first administrator and the default workflows.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Create a new plan repository.",
            discussion: """
                Creates a bare git repository whose first commit holds clasp.yaml, the roster (the first administrator \
                and the people of --roster) and the default approval workflows.

                Refuses a roster that cannot satisfy those workflows (every stage's role needs enough holders besides \
                a proposal's author) and says which roles need how many people. --print-roster-template prints a \
                commented roster that satisfies them, to fill in first.

                Examples:
                  clasp init --print-roster-template > roster.yaml
                  clasp init plans/springfield --agency "City of Springfield" \\
                    --time-zone America/Chicago --roster roster.yaml \\
                    --admin jdoe --admin-name "Jane Doe" --admin-email jdoe@springfield.example
                """)

        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Argument(help: "Where to create the plan (default: --plan).")
        var path: String?

        @Option(help: "The agency's name, e.g. \"City of Roseville\" (required).")
        var agency: String?

        @Option(help: "A short id for the plan (default: derived from the agency).")
        var planID: String?

        @Option(help: "The agency's IANA time zone.")
        var timeZone: String = "UTC"

        @Option(help: "Roster id of the first administrator (required).")
        var admin: String?

        @Option(help: "Full name of the first administrator (required).")
        var adminName: String?

        @Option(help: "Email of the first administrator (required).")
        var adminEmail: String?

        @Option(help: ArgumentHelp("A roster.yaml with the plan's first people (the administrator is added if missing).", valueName: "file"))
        var roster: String?

        @Flag(help: "Print a commented roster.yaml that satisfies the default workflows, and create nothing.")
        var printRosterTemplate = false

        func validate() throws {
            if printRosterTemplate { return }
            for (value, option) in [(agency, "--agency"), (admin, "--admin"), (adminName, "--admin-name"), (adminEmail, "--admin-email")] where value == nil {
                throw ValidationError("missing \(option): clasp init PATH --agency NAME --admin ID --admin-name NAME --admin-email EMAIL [--roster FILE]")
            }
            let admin = self.admin ?? "", adminEmail = self.adminEmail ?? ""
            guard TimeZoneName.isKnown(timeZone) else {
                throw ValidationError("--time-zone '\(timeZone)' is not a known time zone (e.g. America/Los_Angeles)")
            }
            guard Slug.isValid(admin) else {
                throw ValidationError("--admin '\(admin)' is not a valid roster id: use lower-case letters, digits and hyphens")
            }
            if let planID, !Slug.isValid(planID) {
                throw ValidationError("--plan-id '\(planID)' is not valid: use lower-case letters, digits and hyphens")
            }
            guard adminEmail.contains("@") else { throw ValidationError("--admin-email '\(adminEmail)' is not an email address") }
        }

        func run() throws {
            if printRosterTemplate {
                Console.current.print(RosterTemplate.text, terminator: "")
                return
            }
            let context = CommandContext(global)
            guard let target = path ?? context.planPath else {
                throw ValidationError("give the new plan's path: clasp init PATH --agency ...")
            }
            // validate() has required these.
            guard let agency, let admin, let adminName, let adminEmail else { return }
            let id = planID ?? ImportRequest.classID(fromTitle: agency)
            let administrator = Person(id: admin, name: adminName, email: adminEmail, roles: [.administrator])
            var people = [administrator]
            if let roster {
                let listed = try Roster.decode(try ProposalInput.read(roster), file: roster).people
                // The file's entry for --admin keeps its name, email and roles, and gains the
                // administrator role the first person of a plan must hold.
                people = (listed.contains { $0.id == admin } ? [] : people) + listed.map { person in
                    var person = person
                    if person.id == admin, !person.roles.contains(.administrator) { person.roles.append(.administrator) }
                    return person
                }
            }
            let workflows = try DefaultWorkflows.files.sorted { $0.key < $1.key }.map { try Workflow.decode($0.value, file: $0.key) }
            let coverage = WorkflowCoverage(roster: Roster(people: people), workflows: workflows)
            guard coverage.isComplete else { throw CommandFailure(coverage.refusal) }
            // The roster file's entry for the administrator, with its signing key if it lists one.
            let creator = people.first { $0.id == admin } ?? administrator
            let plan = try Plan.create(at: Console.current.path(target), config: PlanConfig(id: id, agency: agency, timeZone: timeZone),
                                       roster: Roster(people: people),
                                       files: DefaultWorkflows.files, by: creator, signer: context.signingKey())
            Console.current.print("created plan '\(id)' for \(agency) at \(plan.path)")
        }
    }
}
