import ArgumentParser
import ClaspPlan
import ClaspServer
import ClaspSpec
import Foundation

extension Clasp {
    /// `clasp proposal N`: the semantic diff, the stages that apply, the votes and what is still needed.
    struct ProposalShow: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "proposal",
            abstract: "Show one proposal: its changes, stages, votes and what it still needs.",
            discussion: """
                Example:
                  clasp proposal 2 --format json
                """)

        @ParentCommand var root: Clasp
        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Argument(help: "The proposal number.")
        var number: Int

        @Option(help: "Output format: text or json.")
        var format: OutputFormat = .text

        func run() async throws {
            let context = CommandContext(global, root.global)
            if let remote = try context.remote() {
                try await remote.printGet("/proposals/\(number)/status", query: [("format", format.rawValue)])
                return
            }
            let status = try context.openPlan().status(of: number)
            if format == .json { try JSONOutput.print(ProposalStatusReport(status)); return }
            Console.current.print(ProposalStatusReport.text(status), terminator: "")
        }
    }
}
