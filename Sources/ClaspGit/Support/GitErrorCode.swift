internal import CLibGit2

/// A libgit2 return code (`git_error_code`), matchable in `catch` clauses: `catch GitErrorCode.notFound`.
public struct GitErrorCode: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The negative value libgit2 returned.
    public let rawValue: Int32

    public init(rawValue: Int32) {
        self.rawValue = rawValue
    }

    /// Any failure libgit2 did not classify (`GIT_ERROR`, -1).
    public static let generic = GitErrorCode(rawValue: GIT_ERROR.rawValue)
    /// The object, reference or path does not exist (`GIT_ENOTFOUND`, -3).
    public static let notFound = GitErrorCode(rawValue: GIT_ENOTFOUND.rawValue)
    /// The object or reference already exists (`GIT_EEXISTS`, -4).
    public static let exists = GitErrorCode(rawValue: GIT_EEXISTS.rawValue)
    /// More than one object matches a short id (`GIT_EAMBIGUOUS`, -5).
    public static let ambiguous = GitErrorCode(rawValue: GIT_EAMBIGUOUS.rawValue)
    /// A reference update would not be a fast-forward (`GIT_ENONFASTFORWARD`, -11).
    public static let nonFastForward = GitErrorCode(rawValue: GIT_ENONFASTFORWARD.rawValue)
    /// The operation needs a work tree but the repository is bare (`GIT_EBAREREPO`, -8).
    public static let bareRepository = GitErrorCode(rawValue: GIT_EBAREREPO.rawValue)
    /// HEAD names a branch that has no commit yet (`GIT_EUNBORNBRANCH`, -9).
    public static let unbornBranch = GitErrorCode(rawValue: GIT_EUNBORNBRANCH.rawValue)
    /// A name or spec is malformed, such as an invalid reference name (`GIT_EINVALIDSPEC`, -12).
    public static let invalidSpec = GitErrorCode(rawValue: GIT_EINVALIDSPEC.rawValue)
    /// A checkout or merge conflict (`GIT_ECONFLICT`, -13).
    public static let conflict = GitErrorCode(rawValue: GIT_ECONFLICT.rawValue)
    /// A lock file is held by someone else (`GIT_ELOCKED`, -14).
    public static let locked = GitErrorCode(rawValue: GIT_ELOCKED.rawValue)
    /// A reference did not hold the expected value (`GIT_EMODIFIED`, -15).
    public static let modified = GitErrorCode(rawValue: GIT_EMODIFIED.rawValue)
    /// An object failed to peel to the requested type (`GIT_EPEEL`, -19).
    public static let peel = GitErrorCode(rawValue: GIT_EPEEL.rawValue)
    /// An invalid operation or input (`GIT_EINVALID`, -21).
    public static let invalid = GitErrorCode(rawValue: GIT_EINVALID.rawValue)
    /// The repository is not owned by the current user (`GIT_EOWNER`, -36).
    public static let owner = GitErrorCode(rawValue: GIT_EOWNER.rawValue)

    public var description: String { "\(rawValue)" }

    /// Lets `catch GitErrorCode.notFound` match a ``GitError`` with that code.
    public static func ~= (pattern: GitErrorCode, error: any Error) -> Bool {
        (error as? GitError)?.code == pattern
    }
}
