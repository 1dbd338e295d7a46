public import Foundation
internal import CLibGit2

/// A commit's SSH signature and the bytes it signs: the commit object without its `gpgsig` header.
public struct CommitSignature: Sendable {
    /// The armored signature as stored in the header.
    public var armored: String
    public var signedData: Data
}

/// How a commit's signature stands against the key expected to have made it.
public enum CommitSignatureCheck: Equatable, Sendable {
    case valid
    case unsigned
    case invalid(SSHSignatureError)
}

/// Signed commits, stored as git stores them (`gpgsig` header), so `git verify-commit` with
/// `gpg.format=ssh` and an allowed-signers file checks them too.
extension Repository {
    /// Writes a commit signed with `key`: the commit buffer is built as ``createCommit(tree:parents:author:committer:message:)``
    /// would store it, signed in the `git` namespace, and written with the signature in its `gpgsig` header.
    ///
    /// - Throws: ``GitError`` when the tree or a parent is missing; `SSHSignatureError` when signing fails.
    public func createCommit(
        tree: ObjectID, parents: [ObjectID], author: Signature, committer: Signature, message: String, signedWith key: SSHSigningKey
    ) throws -> ObjectID {
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        try withCommitParts(tree: tree, parents: parents, author: author, committer: committer) { treeHandle, parents, author, committer in
            var parentPointers = parents
            try check(git_commit_create_buffer(&buffer, handle, author, committer, nil, message, treeHandle, parentPointers.count, &parentPointers),
                      "git_commit_create_buffer", context: "building a commit of tree \(tree)")
        }
        let content = buffer.ptr.map { String(cString: $0) } ?? ""
        // git writes the signature's lines as the header's continuation lines, the last one
        // without the empty line a trailing newline would add.
        var armored = try key.sign(Data(content.utf8)).armored
        while armored.hasSuffix("\n") { armored.removeLast() }
        var oid = git_oid()
        try check(
            git_commit_create_with_signature(&oid, handle, content, armored, "gpgsig"),
            "git_commit_create_with_signature", context: "writing a signed commit of tree \(tree)")
        recordBatchWrite(ObjectID(oid))
        return ObjectID(oid)
    }

    /// The commit's `gpgsig` signature and the bytes it signs, or nil when the commit is unsigned.
    ///
    /// - Throws: ``GitError`` when the commit cannot be read.
    public func commitSignature(_ id: ObjectID) throws -> CommitSignature? {
        var signature = git_buf()
        var signed = git_buf()
        defer {
            git_buf_dispose(&signature)
            git_buf_dispose(&signed)
        }
        var oid = id.oid
        let result = git_commit_extract_signature(&signature, &signed, handle, &oid, "gpgsig")
        if result == GIT_ENOTFOUND.rawValue {
            git_error_clear()
            // Not found is also what libgit2 says for a missing commit: tell the two apart.
            _ = try readCommit(id)
            return nil
        }
        try check(result, "git_commit_extract_signature", context: "reading the signature of commit \(id)")
        let armored = signature.ptr.map { String(cString: $0) } ?? ""
        let data = signed.ptr.map { Data(bytes: $0, count: signed.size) } ?? Data()
        return CommitSignature(armored: armored, signedData: data)
    }

    /// Whether the commit carries a valid SSH signature by `key` in the `git` namespace.
    ///
    /// - Throws: ``GitError`` when the commit cannot be read.
    public func checkCommitSignature(_ id: ObjectID, key: SSHPublicKey) throws -> CommitSignatureCheck {
        guard let stored = try commitSignature(id) else { return .unsigned }
        do {
            try SSHSignature(armored: stored.armored).verify(stored.signedData, key: key)
            return .valid
        } catch {
            return .invalid(error)
        }
    }
}
