import ArgumentParser
import ClaspPlan

extension Clasp {
    /// `clasp withdraw N`.
    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Withdraw an open proposal (its author or an administrator).")

        @ParentCommand var root: Clasp
        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Argument(help: "The proposal number.")
        var number: Int

        func run() throws {
            let context = CommandContext(global, root.global)
            let person = try context.requirePerson(for: "withdraw")
            try context.openPlan().withdraw(number, by: person)
            print("withdrew proposal \(number)")
        }
    }
}
