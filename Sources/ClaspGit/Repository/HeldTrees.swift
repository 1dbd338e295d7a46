internal import CLibGit2

/// The few large trees a repository handle read last, kept parsed.
///
/// libgit2 caches no tree over 4 KiB, so a plan's `classes/` folder (a thousand entries or more,
/// tens of kilobytes) was inflated from the pack, delta by delta, and parsed again for every diff
/// that passed through it, although consecutive commits' diffs mostly meet the same few versions
/// of it. Holding the last `capacity` large trees costs a few megabytes and makes a history walk's
/// tree reads independent of how many classes the plan has.
///
/// The set owns one libgit2 reference per held tree; a borrower gets its own reference
/// (`git_tree_dup`), so evicting a tree never frees one still lent out. `removeAll()` must run
/// before the repository handle is freed.
struct HeldTrees {
    /// Trees with fewer entries are cheap to read again (and small ones sit in libgit2's cache).
    static let minimumEntries = 128
    /// Enough for both sides of two or three diffs of neighbouring commits.
    let capacity = 8
    private var trees: [(id: ObjectID, tree: OpaquePointer)] = []

    /// A new reference to the held tree `id`, or nil when it is not held.
    mutating func borrow(_ id: ObjectID) -> OpaquePointer? {
        guard let index = trees.firstIndex(where: { $0.id == id }) else { return nil }
        let held = trees.remove(at: index)
        trees.append(held)
        var copy: OpaquePointer?
        guard git_tree_dup(&copy, held.tree) == 0 else { return nil }
        return copy
    }

    /// Keeps a reference to `tree` (which the caller still owns) when it is large enough to be
    /// worth holding, dropping the least recently used one past `capacity`.
    mutating func offer(_ id: ObjectID, _ tree: OpaquePointer) {
        guard git_tree_entrycount(tree) >= Self.minimumEntries, !trees.contains(where: { $0.id == id }) else { return }
        var copy: OpaquePointer?
        guard git_tree_dup(&copy, tree) == 0, let copy else { return }
        if trees.count >= capacity { git_tree_free(trees.removeFirst().tree) }
        trees.append((id, copy))
    }

    /// Releases every held tree.
    mutating func removeAll() {
        trees.forEach { git_tree_free($0.tree) }
        trees.removeAll()
    }
}
