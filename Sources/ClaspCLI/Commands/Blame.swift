import ArgumentParser
import ClaspPlan
import ClaspServer
import ClaspSpec

extension Clasp {
    /// `clasp blame CLASS`: which adoption introduced each duty and qualification, and who approved it.
    struct Blame: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "blame",
            abstract: "Show which adopted proposal introduced each paragraph and item of a class.",
            discussion: """
                Reads the version in effect today. Bootstrap imports are marked as such.

                Example:
                  clasp blame finance-technician --format json
                """)

        @ParentCommand var root: Clasp
        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Argument(help: "The class id.")
        var classID: String

        @Option(help: "Output format: text or json.")
        var format: OutputFormat = .text

        func run() async throws {
            let context = CommandContext(global, root.global)
            if let remote = try context.remote() {
                try await remote.printGet("/classes/\(classID)/blame", query: [("format", format.rawValue)])
                return
            }
            let entries = try context.openPlan().blame(ofClass: classID).map(BlameReport.init)
            if format == .json { try JSONOutput.print(entries); return }
            Console.current.print(BlameReport.text(entries), terminator: "")
        }
    }
}
