import ArgumentParser
import ClaspPlan
import ClaspQueries

extension Clasp {
    /// `clasp rebase N`: carries a stale proposal's change onto the current main.
    struct Rebase: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rebase",
            abstract: "Carry an open proposal's change onto the current main.",
            discussion: """
                A proposal goes stale when main adopts a different version where its change applies (a version in \
                between, or a correction of the one it edits). Rebasing merges the proposal's own change into what \
                main has now, field by field and section by section; a place both changed differently is reported and \
                nothing is written.

                Votes then carry over only if the rebased text differs editorially from what was voted on.

                Examples:
                  clasp --as aortiz rebase 3
                """)

        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Argument(help: "The proposal number.")
        var number: Int

        func run() async throws {
            try await CommandContext(global).proposalAction(number, route: "rebase") { plan, person in
                ProposalDrafting.rebased(number, status: try plan.rebase(number, by: person)).commandLineText
            }
        }
    }
}
