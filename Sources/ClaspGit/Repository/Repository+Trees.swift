internal import CLibGit2

/// Building trees directly in the object database, without a work tree or index.
extension Repository {
    /// Writes the empty tree and returns its id (`4b825dc…`).
    ///
    /// - Throws: ``GitError`` when the object cannot be written.
    public func emptyTree() throws -> ObjectID {
        var builder: OpaquePointer?
        try check(git_treebuilder_new(&builder, handle, nil), "git_treebuilder_new", context: "writing the empty tree")
        defer { git_treebuilder_free(builder) }
        var oid = git_oid()
        try check(git_treebuilder_write(&oid, builder), "git_treebuilder_write", context: "writing the empty tree")
        recordBatchWrite(ObjectID(oid))
        return ObjectID(oid)
    }

    /// Builds a new tree from `base` (`nil` for the empty tree) with `updates` applied, creating the folders
    /// an upsert needs and dropping folders a removal leaves empty.
    ///
    /// Applied with `git_tree_create_updated`, which rewrites only the trees on the changed paths; removals are
    /// applied before upserts, so a file can be replaced by a folder of the same name. Removing a path that
    /// does not exist is an error, so callers notice when their view of the tree is stale.
    ///
    /// - Throws: ``GitError`` when `base` or a blob is missing, a path is empty, or a removed path is absent.
    public func updateTree(_ base: ObjectID?, _ updates: [TreeUpdate]) throws -> ObjectID {
        let removals = updates.filter { if case .remove = $0 { true } else { false } }
        let upserts = updates.filter { if case .upsert = $0 { true } else { false } }
        guard !removals.isEmpty, !upserts.isEmpty else { return try applyUpdates(base, updates) }
        // libgit2 reports a D/F conflict when one batch removes a file and puts a folder of the same name (or
        // the reverse); removing first makes "replace file `a` with folder `a/`" work.
        return try applyUpdates(applyUpdates(base, removals), upserts)
    }

    /// Applies one batch of updates with a single `git_tree_create_updated` call.
    private func applyUpdates(_ base: ObjectID?, _ updates: [TreeUpdate]) throws -> ObjectID {
        let paths = try updates.map { update in
            let components = Self.treePathComponents(update.path)
            guard !components.isEmpty else {
                throw GitError(
                    code: .invalidSpec, function: "git_tree_create_updated",
                    message: "a tree update needs a non-empty path, got \(update.path.debugDescription)",
                    context: "updating tree \(base?.hex ?? "(empty)")")
            }
            return components.joined(separator: "/")
        }
        var oid = git_oid()
        try withOptionalTree(base) { baseHandle in
            try withCStrings(paths) { cPaths in
                var gitUpdates = zip(updates, cPaths).map { update, cPath in
                    var gitUpdate = git_tree_update()
                    gitUpdate.path = cPath
                    switch update {
                    case .upsert(_, let blob, let mode):
                        gitUpdate.action = GIT_TREE_UPDATE_UPSERT
                        gitUpdate.id = blob.oid
                        gitUpdate.filemode = mode.gitMode
                    case .remove:
                        gitUpdate.action = GIT_TREE_UPDATE_REMOVE
                    }
                    return gitUpdate
                }
                try check(
                    git_tree_create_updated(&oid, handle, baseHandle, gitUpdates.count, &gitUpdates),
                    "git_tree_create_updated",
                    context: "applying \(updates.count) update(s) to tree \(base?.hex ?? "(empty)")")
            }
        }
        if objectBatchBackend != nil {
            // git_tree_create_updated wrote the root and every folder on an updated path.
            recordBatchWrite(ObjectID(oid))
            for folder in Set(paths.flatMap { path in Self.folders(above: path) }) {
                if let entry = try entry(atPath: folder, inTree: ObjectID(oid)), entry.mode == .tree { recordBatchWrite(entry.id) }
            }
        }
        return ObjectID(oid)
    }
}

extension Repository {
    /// "a", "a/b" for "a/b/c".
    static func folders(above path: String) -> [String] {
        let components = path.split(separator: "/")
        return components.indices.dropLast().map { components[...$0].joined(separator: "/") }
    }
}

/// Lends C copies of `strings` (NUL-terminated UTF-8), valid only inside `body`.
func withCStrings<Result>(_ strings: [String], _ body: ([UnsafePointer<CChar>]) throws -> Result) rethrows -> Result {
    let copies = strings.map { string in
        let utf8 = Array(string.utf8CString)
        let copy = UnsafeMutablePointer<CChar>.allocate(capacity: utf8.count)
        copy.initialize(from: utf8, count: utf8.count)
        return copy
    }
    defer { copies.forEach { $0.deallocate() } }
    return try body(copies.map { UnsafePointer($0) })
}
