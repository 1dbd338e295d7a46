internal import CLibGit2

/// Scoped access to libgit2 objects: each is looked up, lent to a closure, and freed, so no C pointer outlives
/// the call that needed it.
extension Repository {
    /// Lends the tree `id`; a large tree is also kept parsed for the next few lookups (`HeldTrees`).
    func withTree<Result>(_ id: ObjectID, _ body: (OpaquePointer) throws -> Result) throws -> Result {
        let tree = try heldTrees.borrow(id) ?? {
            var oid = id.oid
            var found: OpaquePointer?
            try check(git_tree_lookup(&found, handle, &oid), "git_tree_lookup", context: "reading tree \(id)")
            let tree = ParsedTree(try required(found, "git_tree_lookup"))
            if git_tree_entrycount(tree.pointer) >= ParsedTree.minimumHeldEntries { heldTrees.offer(id, tree) }
            return tree
        }()
        return try withExtendedLifetime(tree) { try body(tree.pointer) }
    }

    /// Like ``withTree(_:_:)`` but lends `nil` for a `nil` id, which stands for the empty tree.
    func withOptionalTree<Result>(_ id: ObjectID?, _ body: (OpaquePointer?) throws -> Result) throws -> Result {
        guard let id else { return try body(nil) }
        return try withTree(id) { try body($0) }
    }

    func withCommit<Result>(_ id: ObjectID, _ body: (OpaquePointer) throws -> Result) throws -> Result {
        var oid = id.oid
        var commit: OpaquePointer?
        try check(git_commit_lookup(&commit, handle, &oid), "git_commit_lookup", context: "reading commit \(id)")
        defer { git_commit_free(commit) }
        return try body(required(commit, "git_commit_lookup"))
    }

    /// Looks up several commits, lending them in order; all are freed afterwards.
    func withCommits<Result>(_ ids: [ObjectID], _ body: ([OpaquePointer?]) throws -> Result) throws -> Result {
        var commits: [OpaquePointer?] = []
        defer { commits.forEach { git_commit_free($0) } }
        for id in ids {
            var oid = id.oid
            var commit: OpaquePointer?
            try check(git_commit_lookup(&commit, handle, &oid), "git_commit_lookup", context: "reading commit \(id)")
            commits.append(commit)
        }
        return try body(commits)
    }
}
