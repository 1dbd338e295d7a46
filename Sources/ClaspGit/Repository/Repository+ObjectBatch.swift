internal import CLibGit2

/// Writing many objects at once: into memory first, then into one packfile.
///
/// A bulk writer (the plan generator) makes hundreds of thousands of objects. Written one by one
/// as loose objects, each costs a compressed file, and the large `classes/` trees (150 KB for
/// 3,000 classes) dominate; a later `git repack` then spends minutes finding deltas among them.
/// With batching on, libgit2's in-memory backend takes every write, reads see those objects at
/// once, and ``flushObjectBatch()`` packs them (deltas included) into one packfile with its index.
extension Repository {
    /// Sends every later object write of this handle to memory until the next
    /// ``flushObjectBatch()``. One-way for the handle: open a separate `Repository` for batched
    /// writing and flush it before dropping it, or the unflushed objects are lost.
    ///
    /// - Throws: ``GitError`` when the in-memory backend cannot be added.
    public func startObjectBatch() throws {
        guard objectBatchBackend == nil else { return }
        var backend: UnsafeMutablePointer<git_odb_backend>?
        try check(git_mempack_new(&backend), "git_mempack_new", context: "starting an object batch")
        let odb = try objectDatabase()
        // Highest priority: the first backend that can write takes every write.
        try check(git_odb_add_backend(odb, backend, 999), "git_odb_add_backend", context: "starting an object batch")
        objectBatchBackend = backend
    }

    /// Writes the objects batched since the last flush into one packfile (with its index) and
    /// empties the batch. A no-op when batching is off.
    ///
    /// - Returns: the number of bytes of the packfile written (0 when the batch was empty).
    /// - Throws: ``GitError`` when the pack cannot be built or written.
    @discardableResult
    public func flushObjectBatch() throws -> Int {
        guard let backend = objectBatchBackend else { return 0 }
        // libgit2's packbuilder tries each object against the 10 before it; in a generated plan the
        // object just before (the previous version of the same tree, by size) is nearly always the
        // best base, and the other nine only cost time. Its only knob is window memory.
        try setConfiguration("pack.windowMemory", to: "1")
        defer { try? removeConfiguration("pack.windowMemory") }
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        try check(git_mempack_dump(&buffer, handle, backend), "git_mempack_dump", context: "packing the object batch")
        // A pack with no objects is 32 bytes (header and checksum): nothing to write.
        if buffer.size > 32, let bytes = buffer.ptr {
            let odb = try objectDatabase()
            var writer: UnsafeMutablePointer<git_odb_writepack>?
            try check(git_odb_write_pack(&writer, odb, nil, nil), "git_odb_write_pack", context: "writing the object batch")
            let pack = try required(writer, "git_odb_write_pack")
            defer { pack.pointee.free(pack) }
            var progress = git_indexer_progress()
            try check(pack.pointee.append(pack, bytes, buffer.size, &progress), "git_odb_writepack.append",
                      context: "writing \(buffer.size) bytes of packed objects")
            try check(pack.pointee.commit(pack, &progress), "git_odb_writepack.commit", context: "indexing the object batch")
        }
        try check(git_mempack_reset(backend), "git_mempack_reset", context: "emptying the object batch")
        return buffer.size > 32 ? buffer.size : 0
    }

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
    public func packReferences() throws {
        var refdb: OpaquePointer?
        try check(git_repository_refdb(&refdb, handle), "git_repository_refdb", context: "packing references")
        defer { git_refdb_free(refdb) }
        try check(git_refdb_compress(refdb), "git_refdb_compress", context: "packing references")
    }

    /// The repository's object database (owned by the repository: not freed by the caller).
    private func objectDatabase() throws -> OpaquePointer {
        var odb: OpaquePointer?
        try check(git_repository_odb(&odb, handle), "git_repository_odb", context: "opening the object database")
        // git_repository_odb hands out a new reference; the repository keeps its own.
        git_odb_free(odb)
        return try required(odb, "git_repository_odb")
    }
}
