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
                touched. --follow continues into the classes it came from (through merges and
                splits, transitively), each with the dated event that links it; retitles keep the
                class id, so they are already part of a class's own history.

                Examples:
                  clasp history finance-technician --format json
                  clasp history finance-technician --follow
                """)

        @ParentCommand var root: Clasp
        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Argument(help: "The class id.")
        var classID: String

        @Flag(help: "Continue into the classes this one came from.")
        var follow = false

        @Option(help: "Output format: text or json.")
        var format: OutputFormat = .text

        func validate() throws {
            try format.require([.text, .json], for: "history")
        }

        func run() async throws {
            let context = CommandContext(global, root.global)
            if let remote = try context.remote() {
                guard !follow else { throw ValidationError("--follow is not available with --server yet; run it on a local plan") }
                try await remote.printGet("/classes/\(classID)/history", query: [("format", format.rawValue)])
                return
            }
            let plan = try context.openPlan()
            let entries = try PlanQueries.history(plan, classID: classID)
            guard follow else {
                if format == .json { print(try JSONWire.string(entries)) } else { print(HistoryReport.text(entries), terminator: "") }
                return
            }
            var groups = [FollowedHistory(classID: classID, title: nil, via: nil, entries: entries)]
            for step in try plan.current().lineageGraph().origins(of: classID) {
                let via = "\(step.edge.kind == .merge ? "merged into" : "split into") \(step.edge.to) on \(step.edge.date)"
                groups.append(FollowedHistory(classID: step.classID, title: step.title, via: via,
                                              entries: try PlanQueries.history(plan, classID: step.classID)))
            }
            if format == .json { print(try JSONWire.string(groups)); return }
            for (index, group) in groups.enumerated() {
                if index > 0 { print("\n── \(group.classID)\(group.title.map { " (\($0))" } ?? ""): \(group.via ?? "")") }
                print(HistoryReport.text(group.entries), terminator: "")
            }
        }
    }
}

/// JSON shape of one class's part of `clasp history --follow`.
struct FollowedHistory: Encodable {
    var classID: String
    var title: String?
    /// How this class leads to the one asked about ("merged into finance-technician on 2012-08-25").
    var via: String?
    var entries: [HistoryReport]

    enum CodingKeys: String, CodingKey { case classID = "class", title, via, entries }
}
