import GRDB

extension RecordedIndex {
    /// Creates the tables of a new file; drops and recreates them when the file's schema
    /// version differs, which makes the next update a full rebuild. A schema-2 file only lacks
    /// `proposal_tips`, a cache that starts empty, so it is migrated in place instead.
    ///
    /// The common case, a file already at this version, is settled by a read: a write
    /// transaction would take the file's lock (and sync its journal) on every CLI call.
    func prepareSchema() throws {
        if try database.read({ db in try Self.schemaVersion(in: db) }) == Self.schemaVersion { return }
        try database.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                let found = try Self.schemaVersion(in: db)
                if found == Self.schemaVersion { return .commit }
                if found == "2" {
                    try db.execute(sql: Self.proposalTipsTable)
                    try db.execute(sql: "UPDATE meta SET value = ? WHERE key = 'schema'", arguments: [Self.schemaVersion])
                    return .commit
                }
                for table in ["proposal_tips", "touches", "commits", "meta"] {
                    try db.execute(sql: "DROP TABLE IF EXISTS \(table)")
                }
                try db.execute(sql: """
                    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
                    CREATE TABLE commits (
                        position INTEGER PRIMARY KEY,
                        id TEXT NOT NULL UNIQUE,
                        committed_at INTEGER NOT NULL,
                        earliest_from_here INTEGER NOT NULL,
                        author_name TEXT NOT NULL,
                        author_email TEXT NOT NULL,
                        author_time INTEGER NOT NULL,
                        author_offset INTEGER NOT NULL,
                        summary TEXT NOT NULL,
                        trailers TEXT NOT NULL,
                        change TEXT,
                        proposal TEXT,
                        effective_date TEXT,
                        bootstrap INTEGER NOT NULL
                    );
                    CREATE INDEX commits_by_earliest ON commits (earliest_from_here, position);
                    CREATE TABLE touches (
                        class_id TEXT NOT NULL,
                        position INTEGER NOT NULL,
                        file TEXT NOT NULL,
                        blob TEXT,
                        PRIMARY KEY (class_id, position, file)
                    ) WITHOUT ROWID;
                    """)
                try db.execute(sql: Self.proposalTipsTable)
                try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('schema', ?)",
                               arguments: [Self.schemaVersion])
                return .commit
            }
        }
    }

    /// The schema version recorded in the file, or nil for a new or foreign file.
    private static func schemaVersion(in db: Database) throws -> String? {
        guard try db.tableExists("meta") else { return nil }
        return try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema'")
    }
}
