public import ClaspGit
import Foundation
import GRDB

/// What bringing the index up to date took.
public enum RecordedIndexUpdate: Equatable, Sendable {
    /// The index already described `main`'s head.
    case upToDate
    /// `main` had moved forward from the indexed head; only the new commits were indexed.
    case extended(commits: Int)
    /// The index was built from scratch: new, of an older schema, or `main` was rewritten so
    /// the indexed head is no longer on its first-parent line.
    case rebuilt(commits: Int)
}

extension RecordedIndex {
    /// The head of `main` the index was last brought up to, or nil for an empty index.
    public func indexedHead() throws -> ObjectID? {
        try database.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'head'").flatMap(ObjectID.init(hex:))
        }
    }

    /// Brings the index up to `head`: nothing when it is there already, the new commits when
    /// the indexed head is still on `head`'s first-parent line, a full rebuild otherwise.
    @discardableResult
    public func update(to head: ObjectID) throws -> RecordedIndexUpdate {
        if try indexedHead() == head { return .upToDate }
        var outcome = RecordedIndexUpdate.upToDate
        try database.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                // Re-read under the write lock: another process may have caught up meanwhile.
                let recorded = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'head'")
                    .flatMap(ObjectID.init(hex:))
                if recorded == head { return .commit }
                if let recorded, let newer = try commits(after: recorded, upTo: head) {
                    let next = try Int.fetchOne(db, sql: "SELECT MAX(position) FROM commits").map { $0 + 1 } ?? 0
                    try insert(newer, startingAt: next, parentTree: repository.readCommit(recorded).treeID, into: db)
                    outcome = .extended(commits: newer.count)
                } else {
                    try db.execute(sql: "DELETE FROM touches; DELETE FROM commits")
                    let all = Array(try repository.firstParentHistory(from: head).reversed())
                    try insert(all, startingAt: 0, parentTree: nil, into: db)
                    outcome = .rebuilt(commits: all.count)
                }
                try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('head', ?)", arguments: [head.hex])
                return .commit
            }
        }
        return outcome
    }

    /// The commits on `head`'s first-parent line after `recorded`, oldest first; nil when
    /// `recorded` is not on that line (history was rewritten, or it came in through a merge's
    /// second parent) or no longer exists, which calls for a rebuild.
    private func commits(after recorded: ObjectID, upTo head: ObjectID) throws -> [ObjectID]? {
        guard (try? repository.isAncestor(recorded, of: head)) == true else { return nil }
        let walk = try repository.firstParentWalk(from: head)
        var newer: [ObjectID] = []
        while let id = try walk.next() {
            if id == recorded { return newer.reversed() }
            newer.append(id)
        }
        return nil
    }

    /// Indexes `commits` (consecutive on the first-parent line, oldest first), diffing each
    /// commit's tree against the previous one's. A touched file's row keeps its new blob id
    /// (NULL when the commit deleted it).
    private func insert(_ commits: [ObjectID], startingAt first: Int, parentTree: ObjectID?, into db: Database) throws {
        let commitRow = try db.cachedStatement(sql: """
            INSERT INTO commits (position, id, committed_at, earliest_from_here, author_name, author_email, author_time,
                                 author_offset, summary, trailers, change, proposal, effective_date, bootstrap)
            VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
            """)
        // A commit whose clock reads earlier than some commits before it lowers their
        // `earliest_from_here`; with ordinary clocks no row matches.
        let lowerEarlier = try db.cachedStatement(sql: """
            UPDATE commits SET earliest_from_here = ?1 WHERE earliest_from_here > ?1
            """)
        let touchRow = try db.cachedStatement(sql: "INSERT OR IGNORE INTO touches (class_id, position, file, blob) VALUES (?, ?, ?, ?)")
        var previousTree = parentTree
        for (offset, id) in commits.enumerated() {
            let position = first + offset
            let commit = try repository.readCommit(id)
            let trailers = IndexedTrailers(commit.trailers)
            let committedAt = Int64(commit.committer.time.timeIntervalSince1970.rounded(.down))
            try lowerEarlier.execute(arguments: [committedAt])
            try commitRow.execute(arguments: [
                position, id.hex, committedAt,
                commit.author.name, commit.author.email, Int64(commit.author.time.timeIntervalSince1970.rounded(.down)),
                commit.author.timeZoneOffsetMinutes, commit.summary, trailers.encoded,
                trailers.value(.change), trailers.value(.proposal), trailers.value(.effectiveDate),
                trailers.value(.bootstrap) != nil,
            ])
            for change in try repository.treeChanges(from: previousTree, to: commit.treeID) {
                guard let (classID, file) = Self.classFile(change.path) else { continue }
                try touchRow.execute(arguments: [classID, position, file, change.new?.id.hex])
            }
            previousTree = commit.treeID
        }
    }

    /// Splits `classes/<id>/<file>` into the class id and the path inside its folder.
    static func classFile(_ path: String) -> (classID: String, file: String)? {
        let parts = path.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == PlanLayout.classesDir[...], !parts[1].isEmpty, !parts[2].isEmpty else {
            return nil
        }
        return (String(parts[1]), String(parts[2]))
    }
}
