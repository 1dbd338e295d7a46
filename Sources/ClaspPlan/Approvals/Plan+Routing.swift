import ClaspGit
import ClaspSpec
import Foundation

/// Deciding what a change is about, from the semantic diff of the files it touches.
extension Plan {
    /// The change sets between two trees, one per changed file, in path order.
    ///
    /// A version edited in place or a new version following one with text is compared with
    /// `SpecDiff`; a new class, a version whose old text is not on file, or a removed version
    /// counts as substantive in every category its text touches (and its title). `class.yaml`
    /// changes are lineage; roster and workflow changes are `other`, which routes them to the
    /// governance workflow's stages, and carry their `GovernanceDiff` for the reader.
    ///
    /// With `memo` (an audit's), a tree pair is routed once and a version file's routing is
    /// reused for every later change between the same two blobs.
    func changeSets(from old: ObjectID, to new: ObjectID, memo: AuditMemo? = nil) throws -> [ClassChangeSet] {
        if let memo, let known = memo.changeSets[.init(old: old, new: new)] { return known }
        let changes = try memo?.treeChanges(from: old, to: new, in: repository)
            ?? repository.changedPaths(from: old, to: new).map { TreeChange(path: $0, old: nil, new: nil, oldFolder: nil, newFolder: nil) }
        let sets = try changes.map { change in
            let path = change.path
            let parts = path.split(separator: "/").map(String.init)
            guard parts.count == 3, parts[0] == PlanLayout.classesDir else {
                return ClassChangeSet(classID: nil, effective: nil, path: path, changes: nil, categories: [.other],
                                      governance: try governanceDiff(path, from: old, to: new))
            }
            let classID = parts[1]
            if parts[2] == PlanLayout.classFileName {
                return ClassChangeSet(classID: classID, effective: nil, path: path, changes: nil, categories: [.lineage],
                                      lineage: memo == nil ? try lineageDiff(path, from: old, to: new) : nil)
            }
            guard let date = PlanLayout.effectiveDate(fromFileName: parts[2]) else {
                return ClassChangeSet(classID: classID, effective: nil, path: path, changes: nil, categories: [.other])
            }
            if let memo {
                return try memoizedVersionChangeSet(classID: classID, effective: date, change: change, memo: memo)
            }
            let before = try version(at: path, in: old)
            let after = try version(at: path, in: new)
            return try Self.versionChangeSet(classID: classID, effective: date, path: path, before: before, after: after) {
                try previousVersion(of: classID, before: $0, in: new)
            }
        }
        memo?.changeSets[.init(old: old, new: new)] = sets
        return sets
    }

    /// `versionChangeSet` for one changed file, with its routing looked up by the blob compared
    /// against (the old text, or the previous version's for a new file) and the new blob. The
    /// change's entries and folder give both blobs and the previous version without path lookups.
    private func memoizedVersionChangeSet(classID: String, effective date: PlanDate, change: TreeChange,
                                          memo: AuditMemo) throws -> ClassChangeSet {
        let path = change.path
        let before = Self.fileBlob(change.old, path: path)
        let after = Self.fileBlob(change.new, path: path)
        // The class's latest version as its previous adoption left it: usually the text this
        // change is compared with. Taken before the new text is decoded, which replaces it.
        let latestBefore = memo.latestVersions[Self.classFolder(of: path)]
        func earlierVersion(_ file: (blob: ObjectID, path: String)) throws -> SpecVersion {
            if let latestBefore, latestBefore.blob == file.blob { return latestBefore.version }
            return try version(file, path: file.path, memo: memo)
        }
        var compared = before
        if before == nil, let after, let folder = change.newFolder {
            let afterVersion = try version(after, path: path, memo: memo)
            let earlier = try memo.folder(folder, in: repository).compactMap { entry -> (PlanDate, TreeEntry)? in
                PlanLayout.effectiveDate(fromFileName: entry.name).flatMap { $0 < afterVersion.effective ? ($0, entry) : nil }
            }
            if let previous = earlier.max(by: { $0.0 < $1.0 }) {
                compared = Self.fileBlob(previous.1, path: PlanLayout.versionFile(classID, previous.0))
            }
        }
        let pair = AuditMemo.BlobPair(old: compared?.blob, new: after?.blob)
        if let known = memo.versionRouting[pair] {
            return ClassChangeSet(classID: classID, effective: date, path: path, changes: known.changes, categories: known.categories)
        }
        let beforeVersion = try before.map(earlierVersion)
        let afterVersion = try after.map { try version($0, path: path, memo: memo) }
        let set = try Self.versionChangeSet(classID: classID, effective: date, path: path, before: beforeVersion, after: afterVersion,
                                            diff: Self.routingDiff) { _ in
            try compared.map(earlierVersion)
        }
        memo.versionRouting[pair] = (set.changes, set.categories)
        return set
    }

    /// The folder holding a version file (`classes/<id>`), the key of `AuditMemo.latestVersions`.
    private static func classFolder(of path: String) -> String {
        path.split(separator: "/").dropLast().joined(separator: "/")
    }

