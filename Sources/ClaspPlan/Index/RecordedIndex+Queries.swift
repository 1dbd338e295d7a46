import ClaspGit
import ClaspTrailers
import Foundation
import GRDB

/// One indexed commit that touched a class, before the plan's time zone turns it into a
/// `RecordedChange`.
struct IndexedChange {
    var commit: ObjectID
    var author: Signature
    var committedAt: Date
    var summary: String
    var trailers: [Trailer]
    /// Files of the class folder it changed, relative to the folder, sorted.
    var files: [String]
}

/// One indexed commit's changes to the files of a class folder: each file's new blob id, nil
/// where the commit deleted the file.
struct IndexedFolderChange {
    var commit: ObjectID
    var files: [(name: String, blob: ObjectID?)]
}

extension RecordedIndex {
    /// Every indexed commit that changed a file of `classID`'s folder, oldest first, with the
    /// files' new blob ids. The index holds the whole first-parent line from its root, so
    /// replaying these from the first gives the folder's files after each commit without
    /// reading a tree.
    func folderChanges(ofClass classID: String) throws -> [IndexedFolderChange] {
        try database.read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT t.position, c.id, t.file, t.blob
                FROM touches t JOIN commits c ON c.position = t.position
                WHERE t.class_id = ?
                ORDER BY t.position
                """, arguments: [classID])
            var changes: [IndexedFolderChange] = []
            var lastPosition: Int64?
            while let row = try rows.next() {
                let position: Int64 = row[0]
                let blob = try (row[3] as String?).map { try objectID($0, "blob", at: position) }
                if position != lastPosition { changes.append(IndexedFolderChange(commit: try objectID(row[1], "commit", at: position), files: [])) }
                lastPosition = position
                changes[changes.count - 1].files.append((row[2], blob))
            }
            return changes
        }
    }

    /// Every indexed commit that changed a file of `classID`'s folder, newest first.
    func changes(touching classID: String) throws -> [IndexedChange] {
        try database.read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT c.position, c.id, c.committed_at, c.author_name, c.author_email, c.author_time,
                       c.author_offset, c.summary, c.trailers, t.file
                FROM touches t JOIN commits c ON c.position = t.position
                WHERE t.class_id = ?
                ORDER BY t.position DESC
                """, arguments: [classID])
            var changes: [IndexedChange] = []
            var lastPosition: Int64?
            while let row = try rows.next() {
                let position: Int64 = row[0]
                let file: String = row[9]
                if position == lastPosition, !changes.isEmpty {
                    changes[changes.count - 1].files.append(file)
                    continue
                }
                lastPosition = position
                let id = try objectID(row[1], "commit", at: position)
                guard let trailers = IndexedTrailers(encoded: row[8]) else {
                    throw RecordedIndexError.malformedRow(path: path, detail: "trailers of the commit at position \(position)")
                }
                let author = Signature(name: row[3], email: row[4],
                                       time: Date(timeIntervalSince1970: TimeInterval(row[5] as Int64)),
                                       timeZoneOffsetMinutes: row[6])
                changes.append(IndexedChange(commit: id, author: author,
                                             committedAt: Date(timeIntervalSince1970: TimeInterval(row[2] as Int64)),
                                             summary: row[7], trailers: trailers.trailers, files: [file]))
            }
            for index in changes.indices { changes[index].files.sort() }
            return changes
        }
    }

    /// The newest commit of the first-parent line committed before `limit`, as a walk from the
    /// head would meet it first; nil when every commit is later.
    ///
    /// Commit clocks need not increase along the line, so "newest with a time before `limit`" is
    /// no range of `committed_at`. `earliest_from_here`, the earliest time of a commit and every
    /// later one, does increase with position, and is below `limit` exactly for the positions up
    /// to the answer: the answer is the row with the greatest such value (the newest among
    /// equals), one seek in its index.
    func lastCommit(committedBefore limit: Date) throws -> ObjectID? {
        try database.read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT id, position FROM commits WHERE earliest_from_here < ?
                ORDER BY earliest_from_here DESC, position DESC LIMIT 1
                """, arguments: [limit.timeIntervalSince1970])
            return try row.map { try objectID($0[0], "commit", at: $0[1]) }
        }
    }

    /// The object id a row stores as hex, or `malformedRow` naming what it was and where.
    private func objectID(_ hex: String, _ what: String, at position: Int64) throws -> ObjectID {
        guard let id = ObjectID(hex: hex) else {
            throw RecordedIndexError.malformedRow(path: path, detail: "\(what) id '\(hex)' at position \(position)")
        }
        return id
    }

    /// How many commits the index holds: the length of `main`'s first-parent line.
    public func commitCount() throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM commits") ?? 0 }
    }
}
