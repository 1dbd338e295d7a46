import ArgumentParser
import ClaspPlan
import ClaspQueries
import ClaspSpec
import Foundation

extension Clasp {
    /// `clasp revise N --file F`: a new revision of an open proposal.
    struct Revise: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revise",
            abstract: "Replace the text of an open proposal with a new revision.",
            discussion: """
                The file is read as clasp propose reads it. Earlier votes carry over only when the workflow allows it \
                (carry-votes: editorial keeps them when the change since the vote is editorial).

                Examples:
                  clasp --as aortiz revise 2 --file ft.yaml -m "Fix a typo"
                """)

        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Argument(help: "The proposal number.")
        var number: Int

        @Option(help: "The revised version (YAML or plain text).")
        var file: String

        @Option(name: .shortAndLong, help: "What changed in this revision.")
        var message: String = "Revised"

        func run() async throws {
            let context = CommandContext(global)
            if let remote = try context.remote() {
                let proposal = try await remote.get(ProposalSummary.self, "/proposals/\(number)")
                let governance = ["roster", "workflow"].contains(proposal.kind)
                let spec = governance ? nil : SpecVersionCodec.encode(try ProposalInput.version(file, effective: proposal.effective.flatMap(PlanDate.init(iso:))))
                try await remote.printAction("/proposals/\(number)/revisions", RemoteBody.Revise(
                    spec: spec, content: governance ? try ProposalInput.read(file) : nil,
                    fileName: governance ? URL(fileURLWithPath: file).lastPathComponent : nil, reason: message))
                return
            }
            let person = try context.requirePerson(for: "revise")
            let plan = try context.openPlan()
            let proposal = try plan.proposal(number)
            let governance = proposal.kind.isGovernance
            let write = try ProposalDrafting.revision(
                of: proposal, version: governance ? nil : try ProposalInput.version(file, effective: proposal.effective),
                content: governance ? try ProposalInput.read(file) : nil, fileName: URL(fileURLWithPath: file).lastPathComponent)
            try plan.revise(number, files: [write], reason: message, by: person)
            Console.current.print(try ProposalDrafting.revisedMessage(plan, number), terminator: "")
        }
    }
}
