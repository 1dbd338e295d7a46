import ArgumentParser
import ClaspPlan
import ClaspQueries
import Foundation

extension Clasp {
    /// `clasp check`: validates the whole plan on main (or as known on a date).
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Validate every file of the plan and the lineage between classes.",
            discussion: """
                Prints one line per finding (the file, the line when known, and what is wrong) and exits 1 when there \
                is any; prints a summary and exits 0 when the plan is sound. The roster is checked against the \
                workflows too: every stage's role needs enough holders besides a proposal's author.

                Examples:
                  clasp check
                  clasp check --format json
                """)

        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        /// The formats this command prints, the first its default.
        static let formats: [OutputFormat] = [.text, .json]

        @Option(help: OutputFormat.help(Self.formats))
        var format: OutputFormat = .text

        func validate() throws {
            try format.require(Self.formats, for: "check")
        }

        func run() async throws {
            let context = CommandContext(global)
            let report: CheckReport
            if let remote = try context.remote() {
                let id = try await remote.planID()
                report = try JSONDecoder().decode(CheckReport.self, from: try await remote.client.get("/plans/\(id)/check"))
            } else {
                report = try PlanQueries.check(context.openPlan())
            }
            if format == .json { Console.current.print(try JSONWire.string(report)) } else { Console.current.print(report.text, terminator: "") }
            if !report.sound { throw ExitCode(1) }
        }
    }
}
