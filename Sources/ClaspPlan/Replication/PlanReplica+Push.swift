import ClaspGit

extension PlanReplica {
    /// Sends this copy's adoptions, proposals and events to the remote.
    ///
    /// Reads the remote's references first and refuses unless every `main` and meta log there is
    /// contained in this copy's; then pushes the ones that are behind (never forced, so the
    /// receiving side refuses a non-fast-forward even if it moved meanwhile) and the heads their
    /// logs name.
    ///
    /// - Throws: `ReplicationError.remoteIsAhead` (fetch first), `.pushRejected`, `.unknownRemote`;
    ///   `GitError` when the remote cannot be reached.
    @discardableResult
    public func push(to remote: String) throws -> ReplicationReport {
        try downloadTracking(remote)
        let remoteTargets = Dictionary(try trackedReferences(remote).map { ($0.name, $0.target) }, uniquingKeysWith: { first, _ in first })
        var report = ReplicationReport(remote: remote)
        var refspecs: [String] = []
        var behind: [String] = []
        for (name, local) in try localReferences() {
            let theirs = remoteTargets[name]
            if Self.isProposalHead(name) {
                guard theirs != local else { report.upToDate += 1; continue }
                guard let meta = try repository.referenceTarget(Self.metaName(ofHead: name)),
                      try currentHead(meta: meta) == local else { report.kept.append(name); continue }
                refspecs.append("+\(name):\(name)")
                report.changes.append(ReferenceChange(reference: name, from: theirs, to: local))
                continue
            }
            switch try ReferenceRelation.of(local: local, remote: theirs, in: repository) {
            case .onlyLocal?, .localAhead?:
                refspecs.append("\(name):\(name)")
                report.changes.append(ReferenceChange(reference: name, from: theirs, to: local))
            case .same?: report.upToDate += 1
            case .remoteAhead?, .diverged?: behind.append(name)
            case .onlyRemote?, nil: break
            }
        }
        guard behind.isEmpty else { throw ReplicationError.remoteIsAhead(remote: remote, references: behind) }
        guard !refspecs.isEmpty else { return report }
        let rejections: [PushRejection]
        do {
            rejections = try repository.push(to: remote, refspecs: refspecs)
        } catch let error as GitError where error.code == .nonFastForward {
            // Someone pushed between our read and our push.
            throw ReplicationError.remoteIsAhead(remote: remote, references: report.changes.map(\.reference))
        }
        guard rejections.isEmpty else { throw ReplicationError.pushRejected(remote: remote, rejections: rejections) }
        try downloadTracking(remote)
        return report
    }
}
