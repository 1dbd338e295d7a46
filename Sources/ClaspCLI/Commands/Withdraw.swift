import ArgumentParser
import ClaspPlan
import ClaspQueries

extension Clasp {
    /// `clasp withdraw N`.
    struct Withdraw: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "withdraw",
            abstract: "Withdraw an open proposal (its author or an administrator).",
            discussion: """
                A withdrawn proposal stays in the log with its votes; it can no longer be voted on, revised or \
                adopted.

                Examples:
                  clasp --as aortiz withdraw 3
                """)

        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Argument(help: "The proposal number.")
        var number: Int

        func run() async throws {
            try await CommandContext(global).proposalAction(number, route: "withdraw") { plan, person in
                try plan.withdraw(number, by: person)
                return "withdrew proposal \(number)\n"
            }
        }
    }
}
