import ArgumentParser
import ClaspPlan
import ClaspSpec
import Foundation

extension Clasp {
    /// `clasp proposal N`: the semantic diff, the stages that apply, the votes and what is still needed.
    struct ProposalShow: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "proposal",
            abstract: "Show one proposal: its changes, stages, votes and what it still needs.",
            discussion: """
                Example:
                  clasp proposal 2 --format json
                """)

        @ParentCommand var root: Clasp
        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Argument(help: "The proposal number.")
        var number: Int

        @Option(help: "Output format: text or json.")
        var format: OutputFormat = .text

        func run() throws {
            let plan = try CommandContext(global, root.global).openPlan()
            let status = try plan.status(of: number)
            if format == .json {
                try JSONOutput.print(ProposalStatusOutput(status))
                return
            }
            let proposal = status.proposal
            print("proposal \(proposal.number) [\(proposal.state.rawValue)]: \(proposal.kind.rawValue) \(proposal.classIDs.joined(separator: ", "))\(proposal.effective.map { " effective \($0.iso)" } ?? "")")
            print("by \(proposal.author); base \(proposal.base.hex.prefix(10)), head \(proposal.head.hex.prefix(10))")
            if !proposal.reason.isEmpty { print("\n    \(proposal.reason)") }
            print("\nworkflow \(status.workflow); categories: \(status.categories.map(\.rawValue).joined(separator: ", "))")
            for change in status.changes {
                print("\n\(change.path) [\(change.categories.sorted().map(\.rawValue).joined(separator: ", "))]")
                if let set = change.changes { print(SpecDiffRenderer.text(set, colour: false), terminator: "") }
            }
            print("")
            for stage in status.stages {
                let mark = stage.satisfied ? "done" : stage.rejected ? "rejected" : "waiting"
                print("stage \(stage.stage) (\(stage.role.rawValue)): \(stage.approvals.count) of \(stage.needed) approvals, \(mark)")
                for vote in stage.approvals + stage.rejections {
                    print("    \(vote.decision.rawValue) by \(vote.voter) on tree \(vote.tree.hex.prefix(10))\(vote.comment.isEmpty ? "" : ": \(vote.comment)")")
                }
            }
            for vote in status.staleVotes { print("dropped by revision: \(vote.decision.rawValue) by \(vote.voter) in \(vote.stage)") }
            for invalid in status.invalidVotes { print("does not count: \(invalid.reason)") }
            if proposal.state == .adopted, let commit = proposal.adoptedAs { print("adopted in \(commit.hex.prefix(10))") }
            else if status.readyToAdopt { print("ready to adopt: clasp adopt \(proposal.number)") }
            else if proposal.state == .open { print("still needed: \(status.missing.joined(separator: "; "))") }
        }
    }
}

/// JSON shape of `clasp proposal N --format json`.
struct ProposalStatusOutput: Encodable {
    struct Stage: Encodable {
        var stage: String, role: String, needed: Int, satisfied: Bool, rejected: Bool
        var approvals: [VoteOutput], rejections: [VoteOutput]
    }
    struct VoteOutput: Encodable {
        var voter: String, role: String, stage: String, decision: String, comment: String, tree: String, at: String
        init(_ vote: Vote) {
            voter = vote.voter; role = vote.role.rawValue; stage = vote.stage; decision = vote.decision.rawValue
            comment = vote.comment; tree = vote.tree.hex; at = ApprovalTrailer(vote: vote).date
        }
    }
    struct Change: Encodable { var path: String; var classID: String?; var effective: String?; var categories: [String]; var changes: [String] }
    var proposal: ProposalSummary
    var workflow: String
    var categories: [String]
    var changes: [Change]
    var stages: [Stage]
    var votes: [VoteOutput]
    var staleVotes: [VoteOutput]
    var blockedBy: [String]
    var missing: [String]
    var readyToAdopt: Bool
    var awaiting: [String]

    init(_ status: ProposalStatus) {
        proposal = ProposalSummary(status.proposal)
        workflow = status.workflow
        categories = status.categories.map(\.rawValue)
        changes = status.changes.map {
            Change(path: $0.path, classID: $0.classID, effective: $0.effective?.iso, categories: $0.categories.sorted().map(\.rawValue),
                   changes: $0.changes?.changes.map(\.summary) ?? [])
        }
        stages = status.stages.map {
            Stage(stage: $0.stage, role: $0.role.rawValue, needed: $0.needed, satisfied: $0.satisfied, rejected: $0.rejected,
                  approvals: $0.approvals.map(VoteOutput.init), rejections: $0.rejections.map(VoteOutput.init))
        }
        votes = status.proposal.votes.map(VoteOutput.init)
        staleVotes = status.staleVotes.map(VoteOutput.init)
        blockedBy = status.blockedBy
        missing = status.proposal.state == .open ? status.missing : []
        readyToAdopt = status.readyToAdopt
        awaiting = status.awaiting.map(\.rawValue)
    }
}
