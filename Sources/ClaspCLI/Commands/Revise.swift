import ArgumentParser
import ClaspPlan
import ClaspSpec

extension Clasp {
    /// `clasp revise N --file F`: a new revision of an open proposal.
    struct Revise: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replace the text of an open proposal with a new revision.",
            discussion: """
                Earlier votes carry over only when the workflow allows it (carry-votes: editorial keeps
                them when the change since the vote is editorial).

                Example:
                  clasp --as aortiz revise 2 --file ft.yaml -m "Fix a typo"
                """)

        @ParentCommand var root: Clasp
        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Argument(help: "The proposal number.")
        var number: Int

        @Option(help: "The revised version (YAML or plain text).")
        var file: String

        @Option(name: .shortAndLong, help: "What changed in this revision.")
        var message: String = "Revised"

        func run() throws {
            let context = CommandContext(global, root.global)
            let person = try context.requirePerson(for: "revise")
            let plan = try context.openPlan()
            let proposal = try plan.proposal(number)
            let write: PlanFileWrite
            switch proposal.kind {
            case .roster: write = PlanFileWrite(path: "roster.yaml", content: try ProposalInput.read(file))
            case .workflow: write = PlanFileWrite(path: "workflows/\(file.split(separator: "/").last ?? "")", content: try ProposalInput.read(file))
            default:
                guard let classID = proposal.classIDs.first else { throw CommandFailure("proposal \(number) names no class to revise") }
                let version = try ProposalInput.version(file, effective: proposal.effective)
                write = PlanFileWrite(path: PlanLayout.versionFile(classID, version.effective), content: SpecVersionCodec.encode(version))
            }
            try plan.revise(number, files: [write], reason: message, by: person)
            let status = try plan.status(of: number)
            print("revised proposal \(number); \(status.staleVotes.count) earlier vote(s) dropped, \(status.stages.flatMap(\.approvals).count) approval(s) stand")
        }
    }
}
