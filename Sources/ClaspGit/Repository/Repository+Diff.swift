internal import CLibGit2

/// Comparing trees.
extension Repository {
    /// The full paths (`"a/b/c"`) of files that differ between two trees (`nil` = the empty tree), in path
    /// order, as `git diff-tree -r --name-only` lists them: added, removed, modified and type-changed files,
    /// without rename detection.
    ///
    /// Walks both trees side by side in git's tree order and descends only into subtrees whose ids
    /// differ, so a change to one file of a thousand-folder tree reads three or four trees; names are
    /// copied out of libgit2 only for entries that differ. (libgit2's `git_diff_tree_to_tree` builds a
    /// path for every entry it passes, which made it the largest cost of `audit verify`.)
    ///
    /// - Throws: ``GitError`` when a tree cannot be read.
    public func changedPaths(from old: ObjectID?, to new: ObjectID?) throws -> [String] {
        var paths: [String] = []
        if old == new { return paths }
        try withOptionalTree(old) { oldTree in
            try withOptionalTree(new) { newTree in
                try collectChanges(oldTree, newTree, prefix: "", into: &paths)
            }
        }
        return paths
    }

    /// Appends the differing file paths below two tree handles (`nil` = empty) to `paths`.
    private func collectChanges(_ old: OpaquePointer?, _ new: OpaquePointer?, prefix: String, into paths: inout [String]) throws {
        let oldCount = old.map { git_tree_entrycount($0) } ?? 0
        let newCount = new.map { git_tree_entrycount($0) } ?? 0
        var i = 0, j = 0
        while i < oldCount || j < newCount {
            let o = i < oldCount ? old.flatMap { git_tree_entry_byindex($0, i) } : nil
            let n = j < newCount ? new.flatMap { git_tree_entry_byindex($0, j) } : nil
            let order: Int32 = switch (o, n) {
            case let (o?, n?): Self.treeOrder(o, n)
            case (_?, nil): -1
            default: 1
            }
            if order < 0, let o {
                try collectEntry(o, side: .removed, prefix: prefix, into: &paths)
                i += 1
            } else if order > 0, let n {
                try collectEntry(n, side: .added, prefix: prefix, into: &paths)
                j += 1
            } else if let o, let n {
                i += 1
                j += 1
                let sameID = git_oid_equal(git_tree_entry_id(o), git_tree_entry_id(n)) != 0
                let oldMode = git_tree_entry_filemode(o), newMode = git_tree_entry_filemode(n)
                if sameID && oldMode == newMode { continue }
                let name = prefix + String(cString: git_tree_entry_name(n))
                if oldMode == GIT_FILEMODE_TREE && newMode == GIT_FILEMODE_TREE {
                    try withTree(ObjectID(git_tree_entry_id(o))) { oldSub in
                        try withTree(ObjectID(git_tree_entry_id(n))) { newSub in
                            try collectChanges(oldSub, newSub, prefix: name + "/", into: &paths)
                        }
                    }
                } else {
                    paths.append(name)
                }
            }
        }
    }

    private enum Side { case removed, added }

    /// One entry present on one side only: a file's path, or every file below a folder.
    private func collectEntry(_ entry: OpaquePointer, side: Side, prefix: String, into paths: inout [String]) throws {
        let name = prefix + String(cString: git_tree_entry_name(entry))
        guard git_tree_entry_filemode(entry) == GIT_FILEMODE_TREE else {
            paths.append(name)
            return
        }
        try withTree(ObjectID(git_tree_entry_id(entry))) { tree in
            switch side {
            case .removed: try collectChanges(tree, nil, prefix: name + "/", into: &paths)
            case .added: try collectChanges(nil, tree, prefix: name + "/", into: &paths)
            }
        }
    }

    /// git's tree order: names compared bytewise, a folder's name as if it ended in `/`. Entries
    /// of equal name and kind compare equal; a file and a folder of the same name do not.
    private static func treeOrder(_ a: OpaquePointer, _ b: OpaquePointer) -> Int32 {
        guard let nameA = git_tree_entry_name(a), let nameB = git_tree_entry_name(b) else { return 0 }
        var index = 0
        while true {
            let x = UInt8(bitPattern: nameA[index]), y = UInt8(bitPattern: nameB[index])
            if x == 0 || y == 0 || x != y {
                let endA: UInt8 = git_tree_entry_filemode(a) == GIT_FILEMODE_TREE ? UInt8(ascii: "/") : 0
                let endB: UInt8 = git_tree_entry_filemode(b) == GIT_FILEMODE_TREE ? UInt8(ascii: "/") : 0
                let left = x == 0 ? endA : x, right = y == 0 ? endB : y
                if left == right { return x == 0 && y == 0 ? 0 : (x == 0 ? -1 : 1) }
                return left < right ? -1 : 1
            }
            index += 1
        }
    }
}
