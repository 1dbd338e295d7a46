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
    /// differ, so a change to one file of a thousand-folder tree reads three or four trees. Trees are
    /// read as stored bytes (`RawTree`), checked against their ids with SHA-1, and compared bytewise
    /// before any entry is parsed. (libgit2's `git_diff_tree_to_tree` builds a path for every entry
    /// it passes, and its reads hash with collision-detecting SHA-1: the two were the largest costs
    /// of `audit verify`.)
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
        let oldTree = try old.map { try rawTree($0) }
        try collectChanges(oldTree, new.map { try rawTree($0, like: oldTree) }, prefix: "", into: &changes)
        return changes
    }

    /// The tree `id` as stored, from the held ones when it is among them (`HeldTrees`).
    ///
    /// A large tree's id is checked with `HashCheckpoints`, resumed from `earlier` (another
    /// version of the same folder, already checked) over the leading bytes the two share.
    func rawTree(_ id: ObjectID, like earlier: RawTree? = nil) throws -> RawTree {
        if let held = heldRawTrees.borrow(id) { return held }
        var checkpoints: HashCheckpoints?
        let object = try rawObject(id) { object in
            guard object.bytes.count >= RawTree.minimumHeldBytes else { return try verifyHash(object) }
            let shared = earlier.map { RawTree.commonPrefixLength($0.bytes, object.bytes) } ?? 0
            let hashed = HashCheckpoints.hash(header: object.header, bytes: object.bytes, resumingFrom: earlier?.checkpoints,
                                              sharedPrefix: shared)
            guard hashed.id == id else { throw hashMismatch(object, actual: hashed.id) }
            checkpoints = hashed.checkpoints
        }
        let tree = try RawTree(object, checkpoints: checkpoints)
        if tree.count >= RawTree.minimumHeldBytes { heldRawTrees.offer(id, tree) }
        return tree
    }

    /// Appends the differing files below two trees (`nil` = empty) to `changes`.
    ///
    /// Two versions of a large folder usually differ in an entry or two: the entries inside
    /// their common leading bytes are passed over unparsed but for finding where the first
    /// differing entry starts, and the walk stops where the rest of both is the same bytes.
    private func collectChanges(_ old: RawTree?, _ new: RawTree?, prefix: String, into changes: inout [TreeChange]) throws {
        let oldEnd = old?.count ?? 0, newEnd = new?.count ?? 0
        var i = 0, j = 0
        var sameTail = 0
        if let old, let new {
            let common = old.commonPrefixLength(with: new)
            if common == oldEnd && common == newEnd { return }
            i = try old.startOfEntry(holding: common)
            j = i
            sameTail = old.commonSuffixLength(with: new, limit: min(oldEnd - i, newEnd - j))
            try old.handEntryStarts(to: new, entryStart: i, firstDifference: common, sameTail: sameTail)
        }
        while i < oldEnd || j < newEnd {
            // Both rests are the same bytes from entry boundaries on: the same entries.
            if oldEnd - i == newEnd - j && oldEnd - i <= sameTail { break }
            let o = try old.flatMap { i < oldEnd ? try $0.entry(at: i) : nil }
            let n = try new.flatMap { j < newEnd ? try $0.entry(at: j) : nil }
            if let o, let n, let old, let new, old.isIdentical(o, to: n, in: new) {
                i = o.end
                j = n.end
                continue
            }
            let order = if let o, let n, let old, let new { old.order(o, n, in: new) } else { o == nil ? 1 : -1 }
            if order < 0, let o, let old {
                try collectEntry(o, of: old, side: .removed, prefix: prefix, into: &changes)
                i = o.end
            } else if order > 0, let n, let new {
                try collectEntry(n, of: new, side: .added, prefix: prefix, into: &changes)
                j = n.end
            } else if let o, let n, let old, let new {
                i = o.end
                j = n.end
                let oldID = old.id(of: o), newID = new.id(of: n)
                if oldID == newID && o.mode == n.mode { continue }
                let name = prefix + new.name(of: n)
                if o.isTree && n.isTree {
                    let oldFolder = try rawTree(oldID)
                    try collectChanges(oldFolder, try rawTree(newID, like: oldFolder), prefix: name + "/", into: &changes)
                } else {
                    changes.append(TreeChange(path: name, old: old.treeEntry(o), new: new.treeEntry(n), oldFolder: old.id, newFolder: new.id))
                }
            }
        }
    }

    private enum Side { case removed, added }

    /// One entry present on one side only: a file, or every file below a folder.
    private func collectEntry(_ entry: RawTree.Entry, of tree: RawTree, side: Side, prefix: String,
                              into changes: inout [TreeChange]) throws {
        let name = prefix + tree.name(of: entry)
        guard entry.isTree else {
            let found = tree.treeEntry(entry)
            changes.append(side == .removed ? TreeChange(path: name, old: found, new: nil, oldFolder: tree.id, newFolder: nil)
                                            : TreeChange(path: name, old: nil, new: found, oldFolder: nil, newFolder: tree.id))
            return
        }
        let folder = try rawTree(tree.id(of: entry))
        switch side {
        case .removed: try collectChanges(folder, nil, prefix: name + "/", into: &changes)
        case .added: try collectChanges(nil, folder, prefix: name + "/", into: &changes)
        }
    }
}
