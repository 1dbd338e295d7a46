import ClaspGit
import ClaspSpec
import Foundation

extension Plan {
    /// Every commit on main (oldest first) and, for each adoption, every vote in the log it was
    /// judged on: the rows of `audit export`.
    public func auditRecords() throws -> [AuditRecord] {
        var records: [AuditRecord] = []
        for id in try mainHistory().reversed() {
            let commit = try repository.readCommit(id)
            func value(_ key: TrailerKey) -> String? { commit.trailers.value(key) }
            let person = value(.recordedBy)?.split(separator: " ").first.map(String.init) ?? commit.author.email
            let at = ApprovalTrailer.format(commit.committer.time)
            let changes = commit.trailers.filter { $0.hasKey(.change) }.map(\.value).joined(separator: "; ")
            let number = value(.proposal).flatMap { Int($0) }
            let kind: AuditRecord.Kind = commit.parentIDs.isEmpty ? .creation : number != nil ? .adoption : value(.bootstrap) != nil ? .bootstrap : .other
            records.append(AuditRecord(kind: kind, commit: id.hex, proposal: number, change: changes.isEmpty ? commit.summary : changes,
                                       person: person, role: nil, stage: nil, decision: nil, tree: commit.treeID.hex,
                                       workflow: value(.workflow), at: at, resolution: value(.resolution), meeting: value(.meeting)))
            guard let number, let meta = value(.proposalMeta).flatMap(ObjectID.init(hex:)),
                  let judged = try? proposal(number, meta: meta) else { continue }
            let approved = Set(commit.trailers.filter { $0.hasKey(.approvedBy) }.map(\.value))
            for vote in judged.votes {
                let counted = approved.contains(ApprovalTrailer(vote: vote).value)
                records.append(AuditRecord(kind: counted ? .approval : .vote, commit: id.hex, proposal: number, change: changes,
                                           person: vote.voter, role: vote.role.rawValue, stage: vote.stage,
                                           decision: vote.decision.rawValue, tree: vote.tree.hex, workflow: value(.workflow),
                                           at: ApprovalTrailer.format(vote.at)))
            }
        }
        return records
    }
}
