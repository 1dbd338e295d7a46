internal import CLibGit2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        try treeChanges(from: old, to: new).map(\.path)
    }

    /// The files that differ between two trees, as ``changedPaths(from:to:)`` lists them, with the entry on
    /// each side (nil where the file is absent) and the folders holding them, so callers need no further
    /// path lookups to read either side or its siblings.
    ///
    /// - Throws: ``GitError`` when a tree cannot be read.
    public func treeChanges(from old: ObjectID?, to new: ObjectID?) throws -> [TreeChange] {
        var changes: [TreeChange] = []
        if old == new { return changes }
        try withOptionalTree(old) { oldTree in
            try withOptionalTree(new) { newTree in
                try collectChanges(oldTree, newTree, folders: (old, new), prefix: "", into: &changes)
            }
        }
        return changes
    }

    /// Appends the differing files below two tree handles (`nil` = empty) to `changes`; `folders` are
    /// the handles' ids.
    private func collectChanges(_ old: OpaquePointer?, _ new: OpaquePointer?, folders: (old: ObjectID?, new: ObjectID?),
                                prefix: String, into changes: inout [TreeChange]) throws {
        let oldCount = old.map { git_tree_entrycount($0) } ?? 0
        let newCount = new.map { git_tree_entrycount($0) } ?? 0
        var i = 0, j = 0
        while i < oldCount || j < newCount {
            let o = i < oldCount ? old.flatMap { git_tree_entry_byindex($0, i) } : nil
            let n = j < newCount ? new.flatMap { git_tree_entry_byindex($0, j) } : nil
            // Most entries of a large folder are the same on both sides: the same id, mode and name
            // need no ordering (an entry equals itself), so they are passed over first.
            if let o, let n, git_oid_equal(git_tree_entry_id(o), git_tree_entry_id(n)) != 0,
               git_tree_entry_filemode(o) == git_tree_entry_filemode(n), strcmp(git_tree_entry_name(o), git_tree_entry_name(n)) == 0 {
                i += 1
                j += 1
                continue
            }
            let order: Int32 = switch (o, n) {
            case let (o?, n?): Self.treeOrder(o, n)
            case (_?, nil): -1
            default: 1
            }
            if order < 0, let o {
                try collectEntry(o, side: .removed, folder: folders.old, prefix: prefix, into: &changes)
                i += 1
            } else if order > 0, let n {
                try collectEntry(n, side: .added, folder: folders.new, prefix: prefix, into: &changes)
                j += 1
            } else if let o, let n {
                i += 1
                j += 1
                let sameID = git_oid_equal(git_tree_entry_id(o), git_tree_entry_id(n)) != 0
                let oldMode = git_tree_entry_filemode(o), newMode = git_tree_entry_filemode(n)
                if sameID && oldMode == newMode { continue }
                let name = prefix + String(cString: git_tree_entry_name(n))
                if oldMode == GIT_FILEMODE_TREE && newMode == GIT_FILEMODE_TREE {
                    let oldID = ObjectID(git_tree_entry_id(o)), newID = ObjectID(git_tree_entry_id(n))
                    try withTree(oldID) { oldSub in
                        try withTree(newID) { newSub in
                            try collectChanges(oldSub, newSub, folders: (oldID, newID), prefix: name + "/", into: &changes)
                        }
                    }
                } else {
                    changes.append(TreeChange(path: name, old: TreeEntry(o), new: TreeEntry(n), oldFolder: folders.old, newFolder: folders.new))
                }
            }
        }
    }

    private enum Side { case removed, added }

    /// One entry present on one side only: a file, or every file below a folder.
    private func collectEntry(_ entry: OpaquePointer, side: Side, folder: ObjectID?, prefix: String,
                              into changes: inout [TreeChange]) throws {
        let name = prefix + String(cString: git_tree_entry_name(entry))
        guard git_tree_entry_filemode(entry) == GIT_FILEMODE_TREE else {
            let found = TreeEntry(entry)
            changes.append(side == .removed ? TreeChange(path: name, old: found, new: nil, oldFolder: folder, newFolder: nil)
                                            : TreeChange(path: name, old: nil, new: found, oldFolder: nil, newFolder: folder))
            return
        }
        let id = ObjectID(git_tree_entry_id(entry))
        try withTree(id) { tree in
            switch side {
            case .removed: try collectChanges(tree, nil, folders: (id, nil), prefix: name + "/", into: &changes)
            case .added: try collectChanges(nil, tree, folders: (nil, id), prefix: name + "/", into: &changes)
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
