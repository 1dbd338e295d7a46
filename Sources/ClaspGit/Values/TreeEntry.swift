internal import CLibGit2

/// One name in a tree: a file, subdirectory, link or submodule.
public struct TreeEntry: Sendable, Equatable {
    /// The entry's name within its tree (one path component).
    public var name: String
    public var id: ObjectID
    public var mode: FileMode

    public init(name: String, id: ObjectID, mode: FileMode) {
        self.name = name
        self.id = id
        self.mode = mode
    }
}

extension TreeEntry {
    /// Copies a libgit2 tree entry; the pointer is only read.
    init(_ entry: OpaquePointer) {
        self.init(
            name: String(cString: git_tree_entry_name(entry)),
            id: ObjectID(git_tree_entry_id(entry)),
            mode: FileMode(git_tree_entry_filemode(entry)))
    }
}
