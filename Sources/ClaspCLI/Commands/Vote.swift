import ArgumentParser
import ClaspPlan

extension Clasp {
    /// `clasp vote N approve|reject|abstain`.
    struct Vote: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Vote on a proposal in the stage your role votes in.",
            discussion: """
                A later vote replaces your earlier one in the same stage; both stay in the log.

                Example:
                  clasp --as cmorgan vote 2 approve -m "Reads well"
                """)

        @ParentCommand var root: Clasp
        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Argument(help: "The proposal number.")
        var number: Int

        @Argument(help: "approve, reject or abstain.", transform: { try EnumArgument.parse($0, "decision") })
        var decision: VoteDecision

        @Option(name: .shortAndLong, help: "A comment for the record.")
        var message: String = ""

        @Option(help: "The stage to vote in (default: the first open stage of your role).")
        var stage: String?

        func run() throws {
            let context = CommandContext(global, root.global)
            let person = try context.requirePerson(for: "vote")
            let plan = try context.openPlan()
            try plan.vote(number, decision, comment: message, by: person, stage: stage)
            let status = try plan.status(of: number)
            print("recorded \(decision.rawValue) by \(person) on proposal \(number)")
            print(status.readyToAdopt ? "ready to adopt: clasp adopt \(number)" : "still needed: \(status.missing.joined(separator: "; "))")
        }
    }
}
