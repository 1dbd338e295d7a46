import ClaspGit
import Foundation
import GRDB

/// A derived SQLite index of `main`'s first-parent line: for every commit, who recorded it and
/// when, its trailers of interest, and which class files it touched.
///
/// Recorded-time questions ("every change to this class", "what was known on D") would
/// otherwise walk the whole line and compare trees per commit (DESIGN §9); the index answers
/// them with one indexed query. It is never the source of truth: it records the head it was
/// built to, catches up from there when `main` only moved forward, and is rebuilt from git when
/// history was rewritten, its schema changed, or its file is missing or unreadable.
///
/// It also caches, per proposal, facts read from the tip of its meta log (`proposal_tips`),
/// each row valid only while the meta ref still points at the commit it was read from.
///
/// Stored at `<git dir>/clasp/index.sqlite`, beside the repository and outside its history.
/// Several processes may share the file: updates run in an immediate transaction that
/// re-reads the recorded head, so two writers catching up at once index each commit once.
public final class RecordedIndex {
    /// Bumped whenever the tables change shape, so an older file is rebuilt rather than misread.
    /// Version 2 records each touched file's new blob id, so blame reads no trees, and each
    /// commit's `earliest_from_here`, so as-known-on is one index seek. Version 3 adds
    /// `proposal_tips`, what each proposal's meta tip says (its state, its listing, the version
    /// files it changes), keyed by the tip's id so listings need not read every log.
    static let schemaVersion = "3"

    /// The index file.
    public let path: String
    let repository: Repository
    let database: DatabaseQueue

    private init(path: String, repository: Repository, database: DatabaseQueue) {
        self.path = path
        self.repository = repository
        self.database = database
    }

    /// Where the index of the repository at `gitDirectory` lives.
    public static func defaultPath(gitDirectory: String) -> String {
        URL(fileURLWithPath: gitDirectory).appendingPathComponent("clasp/index.sqlite").path
    }

    /// Opens the index at `path` for `repository`, creating it when missing and recreating it
    /// when the file is not a readable index of the current schema.
    ///
    /// - Throws: `RecordedIndexError.unusable` when even a fresh file cannot be created there
    ///   (a read-only repository); callers then answer from git directly.
    static func open(repository: Repository, at path: String) throws -> RecordedIndex {
        do {
            return try openExisting(repository: repository, at: path)
        } catch {
            removeFiles(at: path)
            do {
                return try openExisting(repository: repository, at: path)
            } catch {
                throw RecordedIndexError.unusable(path: path, reason: String(describing: error))
            }
        }
    }

    private static func openExisting(repository: Repository, at path: String) throws -> RecordedIndex {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        var configuration = Configuration()
        // Another process may be catching the index up; wait for it rather than fail.
        configuration.busyMode = .timeout(10)
        let database = try DatabaseQueue(path: path, configuration: configuration)
        let index = RecordedIndex(path: path, repository: repository, database: database)
        try index.prepareSchema()
        return index
    }

    /// Deletes the index file and SQLite's companions, so the next open starts afresh.
    static func removeFiles(at path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}

@available(*, unavailable)
extension RecordedIndex: Sendable {}

/// Why the recorded-time index could not be used; callers fall back to walking git.
public enum RecordedIndexError: Error, Equatable, CustomStringConvertible {
    /// The index file could not be created or read, even after deleting it.
    case unusable(path: String, reason: String)
    /// A row held a value git could not have produced (a malformed commit id).
    case malformedRow(path: String, detail: String)

    public var description: String {
        switch self {
        case .unusable(let path, let reason):
            "the recorded-time index at \(path) cannot be used: \(reason)"
        case .malformedRow(let path, let detail):
            "the recorded-time index at \(path) holds a malformed row: \(detail)"
        }
    }
}
