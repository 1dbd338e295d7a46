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
    /// governance workflow's stages.
    func changeSets(from old: ObjectID, to new: ObjectID) throws -> [ClassChangeSet] {
        try repository.changedPaths(from: old, to: new).map { path in
            let parts = path.split(separator: "/").map(String.init)
            guard parts.count == 3, parts[0] == PlanLayout.classesDir else {
                return ClassChangeSet(classID: nil, effective: nil, path: path, changes: nil, categories: [.other])
            }
            let classID = parts[1]
            if parts[2] == PlanLayout.classFileName {
                return ClassChangeSet(classID: classID, effective: nil, path: path, changes: nil, categories: [.lineage])
            }
            guard let date = PlanLayout.effectiveDate(fromFileName: parts[2]) else {
                return ClassChangeSet(classID: classID, effective: nil, path: path, changes: nil, categories: [.other])
            }
            let before = try version(at: path, in: old)
            let after = try version(at: path, in: new)
            return try Self.versionChangeSet(classID: classID, effective: date, path: path, before: before, after: after) {
                try previousVersion(of: classID, before: $0, in: new)
            }
        }
    }

    /// The change set of one version file, given its text before and after and a way to find
    /// the version in effect before a new one (asked only for a new file). Shared by routing and
    /// the plan generator, which knows every text in memory.
    static func versionChangeSet(classID: String, effective date: PlanDate, path: String, before: SpecVersion?, after: SpecVersion?,
                                 previous: (PlanDate) throws -> SpecVersion?) throws -> ClassChangeSet {
        var compared: SpecVersion? = before
        if before == nil, let after {
            compared = try previous(after.effective)
        }
        if let compared, let after, compared.textOnFile, after.textOnFile {
            let set = try SpecDiff().compare(compared, after)
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
        if let set = try? SpecDiff().compare(blank, version) { categories.formUnion(set.categories) }
        return categories
    }

    /// Whether every change from `old` to `new` is editorial (or there is none).
    func isEditorial(from old: ObjectID, to new: ObjectID) throws -> Bool {
        if old == new { return true }
        return try changeSets(from: old, to: new).allSatisfy { $0.categories.isSubset(of: [.editorial]) }
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
