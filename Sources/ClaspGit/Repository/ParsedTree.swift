internal import CLibGit2

/// A tree as libgit2 parsed it, freed when the last holder lets go: `withTree` lends the
/// pointer for a call while `HeldTrees` may keep the tree for later ones.
final class ParsedTree {
    /// Trees with fewer entries are cheap to read again (and small ones sit in libgit2's cache).
    static let minimumHeldEntries = 128

    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) { self.pointer = pointer }

    deinit { git_tree_free(pointer) }
}
