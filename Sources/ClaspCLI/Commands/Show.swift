import ArgumentParser
import ClaspPlan
import ClaspSpec
import Foundation

extension Clasp {
    /// `clasp show`: one class's text as in effect on a date, optionally as it was known on an
    /// earlier recorded date.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the version of a class in effect on a date.",
            discussion: """
                --as-of D picks the version in effect on D (default: today). --as-known-on K answers
                from the plan as it was recorded at the end of K, before later corrections.

                Examples:
                  clasp show finance-technician --as-of 2018-01-01
                  clasp show finance-technician --as-of 2020-01-01 --as-known-on 2026-01-05 --format json
                """)

        @ParentCommand var root: Clasp
        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Argument(help: "The class id, e.g. finance-technician.")
        var classID: String

        @Option(help: ArgumentHelp("Effective date to look up (YYYY-MM-DD; default today).", valueName: "date"))
        var asOf: String?

        @Option(help: ArgumentHelp("Answer from the plan as recorded at the end of this date.", valueName: "date"))
        var asKnownOn: String?

        @Option(help: "Output format: text, yaml, json or markdown.")
        var format: OutputFormat = .text

        func validate() throws {
            _ = try DateArgument.parse(asOf, option: "--as-of")
            _ = try DateArgument.parse(asKnownOn, option: "--as-known-on")
            try format.require([.text, .yaml, .json, .markdown], for: "show")
        }

        func run() throws {
            let plan = try CommandContext(global, root.global).openPlan()
            let knownOn = try DateArgument.parse(asKnownOn, option: "--as-known-on")
            let snapshot = try knownOn.map { try plan.snapshot(asKnownOn: $0) } ?? plan.current()
            let config = try snapshot.config()
            let date = try DateArgument.parse(asOf, option: "--as-of") ?? RecordedTime.day(of: Date(), timeZone: config.timeZone)
            let found = try snapshot.versionInEffect(classID, on: date)
            switch format {
            case .text: print(SpecVersionRenderer.text(found.spec), terminator: "")
            case .markdown: print(SpecVersionRenderer.markdown(found.spec), terminator: "")
            case .yaml: print(SpecVersionCodec.encode(found.spec), terminator: "")
            default:
                try JSONOutput.print(ShowResult(
                    plan: config.id, classID: classID, asOf: date, asKnownOn: knownOn,
                    recordedIn: snapshot.commit.id.hex, effective: found.effective, until: found.until,
                    textOnFile: found.spec.textOnFile, timeline: try snapshot.effectiveDates(classID),
                    version: found.spec))
            }
        }
    }
}

/// JSON shape of `clasp show --format json`.
struct ShowResult: Encodable {
    var plan: String
    var classID: String
    var asOf: PlanDate
    var asKnownOn: PlanDate?
    /// The commit whose tree answered the question.
    var recordedIn: String
    var effective: PlanDate
    var until: PlanDate?
    var textOnFile: Bool
    /// Every effective date of the class, oldest first.
    var timeline: [PlanDate]
    var version: SpecVersion

    enum CodingKeys: String, CodingKey {
        case plan, classID = "class", asOf, asKnownOn, recordedIn, effective, until, textOnFile, timeline, version
    }
}
