import ArgumentParser
import ClaspPlan
import ClaspQueries
import ClaspSpec
import Foundation

extension Clasp {
    /// `clasp list`: the classes of the plan and what each was on a date.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the classes in effect on a date.",
            discussion: """
                Lists the classes in effect today with their current titles. --as-of answers for another date, \
                --as-known-on from the plan as it was recorded at the end of an earlier day, and --all adds the \
                classes not in effect then (not yet established, abolished, merged or split).

                Examples:
                  clasp list
                  clasp list --as-of 2003-01-01
                  clasp list --all --format json
                """)

        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Option(help: ArgumentHelp("Effective date (YYYY-MM-DD; default today).", valueName: "date"))
        var asOf: String?

        @Option(help: ArgumentHelp("Answer from the plan as recorded at the end of this date.", valueName: "date"))
        var asKnownOn: String?

        @Flag(help: "Include classes not in effect on the date.")
        var all = false

        /// The formats this command prints, the first its default.
        static let formats: [OutputFormat] = [.text, .json]

        @Option(help: OutputFormat.help(Self.formats))
        var format: OutputFormat = .text

        func validate() throws {
            _ = try DateArgument.parse(asOf, option: "--as-of")
            _ = try DateArgument.parse(asKnownOn, option: "--as-known-on")
            try format.require(Self.formats, for: "list")
        }

        func run() async throws {
            let context = CommandContext(global)
            if let remote = try context.remote() {
                try await remote.printGet("/classes", query: [("as-of", asOf), ("as-known-on", asKnownOn),
                                                               ("all", all ? "true" : nil), ("format", format.rawValue)])
                return
            }
            let plan = try context.openPlan()
            let report = try PlanQueries.list(plan, asOf: DateArgument.parse(asOf, option: "--as-of"),
                                              asKnownOn: DateArgument.parse(asKnownOn, option: "--as-known-on"), all: all)
            if format == .json { Console.current.print(try JSONWire.string(report)) } else { Console.current.print(report.text, terminator: "") }
        }
    }
}
