import ArgumentParser
import ClaspPlan
import ClaspQueries
import Foundation

extension Clasp {
    /// `clasp proposals`: lists proposals, optionally by state.
    struct Proposals: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "proposals",
            abstract: "List proposals, optionally by state or awaiting your vote.",
            discussion: """
                One line per proposal: its number, state, kind, class and effective date, its author and reason. \
                --awaiting keeps those with a stage open to the acting person's vote (--as, or the token's account on \
                a server).

                Examples:
                  clasp proposals
                  clasp proposals --state open --format json
                  clasp --as cmorgan proposals --awaiting
                """)

        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Option(help: "Only proposals in this state: open, adopted or withdrawn.",
                transform: { try EnumArgument.parse($0, "proposal state") })
        var state: ProposalState?

        /// The formats this command prints, the first its default.
        static let formats: [OutputFormat] = [.text, .json]

        @Option(help: OutputFormat.help(Self.formats))
        var format: OutputFormat = .text

        @Flag(help: "Only proposals awaiting your vote (--as, or the token's account on a server).")
        var awaiting = false

        func validate() throws {
            try format.require(Self.formats, for: "proposals")
        }

        func run() async throws {
            let context = CommandContext(global)
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
            Console.current.print(ProposalSummary.text(summaries, state: state), terminator: "")
        }
    }
}

