internal import CLibGit2
import Synchronization

/// Initialises libgit2 exactly once per process.
///
/// Every entry point reads this constant (`_ = libgit2Runtime`) before its first C call; Swift runs a global's
/// initialiser once, thread-safely, so no mutable state or lock is needed. libgit2 is never shut down: the
/// process owns it until exit.
///
/// Pack files are mapped in windows of 32 MiB with at most 256 MiB mapped at once (libgit2's 64-bit defaults
/// are one window of up to 1 GiB and 8 GiB mapped): pages of a mapped pack stay resident once read, so a
/// command that reads a whole large plan would otherwise hold the whole pack. The sizes must be set before
/// the first pack is opened, because a window already mapped keeps serving every offset it covers.
let libgit2Runtime: Void = {
    git_libgit2_init()
    _ = clasp_git_set_mwindow_size(32 << 20)
    _ = clasp_git_set_mwindow_mapped_limit(256 << 20)
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

    /// Turns re-hashing of every object read on or off, for the whole process.
    ///
    /// libgit2 verifies each object's hash by default; switching it off makes history walks several times faster
    /// on large repositories, at the price of not noticing a corrupted object on disk. Use it for derived,
    /// rebuildable work (indexes), never for audit.
    ///
    /// - Throws: ``GitError`` if libgit2 refuses the option.
    public static func setStrictHashVerification(_ enabled: Bool) throws {
        _ = libgit2Runtime
        try check(
            clasp_git_set_strict_hash_verification(enabled ? 1 : 0),
            "git_libgit2_opts",
            context: "setting strict hash verification")
        verifiesObjectHashes.store(enabled, ordering: .relaxed)
    }

    /// Whether objects read are checked against their ids: libgit2's setting, which libgit2 does
    /// not report, mirrored for the reads that bypass libgit2's check (`Repository.rawObject`).
    static var isVerifyingObjectHashes: Bool { verifiesObjectHashes.load(ordering: .relaxed) }

    private static let verifiesObjectHashes = Atomic<Bool>(true)

    /// Turns checking that referenced objects exist when creating trees and commits on or off, for the whole
    /// process (on by default in libgit2).
    ///
    /// - Throws: ``GitError`` if libgit2 refuses the option.
    public static func setStrictObjectCreation(_ enabled: Bool) throws {
        _ = libgit2Runtime
        try check(
            clasp_git_set_strict_object_creation(enabled ? 1 : 0),
            "git_libgit2_opts",
            context: "setting strict object creation")
    }
}

extension LibGit2 {
    /// Memory bounds of libgit2 for the whole process: its cache of parsed objects (per
    /// repository handle), the size of the windows it maps packs in, and how much of the packs it
    /// keeps mapped at once.
    ///
    /// libgit2 keeps every page of a mapped window resident and caches up to 256 MiB of objects
    /// per handle, so a job that reads a whole large plan (the audit) or writes one (the
    /// generator) would hold all of it; smaller windows let libgit2 unmap the least recently used
    /// ones past `mappedPackBytes`.
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

    /// The limits in force.
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

    /// Sets all three limits. A window size applies to packs opened afterwards.
    public static func setMemoryLimits(_ limits: MemoryLimits) throws {
        _ = libgit2Runtime
        try check(clasp_git_set_cache_max_size(Int64(limits.objectCacheBytes)), "git_libgit2_opts", context: "setting the object cache size")
        try check(clasp_git_set_mwindow_size(max(1, limits.packWindowBytes)), "git_libgit2_opts", context: "setting the pack window size")
        try check(clasp_git_set_mwindow_mapped_limit(max(1, limits.mappedPackBytes)), "git_libgit2_opts",
                  context: "setting the mapped pack limit")
    }

    /// Runs `body` under `limits` and puts back the limits in force before, so a bulk job in a
    /// long-running process (an audit requested through the server) does not leave every later
    /// request with its small caches.
    public static func withMemoryLimits<Result>(_ limits: MemoryLimits, _ body: () throws -> Result) throws -> Result {
        let previous = try memoryLimits()
        try setMemoryLimits(limits)
        defer { try? setMemoryLimits(previous) }
        return try body()
    }
}
