internal import CLibGit2

/// A git repository on disk, read and written through libgit2 without a work tree or index.
///
/// One instance wraps one `git_repository` handle, which libgit2 does not allow to be shared between threads:
/// the type is deliberately not `Sendable`. Threads or tasks that read the same repository concurrently must
/// each open their own `Repository`; libgit2 makes separate handles safe to use in parallel, and reference
/// updates stay safe across handles and processes because they are compare-and-swap under git's lock files.
public final class Repository {
    /// The libgit2 handle. Internal only so the `Repository+…` files can use it; it never leaves the module.
    let handle: OpaquePointer
    /// The in-memory object backend taking this handle's writes, once ``startObjectBatch()`` ran.
    var objectBatchBackend: UnsafeMutablePointer<git_odb_backend>?
    /// The index files of the packs the batch's object database reads, oldest first (see ``startObjectBatch()``).
    var objectBatchPacks: [String] = []
    /// Ids of the objects written since the last flush, which the next pack holds.
    var objectBatchWritten: [ObjectID] = []
    /// The last large trees looked up, kept parsed (see `HeldTrees`).
    var heldTrees = HeldTrees<ParsedTree>()
    /// The last large trees diffed, kept as stored bytes (see `HeldTrees`).
    var heldRawTrees = HeldTrees<RawTree>()

    private init(handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        heldTrees.removeAll()
        heldRawTrees.removeAll()
        git_repository_free(handle)
    }

    /// Opens the repository at `path`, which may be a bare repository or the work tree of a non-bare one.
    ///
    /// Does not search parent directories: a folder inside some other repository is not a repository.
    ///
    /// - Throws: ``GitError`` with code ``GitErrorCode/notFound`` when `path` is not a repository.
    public static func open(at path: String) throws -> Repository {
        _ = libgit2Runtime
        let path = normalizedFileSystemPath(path)
        var repository: OpaquePointer?
        try check(
            git_repository_open_ext(&repository, path, GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue, nil),
            "git_repository_open_ext", context: "opening the repository at \(path)")
        return try Repository(handle: required(repository, "git_repository_open_ext"))
    }

    /// Creates a new, empty repository at `path` (creating missing folders) whose HEAD names `initialBranch`.
    ///
    /// The repository logs every reference update (`core.logAllRefUpdates = always`), bare or not.
    ///
    /// - Throws: ``GitError`` when the folder cannot be created or the branch name is invalid.
    public static func create(at path: String, bare: Bool, initialBranch: String = "main") throws -> Repository {
        _ = libgit2Runtime
        let path = normalizedFileSystemPath(path)
        var options = git_repository_init_options()
        try check(
            git_repository_init_options_init(&options, UInt32(GIT_REPOSITORY_INIT_OPTIONS_VERSION)),
            "git_repository_init_options_init")
        options.flags = GIT_REPOSITORY_INIT_MKPATH.rawValue | (bare ? GIT_REPOSITORY_INIT_BARE.rawValue : 0)
        var repository: OpaquePointer?
        try initialBranch.withCString { branch in
            options.initial_head = branch
            try check(
                git_repository_init_ext(&repository, path, &options),
                "git_repository_init_ext", context: "creating a repository at \(path)")
        }
        let created = try Repository(handle: required(repository, "git_repository_init_ext"))
        // Bare repositories log no reference updates by default; Clasp's audit trail wants every one logged.
        try created.setConfiguration("core.logAllRefUpdates", to: "always")
        // Reopen so libgit2 does not serve a cached value of the setting just written.
        return try open(at: created.path)
    }

    /// Writes a setting into the repository's own configuration file.
    ///
    /// - Throws: ``GitError`` when the configuration cannot be written.
    public func setConfiguration(_ key: String, to value: String) throws {
        var configuration: OpaquePointer?
        try check(git_repository_config(&configuration, handle), "git_repository_config", context: "setting \(key)")
        defer { git_config_free(configuration) }
        try check(
            git_config_set_string(configuration, key, value), "git_config_set_string",
            context: "setting \(key) to \(value)")
    }

    /// The git directory (for a bare repository, the repository itself), without a trailing slash.
    public var path: String {
        var path = String(cString: git_repository_path(handle))
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path
    }

    /// Whether the repository has no work tree.
    public var isBare: Bool {
        git_repository_is_bare(handle) == 1
    }

    /// Collapses repeated slashes and drops a trailing one: libgit2 fails to resolve some paths holding `//`.
    static func normalizedFileSystemPath(_ path: String) -> String {
        let isAbsolute = path.hasPrefix("/")
        let components = path.split(separator: "/", omittingEmptySubsequences: true)
        let joined = components.joined(separator: "/")
        if isAbsolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// The components of a slash-separated path inside a tree, ignoring empty ones (`"a//b/"` is `a`, `b`).
    static func treePathComponents(_ path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }
}

/// A `Repository` wraps a libgit2 handle that must not be used from two threads at once.
@available(*, unavailable)
extension Repository: Sendable {}

/// Unwraps a handle libgit2 promised to fill after reporting success.
func required<Value>(_ value: Value?, _ function: String) throws -> Value {
    guard let value else {
        throw GitError(code: .generic, function: function, message: "libgit2 reported success but returned nothing")
    }
    return value
}
