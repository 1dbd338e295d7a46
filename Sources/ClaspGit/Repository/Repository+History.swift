internal import CLibGit2

/// Walking and relating commits.
extension Repository {
    /// The first-parent history from `start` (included) back to the root, newest first: the chain of commits
    /// made on a branch, leaving out what merges brought in.
    ///
    /// - Throws: ``GitError`` when a commit cannot be read.
    public func firstParentHistory(from start: ObjectID) throws -> [ObjectID] {
        let walk = try firstParentWalk(from: start)
        var history: [ObjectID] = []
        while let id = try walk.next() {
            history.append(id)
        }
        return history
    }

    /// A lazy version of ``firstParentHistory(from:)`` for callers that stop early.
    ///
    /// - Throws: ``GitError`` when `start` is not a commit.
    public func firstParentWalk(from start: ObjectID) throws -> FirstParentWalk {
        try FirstParentWalk(repository: self, start: start)
    }

    /// Whether `ancestor` is reachable from `descendant` through parents; as in `git merge-base --is-ancestor`,
    /// a commit is its own ancestor.
    ///
    /// - Throws: ``GitError`` when either commit cannot be read.
    public func isAncestor(_ ancestor: ObjectID, of descendant: ObjectID) throws -> Bool {
        if ancestor == descendant { return true }
        var descendantOID = descendant.oid
        var ancestorOID = ancestor.oid
        let result = try check(
            git_graph_descendant_of(handle, &descendantOID, &ancestorOID), "git_graph_descendant_of",
            context: "checking whether \(ancestor) is an ancestor of \(descendant)")
        return result == 1
    }

    /// The best common ancestor of two commits, or `nil` when their histories are unrelated.
    ///
    /// - Throws: ``GitError`` when either commit cannot be read.
    public func mergeBase(_ a: ObjectID, _ b: ObjectID) throws -> ObjectID? {
        var base = git_oid()
        var left = a.oid
        var right = b.oid
        let result = git_merge_base(&base, handle, &left, &right)
        if result == GIT_ENOTFOUND.rawValue {
            git_error_clear()
            return nil
        }
        try check(result, "git_merge_base", context: "finding the merge base of \(a) and \(b)")
        return ObjectID(base)
    }
}
