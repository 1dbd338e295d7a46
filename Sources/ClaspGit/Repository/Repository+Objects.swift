public import Foundation
internal import CLibGit2

/// Reading and writing blobs, trees and commits by id.
extension Repository {
    /// The contents of a blob.
    ///
    /// - Throws: ``GitError`` (``GitErrorCode/notFound``) when no blob has this id.
    public func readBlob(_ id: ObjectID) throws -> Data {
        // As stored bytes (`rawObject`): libgit2 caches no blob by default, and its read hashes
        // with collision-detecting SHA-1, a fifth of reading a spec text in `audit verify`.
        let object = try rawObject(id)
        guard object.type == GIT_OBJECT_BLOB else {
            throw GitError(code: .invalid, errorClass: Int32(GIT_ERROR_OBJECT.rawValue), function: "git_blob_lookup",
                           message: "object \(id) is a \(object.typeName), not a blob", context: "reading blob \(id)")
        }
        guard let bytes = object.bytes.baseAddress, !object.bytes.isEmpty else { return Data() }
        return Data(bytes: bytes, count: object.bytes.count)
    }

    /// The entries of a tree, in git's tree order.
    ///
    /// - Throws: ``GitError`` (``GitErrorCode/notFound``) when no tree has this id.
    public func readTree(_ id: ObjectID) throws -> [TreeEntry] {
        try withTree(id) { tree in
            (0..<git_tree_entrycount(tree)).compactMap { index in
                git_tree_entry_byindex(tree, index).map(TreeEntry.init)
            }
        }
    }

    /// Everything recorded in a commit.
    ///
    /// - Throws: ``GitError`` (``GitErrorCode/notFound``) when no commit has this id.
    public func readCommit(_ id: ObjectID) throws -> CommitInfo {
        try withCommit(id) { commit in
            let parents = (0..<git_commit_parentcount(commit)).compactMap { index in
                git_commit_parent_id(commit, index).map(ObjectID.init)
            }
            return CommitInfo(
                id: id,
                treeID: ObjectID(git_commit_tree_id(commit)),
                parentIDs: parents,
                author: Signature(git_commit_author(commit)),
                committer: Signature(git_commit_committer(commit)),
                message: git_commit_message_raw(commit).map { String(cString: $0) } ?? "")
        }
    }

    /// The entry at a slash-separated path (`"a/b/c"`) below `tree`, or `nil` when nothing is there.
    ///
    /// - Throws: ``GitError`` when `tree` cannot be read.
    public func entry(atPath path: String, inTree tree: ObjectID) throws -> TreeEntry? {
        let components = Self.treePathComponents(path)
        guard !components.isEmpty else { return nil }
        // One folder at a time through `withTree`, so a large folder on the way (`classes/`) comes
        // from the held trees; `git_tree_entry_bypath` would inflate and parse it on every call.
        var folder = tree
        for (index, name) in components.enumerated() {
            let found = try withTree(folder) { handle in git_tree_entry_byname(handle, name).map(TreeEntry.init) }
            guard let found else { return nil }
            if index == components.count - 1 { return found }
            guard found.mode == .tree else { return nil }
            folder = found.id
        }
        return nil
    }

    /// The contents of the file at a slash-separated path below `tree`; `nil` when nothing, or a folder or
    /// submodule, is there.
    ///
    /// - Throws: ``GitError`` when `tree` or the blob cannot be read.
    public func blob(atPath path: String, inTree tree: ObjectID) throws -> Data? {
        guard let entry = try entry(atPath: path, inTree: tree) else { return nil }
        switch entry.mode {
        case .blob, .executable, .link: return try readBlob(entry.id)
        case .tree, .commit: return nil
        }
    }

    /// Stores `data` as a blob (a no-op when it is already stored) and returns its id.
    ///
    /// - Throws: ``GitError`` when the object cannot be written.
    public func writeBlob(_ data: Data) throws -> ObjectID {
        var oid = git_oid()
        try data.withUnsafeBytes { buffer in
            _ = try check(
                git_blob_create_from_buffer(&oid, handle, buffer.baseAddress, buffer.count),
                "git_blob_create_from_buffer", context: "writing a blob of \(data.count) bytes")
        }
        recordBatchWrite(ObjectID(oid))
        return ObjectID(oid)
    }

    /// Writes a commit object and returns its id; does not move any reference (use
    /// ``updateReference(_:to:expected:message:)`` for that).
    ///
    /// The message is stored exactly as given; dates are stored to the second.
    ///
    /// - Throws: ``GitError`` when the tree or a parent is missing, or a signature is malformed.
    public func createCommit(
        tree: ObjectID, parents: [ObjectID], author: Signature, committer: Signature, message: String
    ) throws -> ObjectID {
        var oid = git_oid()
        try withCommitParts(tree: tree, parents: parents, author: author, committer: committer) { treeHandle, parents, author, committer in
            var parentPointers = parents
            try check(git_commit_create(&oid, handle, nil, author, committer, nil, message, treeHandle, parentPointers.count, &parentPointers),
                      "git_commit_create", context: "writing a commit of tree \(tree)")
        }
        recordBatchWrite(ObjectID(oid))
        return ObjectID(oid)
    }

    /// Runs `body` with the libgit2 handles a new commit is made of: its tree, its parents and
    /// its two signatures, each valid only inside the call.
    func withCommitParts(tree: ObjectID, parents: [ObjectID], author: Signature, committer: Signature,
                         _ body: (OpaquePointer, [OpaquePointer?], UnsafePointer<git_signature>, UnsafePointer<git_signature>) throws -> Void) throws {
        try withTree(tree) { treeHandle in
            try withCommits(parents) { parentHandles in
                try author.withGitSignature { authorSignature in
                    try committer.withGitSignature { committerSignature in
                        try body(treeHandle, parentHandles, authorSignature, committerSignature)
                    }
                }
            }
        }
    }
}
