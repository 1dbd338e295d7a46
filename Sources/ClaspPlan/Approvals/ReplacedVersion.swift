public import ClaspGit
public import ClaspSpec

/// The version a proposed file replaces in effect time: for a new dated version, the version in
/// force just before its date; for a correction, the text it corrects.
///
/// A proposal's change is defined against this version, not against whatever its file says.
/// When main adopts a different one there after the proposal was drafted (a version in between,
/// a correction), the proposal's text no longer carries only the change its voters approved:
/// adopting it as it stands would also undo what main adopted. The proposal is then stale.
public struct ReplacedVersion: Equatable, Sendable {
    /// A version file of the plan: where it is and which bytes it holds.
    public struct File: Equatable, Sendable {
        public var path: String
        public var blob: ObjectID
        /// The file's effective date.
        public var effective: PlanDate? { PlanLayout.effectiveDate(fromFileName: String(path.split(separator: "/").last ?? "")) }
    }

    /// The proposed version file.
    public var path: String
    public var classID: String
    public var effective: PlanDate
    /// What the proposal was drafted against (on its base); nil when nothing was in force.
    public var drafted: File?
    /// What it would replace on main now; nil when nothing is.
    public var now: File?

    /// Whether main has changed the replaced version since the proposal's base.
    public var isStale: Bool { drafted != now }

    /// "2026-07-01 was adopted in place of 2019-07-16": what changed under the proposal.
    public var explanation: String {
        let draftedName = drafted.map { $0.effective?.iso ?? $0.path } ?? "no earlier version"
        switch (drafted, now) {
        case let (drafted?, now?) where drafted.path == now.path:
            return "\(path) was drafted against \(draftedName), which main has since corrected"
        case let (_, now?):
            return "\(path) was drafted against \(draftedName), but main now has \(now.effective?.iso ?? now.path) in force before \(effective.iso)"
        case (_, nil):
            return "\(path) was drafted against \(draftedName), which main no longer has"
        }
    }
}

extension Plan {
    /// The versions each proposed version file replaces, on the proposal's base and on `main`.
    ///
    /// - Parameters:
    ///   - base, head: the trees of the proposal's base and head.
    ///   - main: the tree it would be adopted onto.
    func replacedVersions(base: ObjectID, head: ObjectID, main: ObjectID) throws -> [ReplacedVersion] {
        if base == main { return [] }
        return try repository.changedPaths(from: base, to: head).compactMap { path -> ReplacedVersion? in
            let parts = path.split(separator: "/").map(String.init)
            guard parts.count == 3, parts[0] == PlanLayout.classesDir,
                  let date = PlanLayout.effectiveDate(fromFileName: parts[2]) else { return nil }
            return ReplacedVersion(path: path, classID: parts[1], effective: date,
                                   drafted: try replaced(classID: parts[1], date: date, path: path, in: base),
                                   now: try replaced(classID: parts[1], date: date, path: path, in: main))
        }
    }

    /// The file a version at `path` replaces in `tree`: the file itself when the tree has it (a
    /// correction), else the class's latest version dated before `date`.
    private func replaced(classID: String, date: PlanDate, path: String, in tree: ObjectID) throws -> ReplacedVersion.File? {
        if let own = try repository.entry(atPath: path, inTree: tree) { return .init(path: path, blob: own.id) }
        guard let folder = try repository.entry(atPath: PlanLayout.classDir(classID), inTree: tree), folder.mode == .tree else { return nil }
        let earlier = try repository.readTree(folder.id).compactMap { entry -> (PlanDate, TreeEntry)? in
            guard let effective = PlanLayout.effectiveDate(fromFileName: entry.name), effective < date else { return nil }
            return (effective, entry)
        }
        return earlier.max { $0.0 < $1.0 }.map { .init(path: PlanLayout.versionFile(classID, $0.0), blob: $0.1.id) }
    }

    /// The proposal's versions whose replaced version main has changed since its base.
    ///
    /// - Returns: empty for a proposal that is not open or whose base is main.
    public func staleVersions(of proposal: Proposal) throws -> [ReplacedVersion] {
        try staleVersions(of: proposal, against: try mainHead())
    }

    /// `staleVersions(of:)` against a given commit of main: an adopter judges the proposal
    /// against the main it read, so a race with another adopter is settled by the
    /// compare-and-swap, not by a second read of main.
    func staleVersions(of proposal: Proposal, against main: ObjectID) throws -> [ReplacedVersion] {
        guard proposal.state == .open else { return [] }
        guard main != proposal.base else { return [] }
        return try replacedVersions(base: try repository.readCommit(proposal.base).treeID,
                                    head: try repository.readCommit(proposal.head).treeID,
                                    main: try repository.readCommit(main).treeID).filter(\.isStale)
    }
}
