import ArgumentParser
import ClaspPlan
import ClaspServer

extension Clasp {
    /// `clasp adopt N`.
    struct Adopt: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "adopt",
            abstract: "Adopt an approved proposal onto main.",
            discussion: """
                Checks the workflow in force on the proposal's base, merges onto the current main and
                writes one commit with Proposal:, Change:, Workflow: and Approved-by: trailers.
                """)

        @ParentCommand var root: Clasp
        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Argument(help: "The proposal number.")
        var number: Int

        func run() async throws {
            try await CommandContext(global, root.global).proposalAction(number, route: "adopt") { plan, person in
                "adopted proposal \(number) as \(try plan.adopt(number, by: person).hex)\n"
            }
        }
    }
}
