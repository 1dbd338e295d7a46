internal import CLibGit2

/// One git object's bytes as the object database stores them (a tree's entries, a blob's
/// content), read without libgit2 parsing or caching it.
///
/// The bytes belong to libgit2's allocator and are released when the object is: the object keeps
/// the object database (and so its backends) alive until then. Confined, like its repository, to
/// one thread.
final class RawObject {
    let id: ObjectID
    let type: git_object_t
    let bytes: UnsafeRawBufferPointer
    private let release: () -> Void

    init(id: ObjectID, type: git_object_t, bytes: UnsafeRawBufferPointer, release: @escaping () -> Void) {
        self.id = id
        self.type = type
        self.bytes = bytes
        self.release = release
    }

    deinit { release() }

    /// The `<type> <length>\0` header that git hashes before the bytes to make the id.
    var header: [UInt8] { Array("\(typeName) \(bytes.count)\0".utf8) }

    /// git's name for the object's type, as it appears in the header that its id hashes.
    var typeName: String {
        switch type {
        case GIT_OBJECT_COMMIT: "commit"
        case GIT_OBJECT_TREE: "tree"
        case GIT_OBJECT_BLOB: "blob"
        case GIT_OBJECT_TAG: "tag"
        default: "object"
        }
    }
}
