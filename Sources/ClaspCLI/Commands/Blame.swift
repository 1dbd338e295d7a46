import ArgumentParser
import ClaspPlan
import ClaspQueries
import ClaspSpec

extension Clasp {
    /// `clasp blame CLASS`: which adoption introduced each duty and qualification, and who approved it.
    struct Blame: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "blame",
            abstract: "Show which adopted proposal introduced each paragraph and item of a class.",
            discussion: """
                Reads the version in effect today and names, for each paragraph and list item, the adoption that \
                brought it in and who approved it. Text from bootstrap imports is marked as such.

                Examples:
                  clasp blame finance-technician
                  clasp blame finance-technician --format json
                """)

        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Argument(help: "The class id.")
        var classID: String

        /// The formats this command prints, the first its default.
        static let formats: [OutputFormat] = [.text, .json]

        @Option(help: OutputFormat.help(Self.formats))
        var format: OutputFormat = .text

        func validate() throws {
            try format.require(Self.formats, for: "blame")
        }

        func run() async throws {
            let context = CommandContext(global)
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
