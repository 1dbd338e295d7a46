import ClaspGit

extension PlanReplica {
    /// Brings the remote's adoptions, proposals and events into this copy.
    ///
    /// `main` and the meta logs move only forward; where this copy is ahead it is left alone
    /// (reported in `kept`). Proposal heads follow their logs.
    ///
    /// - Throws: `ReplicationError.wouldRewriteHistory`, before any local reference moved, when
    ///   `main` or a meta log here is not contained in the remote's; `ReplicationError.unknownRemote`;
    ///   `PlanError.concurrentUpdate` when a local writer moved a reference meanwhile (fetch again);
    ///   `GitError` when the remote cannot be read.
    @discardableResult
    public func fetch(from remote: String) throws -> ReplicationReport {
        try downloadTracking(remote)
        let tracked = try trackedReferences(remote)
        var report = ReplicationReport(remote: remote)
        var moves: [ReferenceChange] = []
        var diverged: [DivergedReference] = []
        var heads: [(name: String, target: ObjectID)] = []
        for (name, remoteTarget) in tracked {
            if Self.isProposalHead(name) { heads.append((name, remoteTarget)); continue }
            let local = try repository.referenceTarget(name)
            switch try ReferenceRelation.of(local: local, remote: remoteTarget, in: repository) {
            case .onlyRemote?, .remoteAhead?: moves.append(ReferenceChange(reference: name, from: local, to: remoteTarget))
            case .same?: report.upToDate += 1
            case .localAhead?: report.kept.append(name)
            case .diverged?:
                if let local { diverged.append(DivergedReference(reference: name, local: local, remote: remoteTarget)) }
            case .onlyLocal?, nil: break
            }
        }
        guard diverged.isEmpty else { throw ReplicationError.wouldRewriteHistory(remote: remote, references: diverged) }
        // Ordered so that a process killed between two moves leaves a copy the audit accepts. A
        // log whose last event is an adoption moves first to the event before it (what the
        // adoption was judged on), then main moves, then those logs take their `adopted` events:
        // stopped before main, the copy has open proposals with their votes; stopped after it, an
        // adoption whose `adopted` event is still to come, the audit's documented interrupted
        // adoption, which fetching again completes. (Main first would leave adoptions whose logs
        // are missing or short of the votes they were judged on.)
        var adoptedEvents: [ReferenceChange] = []
        for move in moves where move.reference != PlanLayout.mainRef {
            guard let judged = try judgedLog(move) else {
                try apply(move, remote: remote)
                continue
            }
            if judged != move.from { try apply(ReferenceChange(reference: move.reference, from: move.from, to: judged), remote: remote) }
            adoptedEvents.append(ReferenceChange(reference: move.reference, from: judged, to: move.to))
        }
        for move in moves where move.reference == PlanLayout.mainRef { try apply(move, remote: remote) }
        for move in adoptedEvents { try apply(move, remote: remote) }
        report.changes = moves
        for (name, remoteTarget) in heads {
            let local = try repository.referenceTarget(name)
            if local == remoteTarget { report.upToDate += 1; continue }
            guard let meta = try repository.referenceTarget(Self.metaName(ofHead: name)),
                  try currentHead(meta: meta) == remoteTarget else {
                report.kept.append(name)
                continue
            }
            let move = ReferenceChange(reference: name, from: local, to: remoteTarget)
            try apply(move, remote: remote)
            report.changes.append(move)
        }
        return report
    }

    /// The log just before its `adopted` event, when the events `move` brings include one.
    private func judgedLog(_ move: ReferenceChange) throws -> ObjectID? {
        let walk = try repository.firstParentWalk(from: move.to)
        while let id = try walk.next() {
            if id == move.from { return nil }
            let commit = try repository.readCommit(id)
            if commit.trailers.contains(where: { $0.key == "Event" && $0.value == "adopted" }) { return commit.parentIDs.first }
        }
        return nil
    }

    /// Moves one local reference by compare-and-swap.
    private func apply(_ move: ReferenceChange, remote: String) throws {
        do {
            try repository.updateReference(move.reference, to: move.to, expected: move.from,
                                           message: "clasp: fetch \(move.reference) from \(remote)")
        } catch let error as GitError where error.isReferenceConflict {
            throw PlanError.concurrentUpdate(ref: move.reference)
        }
    }
}
