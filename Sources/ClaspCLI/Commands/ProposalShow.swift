import ArgumentParser
import ClaspPlan
import ClaspQueries
import ClaspSpec
import Foundation

extension Clasp {
    /// `clasp proposal N`: the semantic diff, the stages that apply, the votes and what is still needed.
    struct ProposalShow: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "proposal",
            abstract: "Show one proposal: its changes, stages, votes and what it still needs.",
            discussion: """
                Shows the proposal's reason, the semantic diff of each file it changes, the stages its workflow routes \
                it through with the votes cast in each, and what it still needs.

                Examples:
                  clasp proposal 2
                  clasp proposal 2 --format json
                """)

        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Argument(help: "The proposal number.")
        var number: Int

        /// The formats this command prints, the first its default.
        static let formats: [OutputFormat] = [.text, .json]

        @Option(help: OutputFormat.help(Self.formats))
        var format: OutputFormat = .text

        func validate() throws {
            try format.require(Self.formats, for: "proposal")
        }

        func run() async throws {
            let context = CommandContext(global)
            if let remote = try context.remote() {
                if format == .json {
                    try await remote.printGet("/proposals/\(number)/status", query: [("format", "json")])
                } else {
                    // The JSON keeps the next step apart from the text, so it is phrased here as locally.
                    Console.current.print(try await remote.get(ProposalStatusText.self, "/proposals/\(number)/status").commandLineText, terminator: "")
                }
                return
            }
            let report = ProposalStatusReport(try context.openPlan().status(of: number))
            if format == .json { try JSONOutput.print(report); return }
            Console.current.print(report.text(nextStep: \.commandLine), terminator: "")
        }
    }
}
