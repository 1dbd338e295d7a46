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

        func run() throws {
            let plan = try CommandContext(global, root.global).openPlan()
            let changes = try plan.history(ofClass: classID)
            if format == .json {
                try JSONOutput.print(changes.map(HistoryEntry.init))
                return
            }
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
