/// The few large trees a repository handle read last, kept for the next reads.
///
/// libgit2 caches no tree over 4 KiB, so a plan's `classes/` folder (a thousand entries or more,
/// tens of kilobytes) was inflated from the pack, delta by delta, and parsed (or hashed, for
/// the diffs' stored bytes) again for every read that passed through it, although
/// neighbouring commits' reads mostly meet the same few versions of it. Holding the last
/// `capacity` costs a few megabytes and makes a history walk's tree reads independent of how
/// many classes the plan has. One set holds parsed trees (`ParsedTree`, for lookups by name),
/// another stored bytes (`RawTree`, for diffs).
struct HeldTrees<Tree> {
    /// Enough for both sides of two or three diffs of neighbouring commits.
    let capacity = 8
    private var trees: [(id: ObjectID, tree: Tree)] = []

    /// The held tree `id`, now the most recently used, or nil when it is not held.
    mutating func borrow(_ id: ObjectID) -> Tree? {
        guard let index = trees.firstIndex(where: { $0.id == id }) else { return nil }
        let held = trees.remove(at: index)
        trees.append(held)
        return held.tree
    }

    /// Holds `tree`, dropping the least recently used one past `capacity`. Callers offer only
    /// trees large enough to be worth holding.
    mutating func offer(_ id: ObjectID, _ tree: Tree) {
        guard !trees.contains(where: { $0.id == id }) else { return }
        if trees.count >= capacity { trees.removeFirst() }
        trees.append((id, tree))
    }

    /// Drops every held tree; runs before the repository handle is freed.
    mutating func removeAll() { trees.removeAll() }
}