    /// A file entry's blob and path, or nil when absent (or not a file).
    private static func fileBlob(_ entry: TreeEntry?, path: String) -> (blob: ObjectID, path: String)? {
        guard let entry else { return nil }
        switch entry.mode {
        case .blob, .executable, .link: return (entry.id, path)
        case .tree, .commit: return nil
        }
    }

    /// A version blob decoded once per audit.
    private func version(_ file: (blob: ObjectID, path: String), path: String, memo: AuditMemo) throws -> SpecVersion {
        let classFolder = Self.classFolder(of: file.path)
        if let known = memo.versions[file.blob] { return known }
        if let latest = memo.latestVersions[classFolder], latest.blob == file.blob { return latest.version }
        let data = try repository.readBlob(file.blob)
        let version = try SpecVersionCodec.decode(String(decoding: data, as: UTF8.self), file: path)
        memo.versions[file.blob] = version
        if version.effective >= memo.latestVersions[classFolder]?.version.effective ?? version.effective {
            memo.latestVersions[classFolder] = (file.blob, version)
        }
        return version
    }

    /// The change set of one version file, given its text before and after and a way to find
    /// the version in effect before a new one (asked only for a new file). Shared by routing and
    /// the plan generator, which knows every text in memory.
    ///
    /// `diff` is the comparison used; the audit passes `routingDiff`, whose changes carry only
    /// what routing reads.
    static func versionChangeSet(classID: String, effective date: PlanDate, path: String, before: SpecVersion?, after: SpecVersion?,
                                 diff: SpecDiff = SpecDiff(),
                                 previous: (PlanDate) throws -> SpecVersion?) throws -> ClassChangeSet {
        var compared: SpecVersion? = before
        if before == nil, let after {
            compared = try previous(after.effective)
        }
        if let compared, let after, compared.textOnFile, after.textOnFile {
            let set = try diff.compare(compared, after)
            let categories = set.categories.isEmpty ? Set([ChangeCategory.editorial]) : set.categories
            return ClassChangeSet(classID: classID, effective: date, path: path, changes: set, categories: categories)
        }
        let whole = after ?? before
        return ClassChangeSet(classID: classID, effective: date, path: path, changes: nil,
                              categories: whole.map(Self.substantiveCategories) ?? [.other])
    }

    /// The categories of everything a version says, for changes that cannot be compared.
    static func substantiveCategories(_ version: SpecVersion) -> Set<ChangeCategory> {
        var categories: Set<ChangeCategory> = [.title]
        guard version.textOnFile else { return categories }
        let blank = SpecVersion(title: "", effective: version.effective)
        if let set = try? routingDiff.compare(blank, version) { categories.formUnion(set.categories) }
        return categories
    }

    /// The semantic diff as routing needs it: the same changes and categories, without the word
    /// diffs, quantities and sentences that describe them to a reader.
    static let routingDiff = SpecDiff(options: SpecDiffOptions(describesChanges: false))

    /// Whether every change from `old` to `new` is editorial (or there is none).
    func isEditorial(from old: ObjectID, to new: ObjectID, memo: AuditMemo? = nil) throws -> Bool {
        if old == new { return true }
        return try changeSets(from: old, to: new, memo: memo).allSatisfy { $0.categories.isSubset(of: [.editorial]) }
    }

    /// The semantic diff of a roster or workflow file between two trees (nil for other paths).
    private func governanceDiff(_ path: String, from old: ObjectID, to new: ObjectID) throws -> GovernanceDiff? {
        func text(_ tree: ObjectID) throws -> String? {
            try repository.blob(atPath: path, inTree: tree).map { String(decoding: $0, as: UTF8.self) }
        }
        return GovernanceDiff.compare(path: path, old: try text(old), new: try text(new))
    }

    /// What a `class.yaml` change does to the class's lineage.
    private func lineageDiff(_ path: String, from old: ObjectID, to new: ObjectID) throws -> LineageRecordDiff? {
        func text(_ tree: ObjectID) throws -> String? {
            try repository.blob(atPath: path, inTree: tree).map { String(decoding: $0, as: UTF8.self) }
        }
        return LineageRecordDiff.compare(old: try text(old), new: try text(new), path: path)
    }

    private func version(at path: String, in tree: ObjectID) throws -> SpecVersion? {
        guard let data = try repository.blob(atPath: path, inTree: tree) else { return nil }
        return try SpecVersionCodec.decode(String(decoding: data, as: UTF8.self), file: path)
    }

    private func previousVersion(of classID: String, before date: PlanDate, in tree: ObjectID) throws -> SpecVersion? {
        guard let folder = try repository.entry(atPath: PlanLayout.classDir(classID), inTree: tree), folder.mode == .tree else { return nil }
        let earlier = try repository.readTree(folder.id).compactMap { PlanLayout.effectiveDate(fromFileName: $0.name) }.filter { $0 < date }
        guard let previous = earlier.max() else { return nil }
        return try version(at: PlanLayout.versionFile(classID, previous), in: tree)
    }
}
