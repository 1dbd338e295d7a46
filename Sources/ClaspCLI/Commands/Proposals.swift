import ArgumentParser
import ClaspPlan
import Foundation

extension Clasp {
    /// `clasp proposals`: lists proposals, optionally by state.
    struct Proposals: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List proposals.",
            discussion: """
                Example:
                  clasp proposals --state open
                """)

        @ParentCommand var root: Clasp
        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Option(help: "Only proposals in this state: open, adopted or withdrawn.",
                transform: { try EnumArgument.parse($0, "proposal state") })
        var state: ProposalState?

        @Option(help: "Output format: text or json.")
        var format: OutputFormat = .text

        func run() throws {
            let plan = try CommandContext(global, root.global).openPlan()
            let proposals = try plan.proposals(state: state)
            if format == .json {
                try JSONOutput.print(proposals.map(ProposalSummary.init))
                return
            }
            if proposals.isEmpty { print("no proposals\(state.map { " \($0.rawValue)" } ?? "")"); return }
            for proposal in proposals {
                let what = "\(proposal.kind.rawValue) \(proposal.classIDs.joined(separator: ", "))\(proposal.effective.map { " \($0.iso)" } ?? "")"
                print("\(proposal.number)  [\(proposal.state.rawValue)]  \(what)  by \(proposal.author): \(proposal.reason.split(separator: "\n").first ?? "")")
            }
        }
    }
}

/// JSON shape of one `clasp proposals` entry.
struct ProposalSummary: Encodable {
    var number: Int
    var state: String
    var kind: String
    var classes: [String]
    var effective: String?
    var author: String
    var reason: String
    var base: String
    var head: String
    var adoptedAs: String?

    init(_ proposal: Proposal) {
        number = proposal.number
        state = proposal.state.rawValue
        kind = proposal.kind.rawValue
        classes = proposal.classIDs
        effective = proposal.effective?.iso
        author = proposal.author
        reason = proposal.reason
        base = proposal.base.hex
        head = proposal.head.hex
        adoptedAs = proposal.adoptedAs?.hex
    }
}
