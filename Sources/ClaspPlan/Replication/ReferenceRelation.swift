import ClaspGit

/// How a local reference stands against the same reference on a remote.
enum ReferenceRelation: Equatable {
    /// Only the remote has it.
    case onlyRemote
    /// Only this repository has it.
    case onlyLocal
    /// Both point at the same commit.
    case same
    /// The remote's commit descends from ours: moving ours forward loses nothing.
    case remoteAhead
    /// Our commit descends from the remote's.
    case localAhead
    /// Neither contains the other: taking either side would drop the other's history.
    case diverged

    /// Compares `local` with `remote` (nil: the side lacks the reference).
    static func of(local: ObjectID?, remote: ObjectID?, in repository: Repository) throws -> ReferenceRelation? {
        switch (local, remote) {
        case (nil, nil): return nil
        case (nil, _?): return .onlyRemote
        case (_?, nil): return .onlyLocal
        case let (local?, remote?):
            if local == remote { return .same }
            if try repository.isAncestor(local, of: remote) { return .remoteAhead }
            if try repository.isAncestor(remote, of: local) { return .localAhead }
            return .diverged
        }
    }
}
