internal import CLibGit2
import Foundation

/// Writing many objects at once: into memory first, then into one packfile per batch.
///
/// A bulk writer (the plan generator) makes hundreds of thousands of objects. Written one by one
/// as loose objects, each costs a compressed file, and the large `classes/` trees (150 KB for
/// 3,000 classes) dominate; a later `git repack` then spends minutes finding deltas among them.
/// With batching on, libgit2's in-memory backend takes every write, reads see those objects at
/// once, and ``flushObjectBatch()`` packs them (deltas included) into one packfile with its index.
///
/// libgit2's default object database rescans `objects/pack` (a directory read and a `stat` per
/// file) every time a lookup misses, and every new object is a miss (it checks the object is not
/// there before writing it): with a pack per batch, that made a long generation quadratic. So the
/// batch runs on an object database of its own: the in-memory backend, the loose objects, and
/// each packfile as a single-pack backend, which never rescans; the newest pack is searched first.
/// ``finishObjectBatch()`` writes a `multi-pack-index` over the packs and puts the default
/// database back.
extension Repository {
    /// Sends every later object write of this handle to memory until the next
    /// ``flushObjectBatch()``. One-way for the handle until ``finishObjectBatch()``: flush or
    /// finish before dropping it, or the unflushed objects are lost.
    ///
    /// - Throws: ``GitError`` when the batch's object database cannot be set up.
    package func startObjectBatch() throws {
        guard objectBatchBackend == nil else { return }
        // An index without its pack is what a process killed inside git_indexer_commit leaves
        // (see flushObjectBatch()): git and libgit2 skip it, and so does the batch.
        let indexes = (try? FileManager.default.contentsOfDirectory(atPath: packFolder))?.filter {
            $0.hasSuffix(".idx") && FileManager.default.fileExists(atPath: "\(packFolder)/\($0.dropLast(4)).pack")
        }.sorted() ?? []
        objectBatchPacks = indexes.map { "\(packFolder)/\($0)" }
        try openBatchDatabase()
    }

    /// Gives the handle a new batch database: a new in-memory backend, the loose objects and every
    /// pack of the batch. A new one after each flush, because libgit2 keeps a cache of delta bases
    /// (up to 16 MiB) per open pack, which only freeing the database releases: one database for
    /// the whole batch grew by that much per pack written.
    private func openBatchDatabase() throws {
        var newDatabase: OpaquePointer?
        try check(git_odb_new(&newDatabase), "git_odb_new", context: "starting an object batch")
        let database = try required(newDatabase, "git_odb_new")
        // The repository takes its own reference in git_repository_set_odb.
        defer { git_odb_free(database) }
        var loose: UnsafeMutablePointer<git_odb_backend>?
        try check(git_odb_backend_loose(&loose, objectsFolder, -1, 0, 0, 0), "git_odb_backend_loose", context: "starting an object batch")
        try check(git_odb_add_backend(database, loose, 1), "git_odb_add_backend", context: "starting an object batch")
        for (position, index) in objectBatchPacks.enumerated() {
            var pack: UnsafeMutablePointer<git_odb_backend>?
            try check(git_odb_backend_one_pack(&pack, index), "git_odb_backend_one_pack", context: "reading \(index)")
            // Newer packs first: what the writer reads back is nearly always what it wrote last.
            try check(git_odb_add_backend(database, pack, Int32(min(998, 2 + position))), "git_odb_add_backend", context: "reading \(index)")
        }
        var backend: UnsafeMutablePointer<git_odb_backend>?
        try check(git_mempack_new(&backend), "git_mempack_new", context: "starting an object batch")
        // Highest priority: the first backend that can write takes every write.
        try check(git_odb_add_backend(database, backend, 999), "git_odb_add_backend", context: "starting an object batch")
        try check(git_repository_set_odb(handle, database), "git_repository_set_odb", context: "starting an object batch")
        objectBatchBackend = backend
    }

