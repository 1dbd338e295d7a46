/// The few large trees a repository handle's diffs read last, kept as their stored bytes.
///
/// A history walk diffs each commit's tree against its parent's, so every large folder version
/// is met twice, once on each side of neighbouring diffs; holding the last few means each is read
/// (inflated, resolved from its deltas and hashed) once. The diff's counterpart of `HeldTrees`.
struct HeldRawTrees {
    /// Smaller trees are cheap to read again.
    static let minimumBytes = 4096
    /// Enough for both sides of two or three diffs of neighbouring commits.
    let capacity = 8
    private var trees: [RawTree] = []

    /// The held tree `id`, or nil when it is not held.
    mutating func borrow(_ id: ObjectID) -> RawTree? {
        guard let index = trees.firstIndex(where: { $0.id == id }) else { return nil }
        let held = trees.remove(at: index)
        trees.append(held)
        return held
    }

    /// Keeps `tree` when it is large enough to be worth holding, dropping the least recently used
    /// one past `capacity`.
    mutating func offer(_ tree: RawTree) {
        guard tree.count >= Self.minimumBytes, !trees.contains(where: { $0.id == tree.id }) else { return }
        if trees.count >= capacity { trees.removeFirst() }
        trees.append(tree)
    }

    mutating func removeAll() { trees.removeAll() }
}
