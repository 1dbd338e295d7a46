internal import CLibGit2

/// A lazy walk down the first parents of a commit, newest first, backed by a libgit2 revision walker.
///
/// Use it to stop early (`while let id = try walk.next() { … }`) on long histories; it holds its
/// ``Repository`` alive and, like it, must stay on one thread.
public final class FirstParentWalk {
    /// Keeps the repository handle alive as long as the walker that reads from it.
    private let repository: Repository
    private let walker: OpaquePointer
    private let start: ObjectID

    init(repository: Repository, start: ObjectID) throws {
        var walker: OpaquePointer?
        try check(git_revwalk_new(&walker, repository.handle), "git_revwalk_new", context: "walking history from \(start)")
        guard let walker else {
            throw GitError(code: .generic, function: "git_revwalk_new", message: "no walker was returned")
        }
        self.repository = repository
        self.walker = walker
        self.start = start
        // Unsorted plus first-parent keeps the walk lazy: libgit2 reads one commit per step, in chain order.
        try check(git_revwalk_simplify_first_parent(walker), "git_revwalk_simplify_first_parent")
        var oid = start.oid
        try check(git_revwalk_push(walker, &oid), "git_revwalk_push", context: "walking history from \(start)")
    }

    deinit {
        git_revwalk_free(walker)
    }

    /// The next commit, or `nil` after the root commit.
    ///
    /// - Throws: ``GitError`` when a commit on the way cannot be read.
    public func next() throws -> ObjectID? {
        var oid = git_oid()
        let result = git_revwalk_next(&oid, walker)
        if result == GIT_ITEROVER.rawValue { return nil }
        try check(result, "git_revwalk_next", context: "walking first parents from \(start)")
        return ObjectID(oid)
    }
}

/// The walker shares its repository's libgit2 handle, which must not be used from two threads at once.
@available(*, unavailable)
extension FirstParentWalk: Sendable {}
