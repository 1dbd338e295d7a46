internal import CLibGit2

/// The kind of a tree entry, as git records it in the entry's mode.
public enum FileMode: Sendable, Equatable {
    /// A regular file (`100644`).
    case blob
    /// An executable file (`100755`).
    case executable
    /// A subdirectory (`040000`).
    case tree
    /// A symbolic link, whose blob is the link target (`120000`).
    case link
    /// A submodule commit (`160000`).
    case commit
}

extension FileMode {
    /// Maps libgit2's mode; libgit2 already normalises legacy modes such as `100664` to `100644`.
    init(_ mode: git_filemode_t) {
        switch mode {
        case GIT_FILEMODE_BLOB_EXECUTABLE: self = .executable
        case GIT_FILEMODE_TREE: self = .tree
        case GIT_FILEMODE_LINK: self = .link
        case GIT_FILEMODE_COMMIT: self = .commit
        default: self = .blob
        }
    }

    /// The libgit2 mode to write.
    var gitMode: git_filemode_t {
        switch self {
        case .blob: GIT_FILEMODE_BLOB
        case .executable: GIT_FILEMODE_BLOB_EXECUTABLE
        case .tree: GIT_FILEMODE_TREE
        case .link: GIT_FILEMODE_LINK
        case .commit: GIT_FILEMODE_COMMIT
        }
    }
}
