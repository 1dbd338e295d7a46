import ClaspGit
import ClaspSpec
import Foundation

/// Judging a proposal against the workflow in force on its base.
extension Plan {
    /// The proposal's routing, votes per stage and what is still needed.
    ///
    /// - Throws: `ApprovalError.unknownProposal`, `ApprovalError.noWorkflow`.
    public func status(of number: ProposalNumber) throws -> ProposalStatus {
        try evaluate(try proposal(number))
    }

    /// Open proposals waiting for a vote `person` may cast: they hold the awaited role, did not
    /// write the proposal and have not voted on its current head.
    public func awaitingVote(of person: String) throws -> [ProposalStatus] {
        try proposals(state: .open).compactMap { proposal in
            let status = try evaluate(proposal)
            let roster = try snapshot(commit: proposal.base).roster()
            guard proposal.author != person, let holder = roster.person(person),
                  status.awaiting.contains(where: holder.roles.contains) else { return nil }
            let headTree = try repository.readCommit(proposal.head).treeID
            let voted = proposal.currentVotes.contains { $0.voter == person && $0.tree == headTree }
            return voted ? nil : status
        }
    }

    /// The workflow files in force in a commit, by path.
    func workflows(in commit: ObjectID) throws -> [(path: String, blob: ObjectID, workflow: Workflow)] {
        let tree = try repository.readCommit(commit).treeID
        guard let folder = try repository.entry(atPath: PlanLayout.workflowsDir, inTree: tree), folder.mode == .tree else { return [] }
        return try repository.readTree(folder.id).filter { $0.mode == .blob && $0.name.hasSuffix(".yaml") }
            .sorted { $0.name < $1.name }.map { entry in
                let path = "\(PlanLayout.workflowsDir)/\(entry.name)"
                let text = String(decoding: try repository.readBlob(entry.id), as: UTF8.self)
                do {
                    return (path, entry.id, try Workflow.decode(text, file: path))
                } catch let error as SpecFormatError {
                    throw PlanError.format(error)
                }
            }
    }

    /// The roster in force in a commit; with `memo`, decoded once per roster blob.
    func roster(in commit: ObjectID, memo: AuditMemo?) throws -> Roster {
        guard let memo else { return try snapshot(commit: commit).roster() }
        let tree = try memo.commit(commit, in: repository).treeID
        guard let entry = try repository.entry(atPath: PlanLayout.rosterPath, inTree: tree) else { return Roster() }
        if let known = memo.rosters[entry.id] { return known }
        let roster = try snapshot(commit: commit).roster()
        memo.rosters[entry.id] = roster
        return roster
    }

    /// `workflows(in:)`, with `memo` decoded once per workflows folder tree.
    func workflows(in commit: ObjectID, memo: AuditMemo?) throws -> [(path: String, blob: ObjectID, workflow: Workflow)] {
        guard let memo else { return try workflows(in: commit) }
        let tree = try memo.commit(commit, in: repository).treeID
        guard let folder = try repository.entry(atPath: PlanLayout.workflowsDir, inTree: tree), folder.mode == .tree else { return [] }
        if let known = memo.workflowFolders[folder.id] { return known }
        let workflows = try workflows(in: commit)
        memo.workflowFolders[folder.id] = workflows
        return workflows
    }

    /// Evaluates a proposal as its log stands in `proposal` (which may be an older state, for the audit).
    ///
    /// With `memo` (an audit's), the roster, workflows, commits and routing come from what the
    /// audit already derived from the same git objects.
    func evaluate(_ proposal: Proposal, memo: AuditMemo? = nil) throws -> ProposalStatus {
        let roster = try roster(in: proposal.base, memo: memo)
        guard let inForce = try workflows(in: proposal.base, memo: memo).first(where: { $0.workflow.appliesTo.contains(proposal.kind) }) else {
            throw ApprovalError.noWorkflow(kind: proposal.kind)
        }
        let workflow = inForce.workflow
        let baseTree = try memo?.commit(proposal.base, in: repository).treeID ?? repository.readCommit(proposal.base).treeID
        let headTree = try memo?.commit(proposal.head, in: repository).treeID ?? repository.readCommit(proposal.head).treeID
        let changes = try changeSets(from: baseTree, to: headTree, memo: memo)
        let categories = changes.reduce(into: Set<ChangeCategory>()) { $0.formUnion($1.categories) }
        let applicable = workflow.stages.filter { $0.applies(to: categories) }
        var stale: [Vote] = [], invalid: [DiscountedVote] = []
        var counted: [String: (approvals: [Vote], rejections: [Vote])] = [:]
        var editorialSince: [ObjectID: Bool] = [:]
        for vote in proposal.currentVotes {
            guard let stage = applicable.first(where: { $0.name == vote.stage }) else { continue }
            guard let voter = roster.person(vote.voter) else {
                invalid.append(DiscountedVote(vote: vote, reason: "\(vote.voter) is not in the roster in force")); continue
            }
            guard vote.role == stage.role, voter.roles.contains(stage.role) else {
                invalid.append(DiscountedVote(vote: vote, reason: "\(vote.voter) lacked the \(stage.role.rawValue) role of stage '\(stage.name)'")); continue
            }
            if vote.decision == .approve && vote.voter == proposal.author {
                invalid.append(DiscountedVote(vote: vote, reason: "\(vote.voter) approved their own proposal")); continue
            }
            if vote.tree != headTree {
                let carries: Bool
                switch (vote.decision, workflow.carryVotes) {
                case (.reject, _), (_, .none): carries = false
                case (_, .all): carries = true
                case (_, .editorial):
                    if let known = editorialSince[vote.tree] { carries = known } else {
                        carries = try isEditorial(from: vote.tree, to: headTree, memo: memo)
                        editorialSince[vote.tree] = carries
                    }
                }
                guard carries else { stale.append(vote); continue }
            }
            switch vote.decision {
            case .approve: counted[stage.name, default: ([], [])].approvals.append(vote)
            case .reject: counted[stage.name, default: ([], [])].rejections.append(vote)
            case .abstain: break
            }
        }
        let stages = applicable.map { stage in
            StageStatus(stage: stage.name, role: stage.role, needed: stage.approvals.needed(holders: roster.holders(of: stage.role).count),
                        approvals: counted[stage.name]?.approvals ?? [], rejections: counted[stage.name]?.rejections ?? [])
        }
        let blockedBy = stages.flatMap(\.rejections).map { vote in
            "\(vote.voter) rejected in stage '\(vote.stage)'\(vote.comment.isEmpty ? "" : ": \(vote.comment)")"
        }
        return ProposalStatus(
            proposal: proposal, workflow: workflow.name, workflowBlob: inForce.blob, workflowPath: inForce.path,
            categories: categories.sorted(), changes: changes, stages: stages, staleVotes: stale, invalidVotes: invalid,
            blockedBy: blockedBy, readyToAdopt: proposal.state == .open && !stages.isEmpty && stages.allSatisfy(\.satisfied),
            awaiting: proposal.state == .open ? stages.first(where: { !$0.satisfied }).map { [$0.role] } ?? [] : [])
    }
}
