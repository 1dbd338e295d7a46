import ArgumentParser
import ClaspPlan
import ClaspSpec
import Foundation

extension Clasp {
    /// `clasp list`: the classes of the plan and what each was on a date.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the classes in effect on a date.",
            discussion: """
                By default lists the classes in effect today with their current titles; --as-of D
                answers for another date and --all adds classes not in effect then (not yet
                established, abolished, merged or split).

                Examples:
                  clasp list --as-of 2003-01-01
                  clasp list --all --format json
                """)

        @ParentCommand var root: Clasp
        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Option(help: ArgumentHelp("Effective date (YYYY-MM-DD; default today).", valueName: "date"))
        var asOf: String?

        @Option(help: ArgumentHelp("Answer from the plan as recorded at the end of this date.", valueName: "date"))
        var asKnownOn: String?

        @Flag(help: "Include classes not in effect on the date.")
        var all = false

        @Option(help: "Output format: text or json.")
        var format: OutputFormat = .text

        func validate() throws {
            _ = try DateArgument.parse(asOf, option: "--as-of")
            _ = try DateArgument.parse(asKnownOn, option: "--as-known-on")
            try format.require([.text, .json], for: "list")
        }

        func run() throws {
            let plan = try CommandContext(global, root.global).openPlan()
            let knownOn = try DateArgument.parse(asKnownOn, option: "--as-known-on")
            let snapshot = try knownOn.map { try plan.snapshot(asKnownOn: $0) } ?? plan.current()
            let date = try DateArgument.parse(asOf, option: "--as-of")
                ?? RecordedTime.day(of: Date(), timeZone: snapshot.config().timeZone)
            let rows = try ClassCatalog(snapshot: snapshot).entries(on: date).filter { all || $0.status == .active }
            if format == .json {
                try JSONOutput.print(ListResult(asOf: date, classes: rows.map(ListResult.Row.init)))
                return
            }
            if rows.isEmpty { print("no classes in effect on \(date)"); return }
            let width = rows.map(\.classID.count).max() ?? 0
            for row in rows {
                let pad = String(repeating: " ", count: width - row.classID.count)
                let since = row.effective.map { "since \($0)" } ?? "no version in effect"
                let status = row.status == .active ? "" : "  [\(row.status.name)]"
                print("\(row.classID)\(pad)  \(row.title ?? "—")  (\(since))\(status)")
            }
        }
    }
}

/// JSON shape of `clasp list --format json`.
struct ListResult: Encodable {
    struct Row: Encodable {
        var classID: String
        var title: String?
        var effective: PlanDate?
        var status: String
        enum CodingKeys: String, CodingKey { case classID = "class", title, effective, status }

        init(_ entry: ClassCatalog.Entry) {
            classID = entry.classID
            title = entry.title
            effective = entry.effective
            status = entry.status.name
        }
    }
    var asOf: PlanDate
    var classes: [Row]
}
