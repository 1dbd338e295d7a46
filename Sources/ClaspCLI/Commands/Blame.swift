import ArgumentParser
import ClaspPlan
import ClaspSpec

extension Clasp {
    /// `clasp blame CLASS`: which adoption introduced each duty and qualification, and who approved it.
    struct Blame: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show which adopted proposal introduced each paragraph and item of a class.",
            discussion: """
                Reads the version in effect today. Bootstrap imports are marked as such.

                Example:
                  clasp blame finance-technician --format json
                """)

        @ParentCommand var root: Clasp
        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Argument(help: "The class id.")
        var classID: String

        @Option(help: "Output format: text or json.")
        var format: OutputFormat = .text

        func run() throws {
            let entries = try CommandContext(global, root.global).openPlan().blame(ofClass: classID)
            if format == .json {
                try JSONOutput.print(entries.map(BlameOutput.init))
                return
            }
            for entry in entries {
                let origin = entry.proposal.map { "proposal \($0)" } ?? (entry.bootstrap ? "bootstrap" : "direct")
                let approvers = entry.approvedBy.map { "\($0.person) (\($0.role))" }.joined(separator: ", ")
                print("\(entry.commit.hex.prefix(10)) \(entry.recordedOn) \(origin)\(approvers.isEmpty ? "" : ", approved by \(approvers)")")
                print("    [\(entry.section.rawValue)] \(entry.text)")
            }
        }
    }
}

/// JSON shape of one `clasp blame` entry.
struct BlameOutput: Encodable {
    var section: String
    var heading: String?
    var text: String
    var commit: String
    var recordedOn: PlanDate
    var proposal: Int?
    var bootstrap: Bool
    var approvedBy: [String]
    var author: String

    init(_ entry: BlameEntry) {
        section = entry.section.rawValue
        heading = entry.heading
        text = entry.text
        commit = entry.commit.hex
        recordedOn = entry.recordedOn
        proposal = entry.proposal
        bootstrap = entry.bootstrap
        approvedBy = entry.approvedBy.map(\.value)
        author = entry.author
    }
}
