import ArgumentParser
import ClaspPlan
import ClaspSpec

extension Clasp {
    /// `clasp diff`: what changed in meaning between two versions, in the committee's words.
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff",
            abstract: "Show what changed between two versions of a class, or two classes.",
            discussion: """
                With one class and no dates, compares the version in effect today with the one before it. --from and \
                --to pick versions by effective date (the version in effect on each date).

                CLASS@DATE OTHER@DATE compares two classes, e.g. with a peer agency's class in a classification study. \
                --levels I:II compares two levels of a series (of one version, or level I of the first class with \
                level II of the second). Two classes or two levels are compared section kind by section kind, with \
                experience, education, license and supervision differences listed first.

                --as-known-on answers from the plan as recorded at the end of that day; --from-known-on takes only the \
                older side from then, which shows what a correction changed.

                Examples:
                  clasp diff finance-technician
                  clasp diff finance-technician --from 2017-05-31 --to 2019-07-16 \\
                    --format markdown
                  clasp diff finance-technician@2019-07-16 accounting-technician@2001-07-01
                  clasp diff finance-technician --levels I:II
                  clasp diff finance-technician --from 2019-07-16 --to 2019-07-16 \\
                    --from-known-on 2026-01-05
                """)

        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Argument(help: "The class (CLASS or CLASS@DATE).")
        var left: String

        @Argument(help: "Another class to compare with (CLASS or CLASS@DATE).")
        var right: String?

        @Option(help: ArgumentHelp("The older side: the version in effect on this date.", valueName: "date"))
        var from: String?

        @Option(help: ArgumentHelp("The newer side: the version in effect on this date.", valueName: "date"))
        var to: String?

        @Option(help: ArgumentHelp("Answer from the plan as recorded at the end of this date.", valueName: "date"))
        var asKnownOn: String?

        @Option(help: ArgumentHelp("Take the older side from the plan as recorded at the end of this date.", valueName: "date"))
        var fromKnownOn: String?

        @Option(help: ArgumentHelp("Compare two levels of a series: the older side's level, then the newer side's.",
                                   valueName: "old:new"))
        var levels: String?

        /// The formats this command prints, the first its default.
        static let formats: [OutputFormat] = [.text, .json, .markdown, .html]

        @Option(help: OutputFormat.help(Self.formats))
        var format: OutputFormat = .text

        func validate() throws {
            try format.require(Self.formats, for: "diff")
            for (value, option) in [(from, "--from"), (to, "--to"), (asKnownOn, "--as-known-on"), (fromKnownOn, "--from-known-on")] {
                _ = try DateArgument.parse(value, option: option)
            }
            guard VersionSelector(parsing: left) != nil, right.map({ VersionSelector(parsing: $0) != nil }) ?? true else {
                throw ValidationError("a class is written CLASS or CLASS@YYYY-MM-DD with a real date")
            }
            if let levels, levelPair(levels) == nil {
                throw ValidationError("--levels is written OLD:NEW, e.g. I:II")
            }
            if right != nil && (from != nil || to != nil) {
                throw ValidationError("with two classes, give their dates as CLASS@DATE instead of --from/--to")
            }
        }

        func run() throws {
            let plan = try CommandContext(global).openPlan()
            let knownOn = try DateArgument.parse(asKnownOn, option: "--as-known-on")
            let oldKnownOn = try DateArgument.parse(fromKnownOn, option: "--from-known-on") ?? knownOn
            var (old, new) = try selectors(plan, knownOn: knownOn)
            old.knownOn = oldKnownOn
            let comparison = try plan.compare(old, new, levels: levels.flatMap(levelPair))
            switch format {
            case .json: Console.current.print(SpecDiffRenderer.json(comparison.changes))
            case .markdown: Console.current.print(SpecDiffRenderer.markdown(comparison.changes, title: heading(old, new)), terminator: "")
            case .html: Console.current.print(SpecDiffRenderer.html(comparison.changes), terminator: "")
            default:
                if comparison.changes.isEmpty {
                    Console.current.print("no changes between \(old) (effective \(comparison.old.effective)) and \(new) (effective \(comparison.new.effective))")
                } else {
                    Console.current.print(heading(old, new))
                    Console.current.print(SpecDiffRenderer.text(comparison.changes, colour: Terminal.wantsColour,
                                                collapsingEditorialRuns: true), terminator: "")
                }
            }
        }

        private func selectors(_ plan: Plan, knownOn: PlanDate?) throws -> (VersionSelector, VersionSelector) {
            let first = VersionSelector(parsing: left, knownOn: knownOn)!
            if let right {
                return (first, VersionSelector(parsing: right, knownOn: knownOn)!)
            }
            // Two levels of one version: the same version on both sides.
            if levels != nil, from == nil, to == nil {
                return (first, first)
            }
            let fromDate = try DateArgument.parse(from, option: "--from") ?? first.asOf
            let toDate = try DateArgument.parse(to, option: "--to")
            switch (fromDate, toDate) {
            case let (.some(a), .some(b)):
                return (VersionSelector(classID: first.classID, asOf: a, knownOn: knownOn),
                        VersionSelector(classID: first.classID, asOf: b, knownOn: knownOn))
            case let (.some(a), nil):
                return (VersionSelector(classID: first.classID, asOf: a, knownOn: knownOn),
                        VersionSelector(classID: first.classID, knownOn: knownOn))
            case let (nil, b):
                return try plan.previousAndCurrent(first.classID, on: b, knownOn: knownOn)
            }
        }

        /// "I:II" as the two levels, nil when either is missing.
        private func levelPair(_ text: String) -> (old: String, new: String)? {
            let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
            return (parts[0], parts[1])
        }

        private func heading(_ old: VersionSelector, _ new: VersionSelector) -> String {
            guard let pair = levels.flatMap(levelPair) else { return "Changes from \(old) to \(new)" }
            return "Changes from \(old) level \(pair.old) to \(new) level \(pair.new)"
        }
    }
}
