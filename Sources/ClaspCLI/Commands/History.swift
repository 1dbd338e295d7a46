import ArgumentParser
import ClaspGit
import ClaspPlan
import ClaspSpec
import Foundation

extension Clasp {
    /// `clasp history`: the recorded history of a class, newest first.
    struct History: ParsableCommand {
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

        func run() throws {
            let plan = try CommandContext(global, root.global).openPlan()
            let changes = try plan.history(ofClass: classID)
            guard follow else {
                if format == .json { try JSONOutput.print(changes.map(HistoryEntry.init)) } else { printText(changes) }
                return
            }
            var groups = [(classID, nil as String?, nil as String?, changes)]
            for step in try plan.current().lineageGraph().origins(of: classID) {
                let via = "\(step.edge.kind == .merge ? "merged into" : "split into") \(step.edge.to) on \(step.edge.date)"
                groups.append((step.classID, step.title, via, try plan.history(ofClass: step.classID)))
            }
            if format == .json {
                try JSONOutput.print(groups.map { FollowedHistory(classID: $0.0, title: $0.1, via: $0.2, entries: $0.3.map(HistoryEntry.init)) })
                return
            }
            for (index, group) in groups.enumerated() {
                if index > 0 { print("\n── \(group.0)\(group.1.map { " (\($0))" } ?? ""): \(group.2 ?? "")") }
                printText(group.3)
            }
        }

        private func printText(_ changes: [RecordedChange]) {
            for change in changes {
                let effective = change.effectiveDates.map(\.iso).joined(separator: ", ")
                print("\(change.recordedOn)  \(change.commit.hex.prefix(10))  \(change.author.name) <\(change.author.email)>")
                print("    \(change.summary)")
                if let kind = change.trailer("Change") { print("    change: \(kind)") }
                if !effective.isEmpty { print("    effective: \(effective)") }
                if let proposal = change.trailer("Proposal") { print("    proposal: \(proposal)") }
                if change.trailer("Bootstrap") != nil { print("    bootstrap import (not an adoption)") }
                print("    files: \(change.files.joined(separator: ", "))")
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
    var entries: [HistoryEntry]

    enum CodingKeys: String, CodingKey { case classID = "class", title, via, entries }
}

/// JSON shape of one `clasp history` entry.
struct HistoryEntry: Encodable {
    var commit: String
    var recordedOn: PlanDate
    var recordedAt: String
    var author: String
    var email: String
    var summary: String
    var change: String?
    var proposal: String?
    var bootstrap: Bool
    var effectiveDates: [PlanDate]
    var files: [String]
    var trailers: [[String: String]]

    init(_ change: RecordedChange) {
        commit = change.commit.hex
        recordedOn = change.recordedOn
        recordedAt = RecordedTime.iso8601(change.author.time, offsetMinutes: change.author.timeZoneOffsetMinutes)
        author = change.author.name
        email = change.author.email
        summary = change.summary
        self.change = change.trailer("Change")
        proposal = change.trailer("Proposal")
        bootstrap = change.trailer("Bootstrap") != nil
        effectiveDates = change.effectiveDates
        files = change.files
        trailers = change.trailers.map { ["key": $0.key, "value": $0.value] }
    }
}
