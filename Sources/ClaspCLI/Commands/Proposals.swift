import ArgumentParser
import ClaspPlan
import ClaspServer
import Foundation

extension Clasp {
    /// `clasp proposals`: lists proposals, optionally by state.
    struct Proposals: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "proposals",
            abstract: "List proposals.",
            discussion: """
                Example:
                  clasp proposals --state open
                """)

        @ParentCommand var root: Clasp
        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Option(help: "Only proposals in this state: open, adopted or withdrawn.",
                transform: { try EnumArgument.parse($0, "proposal state") })
        var state: ProposalState?

        @Option(help: "Output format: text or json.")
        var format: OutputFormat = .text

        @Flag(help: "Only proposals awaiting your vote (--as, or the token's account on a server).")
        var awaiting = false

        func run() async throws {
            let context = CommandContext(global, root.global)
            if let remote = try context.remote() {
                try await remote.printGet("/proposals", query: [("state", state?.rawValue), ("awaiting", awaiting ? "true" : nil),
                                                                 ("format", format.rawValue)])
                return
            }
            let plan = try context.openPlan()
            let proposals = try awaiting
                ? plan.awaitingVote(of: context.requirePerson(for: "proposals --awaiting")).map(\.proposal).filter { state == nil || $0.state == state }
                    .map(ProposalListing.init)
                : plan.proposalListings(state: state)
            let summaries = try ProposalSummary.list(proposals, in: plan)
            if format == .json { try JSONOutput.print(summaries); return }
            print(ProposalSummary.text(summaries, state: state), terminator: "")
        }
    }
}

