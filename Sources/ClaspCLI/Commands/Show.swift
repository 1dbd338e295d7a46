import ArgumentParser
import ClaspPlan
import ClaspQueries
import ClaspSpec
import Foundation

extension Clasp {
    /// `clasp show`: one class's text as in effect on a date, optionally as it was known on an
    /// earlier recorded date.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show the version of a class in effect on a date.",
            discussion: """
                --as-of picks the version in effect on a date (default: today). --as-known-on answers from the plan as \
                it was recorded at the end of that day, before later corrections.

                Examples:
                  clasp show finance-technician
                  clasp show finance-technician --as-of 2018-01-01 --format yaml
                  clasp show finance-technician --as-of 2020-01-01 --as-known-on 2026-01-05 \\
                    --format json
                """)

        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Argument(help: "The class id, e.g. finance-technician.")
        var classID: String

        @Option(help: ArgumentHelp("Effective date to look up (YYYY-MM-DD; default today).", valueName: "date"))
        var asOf: String?

        @Option(help: ArgumentHelp("Answer from the plan as recorded at the end of this date.", valueName: "date"))
        var asKnownOn: String?

        /// The formats this command prints, the first its default.
        static let formats: [OutputFormat] = [.text, .yaml, .json, .markdown]

        @Option(help: OutputFormat.help(Self.formats))
        var format: OutputFormat = .text

        func validate() throws {
            _ = try DateArgument.parse(asOf, option: "--as-of")
            _ = try DateArgument.parse(asKnownOn, option: "--as-known-on")
            try format.require(Self.formats, for: "show")
        }

        func run() async throws {
            let context = CommandContext(global)
            if let remote = try context.remote() {
                try await remote.printGet("/classes/\(classID)", query: [("as-of", asOf), ("as-known-on", asKnownOn),
                                                                          ("format", format.rawValue)])
                return
            }
            let report = try PlanQueries.show(context.openPlan(), classID: classID,
                                              asOf: DateArgument.parse(asOf, option: "--as-of"),
                                              asKnownOn: DateArgument.parse(asKnownOn, option: "--as-known-on"))
            if let rendered = report.rendered(format.rawValue) {
                Console.current.print(rendered, terminator: "")
            } else {
                Console.current.print(try JSONWire.string(report))
            }
        }
    }
}