    /// Writes the objects batched since the last flush into one packfile (with its index), synced
    /// to disk, and empties the batch. A no-op when batching is off.
    ///
    /// When it returns, the objects are in place and durable: only then may a reference name
    /// them. A process killed inside it leaves at most an unreferenced temporary pack or an index
    /// without its pack, which git and libgit2 skip (`git fsck` warns, and exits 0).
    ///
    /// - Returns: the number of bytes of the packfile written (0 when the batch was empty).
    /// - Throws: ``GitError`` when the pack cannot be built or written.
    @discardableResult
    package func flushObjectBatch() throws -> Int {
        guard let backend = objectBatchBackend else { return 0 }
        // libgit2's packbuilder tries each object against the 10 before it; in a generated plan the
        // object just before (the previous version of the same tree, by size) is nearly always the
        // best base, and the other nine only cost time. Its only knob is window memory.
        try setConfiguration("pack.windowMemory", to: "1")
        defer { try? removeConfiguration("pack.windowMemory") }
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        // Exactly the objects written since the last flush (git_mempack_dump would pack the whole
        // tree of every commit, everything older packs hold already).
        var newBuilder: OpaquePointer?
        try check(git_packbuilder_new(&newBuilder, handle), "git_packbuilder_new", context: "packing the object batch")
        let builder = try required(newBuilder, "git_packbuilder_new")
        defer { git_packbuilder_free(builder) }
        git_packbuilder_set_threads(builder, 1)
        for id in objectBatchWritten {
            var oid = id.oid
            try check(git_packbuilder_insert(builder, &oid, nil), "git_packbuilder_insert", context: "packing object \(id)")
        }
        try check(git_packbuilder_write_buf(&buffer, builder), "git_packbuilder_write_buf", context: "packing the object batch")
        objectBatchWritten = []
        // A pack with no objects is 32 bytes (header and checksum): nothing to write.
        if buffer.size > 32, let bytes = buffer.ptr {
            var newIndexer: OpaquePointer?
            try check(git_indexer_new(&newIndexer, packFolder, 0, nil, nil), "git_indexer_new", context: "writing the object batch")
            let indexer = try required(newIndexer, "git_indexer_new")
            defer { git_indexer_free(indexer) }
            var progress = git_indexer_progress()
            try check(git_indexer_append(indexer, bytes, buffer.size, &progress), "git_indexer_append",
                      context: "writing \(buffer.size) bytes of packed objects")
            // git_indexer_commit (libgit2 1.5) first writes the index as `pack-<name>.idx.lock` and
            // renames it into place, then renames the pack from its temporary file to
            // `pack-<name>.pack`: for a moment the index stands without its pack. Readers skip such
            // an index (git's add_packed_git; libgit2's pack backend "ignore[s] missing .pack file
            // as git does"), and nothing names these objects before this function returns. It
            // syncs nothing unless GIT_OPT_ENABLE_FSYNC_GITDIR is set, a process-wide switch that
            // would sync every loose object: so the two files and the folder are synced here, once
            // per batch.
            try check(git_indexer_commit(indexer, &progress), "git_indexer_commit", context: "indexing the object batch")
            let pack = "\(packFolder)/pack-\(String(cString: git_indexer_name(indexer)))"
            try Self.syncToDisk([pack + ".pack", pack + ".idx", packFolder], context: "writing the object batch")
            objectBatchPacks.append(pack + ".idx")
            // Replacing the database frees the old one with its in-memory backend and pack caches.
            try openBatchDatabase()
        } else {
            try check(git_mempack_reset(backend), "git_mempack_reset", context: "emptying the object batch")
        }
        return buffer.size > 32 ? buffer.size : 0
    }

    /// Flushes the batch, writes a `multi-pack-index` over every pack (one lookup instead of one
    /// per pack for every later reader, git's CLI included) and gives the handle back the default
    /// object database. A no-op when batching is off.
    ///
    /// - Throws: ``GitError`` when the last pack, the index or the default database fails.
    package func finishObjectBatch() throws {
        guard objectBatchBackend != nil else { return }
        try flushObjectBatch()
        var newDatabase: OpaquePointer?
        try check(git_odb_open(&newDatabase, objectsFolder), "git_odb_open", context: "reopening the object database")
        let database = try required(newDatabase, "git_odb_open")
        defer { git_odb_free(database) }
        if objectBatchPacks.count > 1 {
            try check(git_odb_write_multi_pack_index(database), "git_odb_write_multi_pack_index", context: "indexing the packfiles")
        }
        // Replacing the database frees the batch's, and the in-memory backend with it.
        try check(git_repository_set_odb(handle, database), "git_repository_set_odb", context: "reopening the object database")
        objectBatchBackend = nil
        objectBatchPacks = []
    }

    /// Notes an object written while batching, for the next flush's pack.
    func recordBatchWrite(_ id: ObjectID) {
        if objectBatchBackend != nil { objectBatchWritten.append(id) }
    }

    private var objectsFolder: String { "\(path)/objects" }
    private var packFolder: String { "\(path)/objects/pack" }

    /// Deletes a setting from the repository's own configuration file, if it is there.
    func removeConfiguration(_ key: String) throws {
        var configuration: OpaquePointer?
        try check(git_repository_config(&configuration, handle), "git_repository_config", context: "removing \(key)")
        defer { git_config_free(configuration) }
        let result = git_config_delete_entry(configuration, key)
        if result == GIT_ENOTFOUND.rawValue { git_error_clear(); return }
        try check(result, "git_config_delete_entry", context: "removing \(key)")
    }

    /// Moves every loose reference into `packed-refs`, as `git pack-refs --all` does: a plan with
    /// tens of thousands of proposal refs then lists them from one file.
    ///
    /// - Throws: ``GitError`` when the reference database cannot be rewritten.
    package func packReferences() throws {
        var refdb: OpaquePointer?
        try check(git_repository_refdb(&refdb, handle), "git_repository_refdb", context: "packing references")
        defer { git_refdb_free(refdb) }
        try check(git_refdb_compress(refdb), "git_refdb_compress", context: "packing references")
    }
}
