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
                Creates a bare git repository whose first commit holds clasp.yaml, a roster with the
                first administrator, and the default approval workflows.

                Example:
                  clasp init plans/springfield --agency "City of Springfield" --time-zone America/Chicago \\
                    --admin jdoe --admin-name "Jane Doe" --admin-email jdoe@springfield.example
                """)

        @ParentCommand var root: Clasp
        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Argument(help: "Where to create the plan (default: --plan).")
        var path: String?

        @Option(help: "The agency's name, e.g. \"City of Roseville\".")
        var agency: String

        @Option(help: "A short id for the plan (default: derived from the agency).")
        var planID: String?

        @Option(help: "The agency's IANA time zone.")
        var timeZone: String = "UTC"

        @Option(help: "Roster id of the first administrator.")
        var admin: String

        @Option(help: "Full name of the first administrator.")
        var adminName: String

        @Option(help: "Email of the first administrator.")
        var adminEmail: String

        @Option(help: ArgumentHelp("A roster.yaml with the plan's first people (the administrator is added if missing).", valueName: "file"))
        var roster: String?

        func validate() throws {
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
            guard let target = path ?? CommandContext(global, root.global).planPath else {
                throw ValidationError("give the new plan's path: clasp init PATH --agency ...")
            }
            let id = planID ?? ImportRequest.classID(fromTitle: agency)
            let administrator = Person(id: admin, name: adminName, email: adminEmail, roles: [.administrator])
            var people = [administrator]
            if let roster {
                let listed = try Roster.decode(try ProposalInput.read(roster), file: roster).people
                people = (listed.contains { $0.id == admin } ? [] : people) + listed
            }
            let plan = try Plan.create(at: target, config: PlanConfig(id: id, agency: agency, timeZone: timeZone),
                                       roster: Roster(people: people),
                                       files: DefaultWorkflows.files, by: administrator)
            print("created plan '\(id)' for \(agency) at \(plan.path)")
        }
    }
}
