import ArgumentParser
import ClaspPlan
import ClaspQueries

extension Clasp {
    /// `clasp vote N approve|reject|abstain`.
    struct Vote: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "vote",
            abstract: "Vote on a proposal in the stage your role votes in.",
            discussion: """
                The vote goes to the first open stage your role votes in, or to --stage. A later vote replaces your \
                earlier one in the same stage; both stay in the log. Authors cannot approve their own proposals.

                Examples:
                  clasp --as cmorgan vote 2 approve -m "Reads well"
                  clasp --as dpatel vote 2 reject -m "The range is wrong" --stage committee
                """)

        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Argument(help: "The proposal number.")
        var number: Int

        @Argument(help: "approve, reject or abstain.", transform: { try EnumArgument.parse($0, "decision") })
        var decision: VoteDecision

        @Option(name: .shortAndLong, help: "A comment for the record.")
        var message: String = ""

        @Option(help: "The stage to vote in (default: the first open stage of your role).")
        var stage: String?

        func run() async throws {
            let context = CommandContext(global)
            if let remote = try context.remote() {
                try await remote.printAction("/proposals/\(number)/votes", RemoteBody.Vote(decision: decision.rawValue, comment: message, stage: stage))
                return
            }
            let person = try context.requirePerson(for: "vote")
            let plan = try context.openPlan()
            try plan.vote(number, decision, comment: message, by: person, stage: stage)
            Console.current.print(try ProposalDrafting.voted(plan, number, decision: decision, person: person).commandLineText, terminator: "")
        }
    }
}
