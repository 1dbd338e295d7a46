import ArgumentParser
import ClaspGit
import ClaspPlan
import ClaspServer
import ClaspSpec
import Foundation

extension Clasp {
    /// `clasp history`: the recorded history of a class, newest first.
    struct History: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show who recorded which changes to a class, and when.",
            discussion: """
                Lists every change on main that touched the class, newest first: the recorded date,
                the commit, who made it, what kind of change it was and which effective versions it
                touched.

                Example:
                  clasp history finance-technician --format json
                """)

        @ParentCommand var root: Clasp
        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Argument(help: "The class id.")
        var classID: String

        @Option(help: "Output format: text or json.")
        var format: OutputFormat = .text

        func validate() throws {
            guard format == .text || format == .json else {
                throw ValidationError("history prints text or json, not \(format.rawValue)")
            }
        }

        func run() async throws {
            let context = CommandContext(global, root.global)
            if let remote = try context.remote() {
                try await remote.printGet("/classes/\(classID)/history", query: [("format", format.rawValue)])
                return
            }
            let entries = try PlanQueries.history(context.openPlan(), classID: classID)
            if format == .json { print(try JSONWire.string(entries)) } else { print(HistoryReport.text(entries), terminator: "") }
        }
    }
}
