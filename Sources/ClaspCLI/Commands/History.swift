import ArgumentParser
import ClaspGit
import ClaspPlan
import ClaspQueries
import ClaspSpec
import Foundation

extension Clasp {
    /// `clasp history`: the recorded history of a class, newest first.
    struct History: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "history",
            abstract: "Show who recorded which changes to a class, and when.",
            discussion: """
                Lists every change on main that touched the class, newest first: the recorded date, the commit, who \
                made it, what kind of change it was and which effective versions it touched.

                --follow continues into the classes it came from (through merges and splits, transitively), each with \
                the dated event that links it. Retitles keep the class id, so they are already part of a class's own \
                history.

                Examples:
                  clasp history finance-technician
                  clasp history finance-technician --follow
                  clasp history finance-technician --format json
                """)

        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Argument(help: "The class id.")
        var classID: String

        @Flag(help: "Continue into the classes this one came from.")
        var follow = false

        /// The formats this command prints, the first its default.
        static let formats: [OutputFormat] = [.text, .json]

        @Option(help: OutputFormat.help(Self.formats))
        var format: OutputFormat = .text

        func validate() throws {
            try format.require(Self.formats, for: "history")
        }

        func run() async throws {
            let context = CommandContext(global)
            if let remote = try context.remote() {
                try await remote.printGet("/classes/\(classID)/history", query: [("format", format.rawValue), ("follow", follow ? "true" : nil)])
                return
            }
            let plan = try context.openPlan()
            let entries = try PlanQueries.history(plan, classID: classID)
            guard follow else {
                if format == .json { Console.current.print(try JSONWire.string(entries)) } else { Console.current.print(HistoryReport.text(entries), terminator: "") }
                return
            }
            let groups = try FollowedHistory.follow(plan, classID: classID)
            if format == .json { Console.current.print(try JSONWire.string(groups)); return }
            Console.current.print(FollowedHistory.text(groups), terminator: "")
        }
    }
}
