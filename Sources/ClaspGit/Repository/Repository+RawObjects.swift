internal import CLibGit2
internal import Crypto

/// Reading objects' stored bytes straight from the object database's backends.
///
/// libgit2's own read (`git_odb_read`, under every `git_*_lookup`) hashes each object it returns
/// with collision-detecting SHA-1 (SHA-1DC, about 600 MB/s here) and parses it. Bulk readers of
/// large trees (`audit verify` meets a new 225 KB `classes/` tree in every one of 60,000 adoptions)
/// spent a quarter of their time there. Here the backends hand over the bytes, and the check that
/// they are the object named (always made: libgit2's strict hash verification is never off,
/// see `libgit2Runtime`) uses plain SHA-1, which runs on the processor's SHA instructions at over 2 GB/s. Any
/// change to an object's bytes is still caught; what is not is a crafted SHA-1 collision, which
/// SECURITY.md leaves to git.
extension Repository {
    /// The stored bytes of object `id`, checked against the id.
    ///
    /// - Throws: ``GitError`` when no backend has the object (`notFound`), a backend fails, or the
    ///   bytes do not hash to `id` (code `generic`, message "object hash mismatch").
    func rawObject(_ id: ObjectID) throws -> RawObject {
        try rawObject(id, verifyHash)
    }

    /// The stored bytes of object `id`, with `accept` run on bytes a backend handed over (bytes
    /// libgit2 had to read itself it has checked already). `accept` throws to refuse them.
    func rawObject(_ id: ObjectID, _ accept: (RawObject) throws -> Void) throws -> RawObject {
        var database: OpaquePointer?
        try check(git_repository_odb(&database, handle), "git_repository_odb", context: "reading object \(id)")
        guard let database else { throw GitError(code: .generic, function: "git_repository_odb", message: "no object database") }
        var oid = id.oid
        for index in 0..<git_odb_num_backends(database) {
            var backend: UnsafeMutablePointer<git_odb_backend>?
            guard git_odb_get_backend(&backend, database, index) == 0, let backend, let read = backend.pointee.read else { continue }
            var data: UnsafeMutableRawPointer?
            var length = 0
            var type = GIT_OBJECT_INVALID
            let result = read(&data, &length, &type, backend, &oid)
            if result == GIT_ENOTFOUND.rawValue || result == GIT_PASSTHROUGH.rawValue { continue }
            if result < 0 { git_odb_free(database) }
            try check(result, "git_odb_backend.read", context: "reading object \(id)")
            let object = RawObject(id: id, type: type, bytes: UnsafeRawBufferPointer(start: data, count: length)) {
                git_odb_backend_data_free(backend, data)
                git_odb_free(database)
            }
            try accept(object)
            return object
        }
        // Not in any backend as loaded (a pack written since they were, or the empty tree, which
        // libgit2 knows without storing it): libgit2's own read refreshes, knows, and checks.
        var stored: OpaquePointer?
        let result = git_odb_read(&stored, database, &oid)
        if result < 0 { git_odb_free(database) }
        try check(result, "git_odb_read", context: "reading object \(id)")
        return RawObject(id: id, type: git_odb_object_type(stored),
                         bytes: UnsafeRawBufferPointer(start: git_odb_object_data(stored), count: git_odb_object_size(stored))) {
            git_odb_object_free(stored)
            git_odb_free(database)
        }
    }

    /// Throws unless `object`'s bytes hash, under git's `<type> <length>\0` header, to its id.
    func verifyHash(_ object: RawObject) throws {
        var hasher = Insecure.SHA1()
        hasher.update(data: object.header)
        hasher.update(bufferPointer: object.bytes)
        let actual = hasher.finalize().withUnsafeBytes { ObjectID(rawBytes: $0) }
        guard actual == object.id else { throw hashMismatch(object, actual: actual) }
    }

    /// The error for bytes that do not hash to the id they were read as.
    func hashMismatch(_ object: RawObject, actual: ObjectID) -> GitError {
        GitError(code: .generic, errorClass: Int32(GIT_ERROR_ODB.rawValue), function: "git_odb_backend.read",
                 message: "object hash mismatch - expected \(object.id) but got \(actual)",
                 context: "reading object \(object.id)")
    }
}
