import ClaspGit

/// The governance files a proposal changes, compared semantically.
extension Plan {
    /// The roster and workflow files that differ between the proposal's base and head, with
    /// what changes in each, in path order.
    ///
    /// - Throws: `ApprovalError.unknownProposal`, or a `GitError` reading the trees.
    public func governanceDiffs(of number: ProposalNumber) throws -> [(path: String, diff: GovernanceDiff)] {
        let proposal = try proposal(number)
        let base = try repository.readCommit(proposal.base).treeID
        let head = try repository.readCommit(proposal.head).treeID
        return try repository.changedPaths(from: base, to: head).sorted().compactMap { path in
            func text(_ tree: ObjectID) throws -> String? {
                try repository.blob(atPath: path, inTree: tree).map { String(decoding: $0, as: UTF8.self) }
            }
            return try GovernanceDiff.compare(path: path, old: text(base), new: text(head)).map { (path, $0) }
        }
    }
}
