import ArgumentParser
import ClaspPlan
import ClaspServer

extension Clasp {
    /// `clasp withdraw N`.
    struct Withdraw: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "withdraw", abstract: "Withdraw an open proposal (its author or an administrator).")

        @ParentCommand var root: Clasp
        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Argument(help: "The proposal number.")
        var number: Int

        func run() async throws {
            let context = CommandContext(global, root.global)
            if let remote = try context.remote() {
                try await remote.printAction("/proposals/\(number)/withdraw", RemoteBody.Empty())
                return
            }
            let person = try context.requirePerson(for: "withdraw")
            try context.openPlan().withdraw(number, by: person)
            print("withdrew proposal \(number)")
        }
    }
}
