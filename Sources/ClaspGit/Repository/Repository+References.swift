internal import CLibGit2
import Foundation

/// Reading references and moving them with compare-and-swap.
extension Repository {
    /// The commit a reference points at, following symbolic references such as `HEAD`; `nil` when the
    /// reference does not exist or names an unborn branch.
    ///
    /// - Throws: ``GitError`` for a malformed name (``GitErrorCode/invalidSpec``) or an unreadable repository.
    public func referenceTarget(_ name: String) throws -> ObjectID? {
        var oid = git_oid()
        let result = git_reference_name_to_id(&oid, handle, name)
        if result == GIT_ENOTFOUND.rawValue || result == GIT_EUNBORNBRANCH.rawValue {
            git_error_clear()
            return nil
        }
        try check(result, "git_reference_name_to_id", context: "resolving \(name)")
        return ObjectID(oid)
    }

    /// The references whose full names start with `prefix` (such as `"refs/proposals/"`), with the objects they
    /// resolve to, sorted by name. Symbolic references that resolve to nothing are left out.
    ///
    /// - Throws: ``GitError`` when the reference database cannot be read.
    public func references(withPrefix prefix: String) throws -> [(name: String, target: ObjectID)] {
        var iterator: OpaquePointer?
        let globCharacters: Set<Character> = ["*", "?", "[", "\\"]
        if prefix.isEmpty || prefix.contains(where: globCharacters.contains) {
            try check(git_reference_iterator_new(&iterator, handle), "git_reference_iterator_new", context: "listing references")
        } else {
            // The glob lets libgit2 read only the loose references under the prefix's folder.
            try check(
                git_reference_iterator_glob_new(&iterator, handle, prefix + "*"), "git_reference_iterator_glob_new",
                context: "listing references under \(prefix)")
        }
        defer { git_reference_iterator_free(iterator) }
        var found: [(name: String, target: ObjectID)] = []
        while true {
            var reference: OpaquePointer?
            let result = git_reference_next(&reference, iterator)
            if result == GIT_ITEROVER.rawValue { break }
            try check(result, "git_reference_next", context: "listing references under \(prefix)")
            defer { git_reference_free(reference) }
            let name = String(cString: git_reference_name(reference))
            guard name.hasPrefix(prefix) else { continue }
            // A direct reference already holds its target; resolving it would look it up again by
            // name (a stat of the loose file, then packed-refs) — 120,000 lookups for 60,000 proposals.
            if git_reference_type(reference) == GIT_REFERENCE_DIRECT {
                if let target = git_reference_target(reference) { found.append((name, ObjectID(target))) }
                continue
            }
            var resolved: OpaquePointer?
            guard git_reference_resolve(&resolved, reference) == 0 else {
                git_error_clear()
                continue
            }
            defer { git_reference_free(resolved) }
            if let target = git_reference_target(resolved) {
                found.append((name, ObjectID(target)))
            }
        }
        return found.sorted { $0.name < $1.name }
    }

