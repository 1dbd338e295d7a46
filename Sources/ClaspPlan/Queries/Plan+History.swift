import ClaspGit
import ClaspSpec
import Foundation

extension Plan {
    /// The recorded history of one class: every commit on `main`'s first-parent line that changed
    /// its folder, newest first.
    ///
    /// Answered from the recorded-time index (`RecordedIndex`), caught up to `main` first; when
    /// the index cannot be used it walks git like `historyByWalking(ofClass:)`, which stays the
    /// reference the index is tested against.
    ///
    /// - Throws: `PlanError.unknownClass` when the class never existed on `main`.
    public func history(ofClass id: String) throws -> [RecordedChange] {
        try PlanLayout.validateClassID(id)
        let zone = try current().config().timeZone
        let indexed = withRecordedIndex { index in
            try index.changes(touching: id).map { change in
                RecordedChange(commit: change.commit, author: change.author,
                               recordedOn: RecordedTime.day(of: change.committedAt, timeZone: zone),
                               summary: change.summary, trailers: change.trailers, files: change.files)
            }
        }
        guard let indexed else { return try historyByWalking(ofClass: id) }
        guard !indexed.isEmpty else { throw PlanError.unknownClass(id) }
        return indexed
    }

    /// `history(ofClass:)` computed from git alone, walking the first-parent line and comparing
    /// the class folder's tree id in each commit with its parent's, so unrelated commits cost
    /// one tree lookup each and no diff. The reference for the index, and its fallback.
    ///
    /// - Throws: `PlanError.unknownClass` when the class never existed on `main`.
    public func historyByWalking(ofClass id: String) throws -> [RecordedChange] {
        try PlanLayout.validateClassID(id)
        let zone = try current().config().timeZone
        let folder = PlanLayout.classDir(id)
        var changes: [RecordedChange] = []
        let commits = try mainHistory()
        var next: (commit: CommitInfo, folder: ObjectID?)?
        for commitID in commits {
            let commit = try repository.readCommit(commitID)
            let here = try repository.entry(atPath: folder, inTree: commit.treeID)?.id
            if let newer = next, newer.folder != here {
                changes.append(try change(newer.commit, from: here, to: newer.folder, timeZone: zone))
            }
            next = (commit, here)
        }
        if let oldest = next, let folderID = oldest.folder {
            changes.append(try change(oldest.commit, from: nil, to: folderID, timeZone: zone))
        }
        guard !changes.isEmpty else { throw PlanError.unknownClass(id) }
        return changes
    }

    private func change(_ commit: CommitInfo, from old: ObjectID?, to new: ObjectID?, timeZone: String) throws -> RecordedChange {
        RecordedChange(commit: commit.id, author: commit.author,
                       recordedOn: RecordedTime.day(of: commit.committer.time, timeZone: timeZone),
                       summary: commit.summary, trailers: commit.trailers,
                       files: try repository.changedPaths(from: old, to: new).sorted())
    }
}
