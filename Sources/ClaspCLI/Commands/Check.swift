import ArgumentParser
import ClaspPlan

extension Clasp {
    /// `clasp check`: validates the whole plan on main (or as known on a date).
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate every file of the plan and the lineage between classes.",
            discussion: """
                Prints one line per finding (file, line when known, and what is wrong) and exits 1
                when there is any; prints a summary and exits 0 when the plan is sound.
                """)

        @ParentCommand var root: Clasp
        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Option(help: "Output format: text or json.")
        var format: OutputFormat = .text

        func validate() throws {
            try format.require([.text, .json], for: "check")
        }

        func run() throws {
            let plan = try CommandContext(global, root.global).openPlan()
            let snapshot = try plan.current()
            let findings = try PlanChecker().check(snapshot)
            if format == .json {
                try JSONOutput.print(CheckResult(sound: findings.isEmpty, classes: try snapshot.classIDs().count,
                                                 findings: findings.map { .init(file: $0.file, line: $0.line, message: $0.message) }))
            } else if findings.isEmpty {
                print("plan is sound: \(try snapshot.classIDs().count) classes checked at \(snapshot.commit.id.hex.prefix(10))")
            } else {
                for finding in findings { print(finding.description) }
            }
            if !findings.isEmpty { throw ExitCode(1) }
        }
    }
}

/// JSON shape of `clasp check --format json`.
struct CheckResult: Encodable {
    struct Finding: Encodable { var file: String; var line: Int?; var message: String }
    var sound: Bool
    var classes: Int
    var findings: [Finding]
}
