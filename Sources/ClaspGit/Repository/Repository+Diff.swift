internal import CLibGit2

/// Comparing trees.
extension Repository {
    /// The full paths (`"a/b/c"`) of files that differ between two trees (`nil` = the empty tree), in path
    /// order, as `git diff-tree -r --name-only` lists them: added, removed, modified and type-changed files,
    /// without rename detection.
    ///
    /// - Throws: ``GitError`` when a tree cannot be read.
    public func changedPaths(from old: ObjectID?, to new: ObjectID?) throws -> [String] {
        let context = "comparing tree \(old?.hex ?? "(empty)") with \(new?.hex ?? "(empty)")"
        var options = git_diff_options()
        try check(git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION)), "git_diff_options_init")
        // One entry for a file that became a link (or back), as git prints it, instead of a delete and an add.
        options.flags |= GIT_DIFF_INCLUDE_TYPECHANGE.rawValue
        return try withOptionalTree(old) { oldTree in
            try withOptionalTree(new) { newTree in
                var diff: OpaquePointer?
                try check(
                    git_diff_tree_to_tree(&diff, handle, oldTree, newTree, &options), "git_diff_tree_to_tree",
                    context: context)
                defer { git_diff_free(diff) }
                var paths: [String] = []
                for index in 0..<git_diff_num_deltas(diff) {
                    guard let delta = git_diff_get_delta(diff, index)?.pointee else { continue }
                    let file = delta.status == GIT_DELTA_DELETED ? delta.old_file : delta.new_file
                    if let path = file.path {
                        paths.append(String(cString: path))
                    }
                }
                return paths
            }
        }
    }
}
