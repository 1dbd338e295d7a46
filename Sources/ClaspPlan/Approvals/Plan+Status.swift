import ClaspGit
import ClaspSpec
import Foundation

/// Judging a proposal against the workflow in force on its base.
extension Plan {
    /// The proposal's routing, votes per stage and what is still needed.
    ///
    /// - Throws: `ApprovalError.unknownProposal`, `ApprovalError.noWorkflow`.
    public func status(of number: ProposalNumber) throws -> ProposalStatus {
        try currentStatus(try proposal(number))
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
        try snapshot(commit: commit).installedWorkflows()
    }

    /// The roster in force in a commit; with `memo`, decoded once per roster blob.
    func roster(in commit: ObjectID, memo: AuditMemo?) throws -> Roster {
        guard let memo else { return try snapshot(commit: commit).roster() }
        if let known = memo.rostersByCommit[commit] { return known }
        let tree = try memo.commit(commit, in: repository).treeID
        guard let entry = try repository.entry(atPath: PlanLayout.rosterPath, inTree: tree) else { return Roster() }
        let roster = try memo.rosters[entry.id] ?? snapshot(commit: commit).roster()
        memo.rosters[entry.id] = roster
        memo.rostersByCommit[commit] = roster
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
        let tally = try VoteTally(proposal: proposal, workflow: workflow, stages: applicable, roster: roster, headTree: headTree) {
            voted, votedBase, head in
            try isEditorial(from: voted, votedBase: votedBase, to: head, base: proposal.base, baseTree: baseTree, memo: memo)
        }
        var stages = tally.stages
        // Due dates are for people who still have to act; the audit (with `memo`) judges votes only.
        if memo == nil, proposal.state == .open, applicable.contains(where: { $0.dueDays != nil }), let opened = proposal.events.first?.at {
            let zone = try snapshot(commit: proposal.base).config().timeZone
            let deadlines = StageDeadline.deadlines(stages, dueDays: applicable.map(\.dueDays), parallel: workflow.parallel,
                                                    openedAt: opened, timeZone: zone)
            for index in stages.indices { stages[index].deadline = deadlines[index] }
        }
        let blockedBy = stages.filter(\.rejected).flatMap(\.rejections).map { vote in
            "\(vote.voter) rejected in stage '\(vote.stage)'\(vote.comment.isEmpty ? "" : ": \(vote.comment)")"
        }
        return ProposalStatus(
            proposal: proposal, workflow: workflow.name, workflowBlob: inForce.blob, workflowPath: inForce.path,
            categories: categories.sorted(), changes: changes, stages: stages, staleVotes: tally.dropped, invalidVotes: tally.invalid,
            blockedBy: blockedBy, readyToAdopt: proposal.state == .open && !stages.isEmpty && stages.allSatisfy(\.satisfied),
            awaiting: proposal.state == .open ? stages.filter { $0.open && !$0.satisfied }.map(\.role).reduce(into: []) { roles, role in
                if !roles.contains(role) { roles.append(role) }
            } : [])
    }

    /// Whether a proposal's own files read editorially the same on the tree voted on and on the
    /// head now. When a rebase moved the base in between, the trees also differ by what main
    /// adopted meanwhile; only the files either side of the proposal changes are compared.
    private func isEditorial(from voted: ObjectID, votedBase: ObjectID, to head: ObjectID, base: ObjectID, baseTree: ObjectID,
                             memo: AuditMemo?) throws -> Bool {
        guard votedBase != base else { return try isEditorial(from: voted, to: head, memo: memo) }
        let votedBaseTree = try memo?.commit(votedBase, in: repository).treeID ?? repository.readCommit(votedBase).treeID
        let own = Set(try repository.changedPaths(from: votedBaseTree, to: voted) + repository.changedPaths(from: baseTree, to: head))
        return try changeSets(from: voted, to: head, memo: memo).filter { own.contains($0.path) }
            .allSatisfy { $0.categories.isSubset(of: [.editorial]) }
    }
}