    /// Points `name` at `target` if, and only if, it currently points at `expected` (`nil`: it must not exist),
    /// writing a reflog entry with `message`.
    ///
    /// The check and the write happen under git's lock file for the reference, so concurrent updaters in any
    /// thread or process cannot both win. The reflog entry is written when the repository logs this reference:
    /// always for repositories made by ``create(at:bare:initialBranch:)``; in other non-bare repositories the
    /// reflog is created first so it is logged too; git's default for other bare repositories logs nothing.
    ///
    /// - Throws: ``GitError`` whose ``GitError/isReferenceConflict`` is true when someone else moved, created,
    ///   deleted or is updating the reference; other ``GitError``s for a bad name or a missing target object.
    public func updateReference(_ name: String, to target: ObjectID, expected: ObjectID?, message: String) throws {
        let context = "moving \(name) from \(expected?.hex ?? "nothing") to \(target)"
        // Non-bare repositories log only branches by default, and any reference that already has a reflog.
        try check(git_reference_ensure_log(handle, name), "git_reference_ensure_log", context: context)
        var oid = target.oid
        var reference: OpaquePointer?
        defer { git_reference_free(reference) }
        if let expected {
            var current = expected.oid
            let result = git_reference_create_matching(&reference, handle, name, &oid, 1, &current, message)
            if result == GIT_ENOTFOUND.rawValue {
                git_error_clear()
                throw GitError(
                    code: .modified, errorClass: Int32(GIT_ERROR_REFERENCE.rawValue), function: "git_reference_create_matching",
                    message: "reference '\(name)' does not exist but was expected to point at \(expected)",
                    context: context)
            }
            try refuseStaleLock(result, name, context: context)
            try check(result, "git_reference_create_matching", context: context)
        } else {
            // "Must not exist yet" is checked under the reference's lock by passing the zero id as
            // the expected value; git_reference_create with force 0 checks before locking, so two
            // racing creators could both succeed and one write would be lost.
            var absent = git_oid()
            let result = git_reference_create_matching(&reference, handle, name, &oid, 1, &absent, message)
            if result == GIT_EMODIFIED.rawValue {
                git_error_clear()
                throw GitError(
                    code: .exists, errorClass: Int32(GIT_ERROR_REFERENCE.rawValue), function: "git_reference_create_matching",
                    message: "reference '\(name)' already exists", context: context)
            }
            try refuseStaleLock(result, name, context: context)
            try check(result, "git_reference_create_matching", context: context)
        }
    }

    /// How old a reference's lock file must be before it is taken for one left by a killed process:
    /// a live writer holds it for milliseconds.
    public static let staleLockAge: Double = 60

    /// Turns "locked" into a specific error when the lock file is old: a process killed while
    /// updating the reference left it, and every later write would otherwise be told to retry
    /// for ever. Not a reference conflict, so callers do not retry it.
    private func refuseStaleLock(_ result: Int32, _ name: String, context: String) throws {
        guard result == GIT_ELOCKED.rawValue else { return }
        let lock = "\(path)/\(name).lock"
        guard let modified = (try? FileManager.default.attributesOfItem(atPath: lock))?[.modificationDate] as? Date else { return }
        let age = Date().timeIntervalSince(modified)
        guard age > Self.staleLockAge else { return }
        git_error_clear()
        throw GitError(
            code: .generic, errorClass: Int32(GIT_ERROR_REFERENCE.rawValue), function: "git_reference_create_matching",
            message: "reference '\(name)' is locked by \(lock), left \(Int(age)) s ago, longer than any writer holds it; "
                + "if no clasp or git process is working on this plan, delete that file (git's own recovery) and run the command again",
            context: context)
    }

    /// Deletes `name` (and its reflog) if, and only if, it currently points at `expected`.
    ///
    /// - Throws: ``GitError`` whose ``GitError/isReferenceConflict`` is true when the reference is absent,
    ///   points elsewhere, or is being updated by someone else.
    public func deleteReference(_ name: String, expected: ObjectID) throws {
        let context = "deleting \(name) at \(expected)"
        var reference: OpaquePointer?
        let result = git_reference_lookup(&reference, handle, name)
        if result == GIT_ENOTFOUND.rawValue {
            git_error_clear()
            throw GitError(
                code: .modified, errorClass: Int32(GIT_ERROR_REFERENCE.rawValue), function: "git_reference_lookup",
                message: "reference '\(name)' does not exist but was expected to point at \(expected)", context: context)
        }
        try check(result, "git_reference_lookup", context: context)
        defer { git_reference_free(reference) }
        let current = git_reference_target(reference).map(ObjectID.init)
        guard current == expected else {
            throw GitError(
                code: .modified, errorClass: Int32(GIT_ERROR_REFERENCE.rawValue), function: "git_reference_delete",
                message: "reference '\(name)' points at \(current?.hex ?? "another reference"), not at \(expected)",
                context: context)
        }
        // libgit2 deletes only if the reference still holds the value just read, under its lock.
        try check(git_reference_delete(reference), "git_reference_delete", context: context)
    }

    /// Makes HEAD a symbolic reference to `refName` (such as `"refs/heads/main"`), which need not exist yet.
    ///
    /// - Throws: ``GitError`` for a malformed name.
    public func setHead(_ refName: String) throws {
        try check(git_repository_set_head(handle, refName), "git_repository_set_head", context: "pointing HEAD at \(refName)")
    }
}
