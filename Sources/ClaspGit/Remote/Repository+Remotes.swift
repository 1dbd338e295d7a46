internal import CLibGit2

/// Remotes: naming them, fetching from them and pushing to them, through libgit2's transports
/// (local paths, `file://`, `git://`; the network transports libgit2 was built with).
///
/// These are plain git operations with explicit refspecs: which references move, and whether a
/// non-fast-forward is acceptable, is decided by the caller (Clasp's replication rules live in
/// `ClaspPlan`), never by the configuration's default refspecs.
extension Repository {
    /// Adds a remote named `name` at `url` to the repository's configuration.
    ///
    /// - Throws: ``GitError`` with code ``GitErrorCode/exists`` when a remote of that name exists,
    ///   ``GitErrorCode/invalidSpec`` for a malformed name.
    public func addRemote(named name: String, url: String) throws {
        var remote: OpaquePointer?
        try check(git_remote_create(&remote, handle, name, url), "git_remote_create",
                  context: "adding remote \(name) at \(url)")
        git_remote_free(remote)
    }

    /// The repository's remotes, sorted by name.
    ///
    /// - Throws: ``GitError`` when the configuration cannot be read.
    public func remotes() throws -> [Remote] {
        var names = git_strarray()
        try check(git_remote_list(&names, handle), "git_remote_list", context: "listing remotes")
        defer { git_strarray_dispose(&names) }
        var found: [Remote] = []
        for index in 0..<names.count {
            guard let cName = names.strings[index] else { continue }
            let name = String(cString: cName)
            if let remote = try remote(named: name) { found.append(remote) }
        }
        return found.sorted { $0.name < $1.name }
    }

    /// The remote called `name`, or nil when there is none.
    ///
    /// - Throws: ``GitError`` for a malformed name or an unreadable configuration.
    public func remote(named name: String) throws -> Remote? {
        var remote: OpaquePointer?
        let result = git_remote_lookup(&remote, handle, name)
        if result == GIT_ENOTFOUND.rawValue {
            git_error_clear()
            return nil
        }
        try check(result, "git_remote_lookup", context: "looking up remote \(name)")
        defer { git_remote_free(remote) }
        let url = git_remote_url(remote).map { String(cString: $0) } ?? ""
        return Remote(name: name, url: url)
    }

    /// Downloads the objects of the remote's references matched by `refspecs` and updates the local
    /// references those refspecs name (`"+refs/heads/*:refs/remotes/origin/heads/*"`). Tags are not
    /// fetched unless a refspec names them.
    ///
    /// - Throws: ``GitError`` when the remote is unknown or unreachable, or a non-forced refspec would
    ///   move a local reference backwards.
    public func fetch(from remoteName: String, refspecs: [String], message: String) throws {
        let remote = try lookupRemote(remoteName)
        defer { git_remote_free(remote) }
        var options = git_fetch_options()
        try check(git_fetch_options_init(&options, UInt32(GIT_FETCH_OPTIONS_VERSION)), "git_fetch_options_init")
        options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE
        options.prune = GIT_FETCH_PRUNE
        try withStringArray(refspecs) { array in
            _ = try check(git_remote_fetch(remote, &array, &options, message), "git_remote_fetch",
                      context: "fetching \(refspecs.joined(separator: " ")) from \(remoteName)")
        }
    }

    /// Sends the objects and reference updates named by `refspecs` (`"refs/heads/main:refs/heads/main"`;
    /// a leading `+` forces a non-fast-forward) to the remote.
    ///
    /// - Returns: the references the receiving side refused, with its reasons; empty when all moved.
    /// - Throws: ``GitError`` when the remote is unknown or unreachable, or libgit2 refuses the push as a
    ///   whole (a non-forced refspec whose remote value is not an ancestor of the local one).
    public func push(to remoteName: String, refspecs: [String]) throws -> [PushRejection] {
        let remote = try lookupRemote(remoteName)
        defer { git_remote_free(remote) }
        var options = git_push_options()
        try check(git_push_options_init(&options, UInt32(GIT_PUSH_OPTIONS_VERSION)), "git_push_options_init")
        let collector = PushRejectionCollector()
        let payload = Unmanaged.passRetained(collector)
        defer { payload.release() }
        options.callbacks.payload = payload.toOpaque()
        options.callbacks.push_update_reference = { reference, status, payload in
            guard let status, let reference, let payload else { return 0 }
            let collector = Unmanaged<PushRejectionCollector>.fromOpaque(payload).takeUnretainedValue()
            collector.rejections.append(PushRejection(reference: String(cString: reference), reason: String(cString: status)))
            return 0
        }
        try withStringArray(refspecs) { array in
            _ = try check(git_remote_push(remote, &array, &options), "git_remote_push",
                      context: "pushing \(refspecs.joined(separator: " ")) to \(remoteName)")
        }
        return collector.rejections
    }

    private func lookupRemote(_ name: String) throws -> OpaquePointer {
        var remote: OpaquePointer?
        try check(git_remote_lookup(&remote, handle, name), "git_remote_lookup", context: "looking up remote \(name)")
        return try required(remote, "git_remote_lookup")
    }
}

/// Collects the per-reference refusals libgit2 reports during one push.
private final class PushRejectionCollector {
    var rejections: [PushRejection] = []
}
