import ClaspGit
import ClaspSpec
import Foundation

/// A scripted proposal history for a demo plan (`Repo/<plan>/proposals.yaml`): each proposal's
/// file, author, votes and adoption at fixed recorded times, replayed through the same code
/// path as `clasp propose`, `vote` and `adopt`, so the demo's history passes `audit verify`.
struct DemoProposalScript {
    struct Step {
        var kind: ChangeKind
        var classID: String
        var file: String
        var reason: String
        var author: String
        var at: Date
        var votes: [(by: String, decision: VoteDecision, comment: String, at: Date)]
        var adopted: (by: String, at: Date)?
    }

    var steps: [Step]

    static let fileName = "proposals.yaml"

    /// Reads the script; a missing file is an empty script.
    static func read(_ folder: PlanSourceFolder) throws -> DemoProposalScript {
        guard FileManager.default.fileExists(atPath: folder.root.appendingPathComponent(fileName).path) else { return DemoProposalScript(steps: []) }
        return try folder.decode(fileName) { text, file in
            var reader = try YAMLFieldReader(YAMLParser.parse(text, file: file), file: file)
            let steps = try reader.list("proposals") { value, path -> Step in
                var entry = try YAMLFieldReader(value, file: file, path: path)
                let kindText = try entry.requiredString("kind")
                guard let kind = ChangeKind(rawValue: kindText) else { throw entry.error("kind", .invalidValue("'\(kindText)' is not a change kind")) }
                let step = Step(kind: kind, classID: try entry.requiredString("class"), file: try entry.requiredString("file"),
                                reason: try entry.requiredString("reason"), author: try entry.requiredString("author"),
                                at: try instant(&entry, "at"),
                                votes: try entry.list("votes") { value, path in
                                    var vote = try YAMLFieldReader(value, file: file, path: path)
                                    let decisionText = try vote.requiredString("decision")
                                    guard let decision = VoteDecision(rawValue: decisionText) else {
                                        throw vote.error("decision", .invalidValue("'\(decisionText)' is not approve, reject or abstain"))
                                    }
                                    let result = (by: try vote.requiredString("by"), decision: decision,
                                                  comment: try vote.string("comment") ?? "", at: try instant(&vote, "at"))
                                    try vote.finish()
                                    return result
                                },
                                adopted: try entry.string("adopted-by").map { ($0, try instant(&entry, "adopted-at")) })
                try entry.finish()
                return step
            }
            try reader.finish()
            return DemoProposalScript(steps: steps)
        }
    }

    private static func instant(_ reader: inout YAMLFieldReader, _ key: String) throws -> Date {
        let text = try reader.requiredString(key)
        guard let date = ISO8601DateFormatter().date(from: text) else {
            throw reader.error(key, .invalidValue("'\(text)' is not an ISO 8601 instant such as 2026-01-12T17:00:00Z"))
        }
        return date
    }

    /// Replays every step on `plan`.
    func replay(on plan: Plan, from folder: PlanSourceFolder) throws {
        for step in steps {
            let version = try folder.decode(step.file) { try SpecVersionCodec.decode($0, file: $1) }
            var draft = ProposalDraft.revise(step.classID, to: version, reason: step.reason)
            draft.kind = step.kind
            let proposal = try plan.propose(draft, by: step.author, at: step.at)
            for vote in step.votes {
                try plan.vote(proposal.number, vote.decision, comment: vote.comment, by: vote.by, at: vote.at)
            }
            if let adopted = step.adopted { try plan.adopt(proposal.number, by: adopted.by, at: adopted.at) }
        }
    }
}
