internal import CLibGit2

/// Initialises libgit2 exactly once per process, with the one configuration every caller runs under.
///
/// Every entry point reads this constant (`_ = libgit2Runtime`) before its first C call; Swift runs a global's
/// initialiser once, thread-safely, so no mutable state or lock is needed. libgit2 is never shut down: the
/// process owns it until exit. Its options are process-wide, so they are chosen here once and never changed:
/// a server runs many requests at once, and an option set for one of them would apply to all the others
/// (see ``LibGit2/limits``). Strict hash verification, libgit2's default, is set explicitly because the audit
/// and every other read rely on it; nothing in Clasp can turn it off.
let libgit2Runtime: Void = {
    git_libgit2_init()
    _ = clasp_git_set_strict_hash_verification(1)
    _ = clasp_git_set_cache_max_size(Int64(LibGit2.limits.objectCacheBytes))
    _ = clasp_git_set_mwindow_size(LibGit2.limits.packWindowBytes)
    _ = clasp_git_set_mwindow_mapped_limit(LibGit2.limits.mappedPackBytes)
    return
}()

/// Process-wide facts and switches of the linked libgit2.
public enum LibGit2 {
    /// The linked libgit2's version, such as `"1.5.1"`.
    public static var version: String {
        _ = libgit2Runtime
        var major: Int32 = 0
        var minor: Int32 = 0
        var revision: Int32 = 0
        git_libgit2_version(&major, &minor, &revision)
        return "\(major).\(minor).\(revision)"
    }

    /// Turns checking that referenced objects exist when creating trees and commits on or off, for the whole
    /// process (on by default in libgit2).
    ///
    /// Package-only: the plan generator of `clasp bench generate`, a one-shot process writing trees whose
    /// entries it wrote a moment before, switches it off; a server or any reader never does. It weakens
    /// only what is written, never the hash check of what is read.
    ///
    /// - Throws: ``GitError`` if libgit2 refuses the option.
    package static func setStrictObjectCreation(_ enabled: Bool) throws {
        _ = libgit2Runtime
        try check(
            clasp_git_set_strict_object_creation(enabled ? 1 : 0),
            "git_libgit2_opts",
            context: "setting strict object creation")
    }
}

extension LibGit2 {
    /// Memory bounds of libgit2 for the whole process: its cache of parsed objects, the size of the
    /// windows it maps packs in, and how much of the packs it keeps mapped at once.
    public struct MemoryLimits: Equatable, Sendable {
        public var objectCacheBytes: Int
        public var packWindowBytes: Int
        public var mappedPackBytes: Int

        public init(objectCacheBytes: Int, packWindowBytes: Int, mappedPackBytes: Int) {
            self.objectCacheBytes = objectCacheBytes
            self.packWindowBytes = packWindowBytes
            self.mappedPackBytes = mappedPackBytes
        }
    }

    /// The limits every Clasp process runs under, set once when libgit2 starts.
    ///
    /// Chosen for the largest job, `audit verify`, which reads nearly every object of the plan once,
    /// and good for a long-running server as well. Pages of a mapped window stay resident once
    /// read, so the mapped total bounds resident size as the plan's packs grow (libgit2's 64-bit
    /// defaults are windows of 1 GiB and 8 GiB mapped). The audit's reads are scattered (one
    /// adoption's commits, trees and blobs lie far apart in a repacked pack), so a small mapped
    /// total means remapping nearly every object: at 60,000 adoptions 48 MiB cost 6 s of system
    /// time and the audit ran 29 s; 320 MiB of 8 MiB windows ran 25.6 s, and more bought nothing.
    /// libgit2's object cache (default 256 MiB) barely helps Clasp, whose bulk reads go around it
    /// (`Repository.rawObject`), whose audit keeps what it reuses in its own memo and whose server
    /// keeps its answers per commit; its bound applies to each repository handle (the audit opens
    /// one per core, the server up to eight per plan), and 4 MiB instead of 32 saved the audit 60 MB
    /// of its peak at no cost in time. The limits used to be lowered for each audit and put back after, which two audits
    /// overlapping in a server could leave lowered for good: they are fixed now instead.
    public static let limits = MemoryLimits(objectCacheBytes: 4 << 20, packWindowBytes: 8 << 20, mappedPackBytes: 320 << 20)

    /// The limits in force, as libgit2 reports them (``limits``, unless libgit2 rounded them).
    ///
    /// - Throws: ``GitError`` if libgit2 refuses to report an option.
    public static func memoryLimits() throws -> MemoryLimits {
        _ = libgit2Runtime
        var cache: Int64 = 0
        var window = 0
        var mapped = 0
        try check(clasp_git_get_cache_max_size(&cache), "git_libgit2_opts", context: "reading the object cache size")
        try check(clasp_git_get_mwindow_size(&window), "git_libgit2_opts", context: "reading the pack window size")
        try check(clasp_git_get_mwindow_mapped_limit(&mapped), "git_libgit2_opts", context: "reading the mapped pack limit")
        return MemoryLimits(objectCacheBytes: Int(cache), packWindowBytes: window, mappedPackBytes: mapped)
    }
}
