import ClaspGit
import ClaspSpec
public import Foundation

/// Rebasing a proposal onto the current main: its own change carried onto what main has
/// adopted since its base, so that what is voted and adopted is that change and nothing else.
extension Plan {
    /// The proposal's status as of now: the workflow's verdict (`evaluate`) plus whether main
    /// has moved under it, with the diff adopting it now would make.
    func currentStatus(_ proposal: Proposal, main known: ObjectID? = nil) throws -> ProposalStatus {
        var status = try evaluate(proposal)
        let main = try known ?? mainHead()
        let stale = try staleVersions(of: proposal, against: main)
        guard !stale.isEmpty else { return status }
        status.staleVersions = stale
        status.readyToAdopt = false
        let headTree = try repository.readCommit(proposal.head).treeID
        let mainTree = try repository.readCommit(main).treeID
        status.changesAgainstMain = try stale.map { replaced in
            let proposed = try version(inTree: headTree, path: replaced.path)
            let inForce = try replaced.now.map { try version(inTree: mainTree, path: $0.path) } ?? nil
            return try Self.versionChangeSet(classID: replaced.classID, effective: replaced.effective, path: replaced.path,
                                             before: nil, after: proposed) { _ in inForce }
        }
        return status
    }

    /// Carries proposal `number`'s change onto the current main and records it as a revision
    /// whose base is that main.
    ///
    /// Each proposed version is merged three ways (``SpecMerge``): the version it was drafted
    /// against, the proposed text, and the version main has in force there now. Other files
    /// (class records, governance files) move over only when main left them as the base had
    /// them. Votes then follow the workflow's carry rule, compared on the proposal's own files:
    /// a rebase that brings in a substantive change drops them, as a substantive revision does.
    ///
    /// - Returns: the proposal's status after the rebase.
    /// - Throws: `ApprovalError.upToDate` when the base is main already,
    ///   `ApprovalError.rebaseConflicts` listing every place both sides changed (nothing is
    ///   written), and the errors of `revise`.
    @discardableResult
    public func rebase(_ number: ProposalNumber, by person: String, at time: Date = Date()) throws -> ProposalStatus {
        try retryingConflicts {
            let (proposal, actor) = try openProposal(number, toChange: "rebase", by: person)
            let main = try mainHead()
            guard main != proposal.base else { throw ApprovalError.upToDate(number: number) }
            let baseTree = try repository.readCommit(proposal.base).treeID
            let headTree = try repository.readCommit(proposal.head).treeID
            let mainTree = try repository.readCommit(main).treeID
            let replaced = Dictionary(uniqueKeysWithValues: try replacedVersions(base: baseTree, head: headTree, main: mainTree).map { ($0.path, $0) })
            var files: [PlanFileWrite] = []
            var conflicts: [String] = []
            for path in try repository.changedPaths(from: baseTree, to: headTree) {
                let proposed = try repository.blob(atPath: path, inTree: headTree).map { String(decoding: $0, as: UTF8.self) }
                if let version = replaced[path], version.isStale {
                    switch try carried(version, proposedText: proposed, base: baseTree, main: mainTree) {
                    case .merged(let text): files.append(PlanFileWrite(path: path, content: text))
                    case .conflicts(let found): conflicts += found.map { "\(path): \($0)" }
                    }
                    continue
                }
                let onBase = try repository.entry(atPath: path, inTree: baseTree)?.id
                let onMain = try repository.entry(atPath: path, inTree: mainTree)?.id
                let onHead = try repository.entry(atPath: path, inTree: headTree)?.id
                if onMain == onBase || onMain == onHead {
                    files.append(PlanFileWrite(path: path, content: proposed))
                } else if path.hasSuffix("/" + PlanLayout.classFileName) {
                    switch try carriedRecord(path, proposedText: proposed, base: baseTree, main: mainTree) {
                    case .merged(let text): files.append(PlanFileWrite(path: path, content: text))
                    case .conflicts(let found): conflicts += found.map { "\(path): \($0)" }
                    }
                } else {
                    conflicts.append("\(path): main changed it since the proposal's base")
                }
            }
            guard conflicts.isEmpty else { throw ApprovalError.rebaseConflicts(number: number, conflicts: conflicts) }
            let head = try proposalCommit(files: files, onto: mainTree, parent: main,
                                          message: "Rebase proposal \(number) onto \(main.hex.prefix(10))", by: actor, at: time)
            try validateTree(base: main, head: head, kind: proposal.kind)
            try checkEffectiveDatesFree(base: main, head: head, except: number)
            try recordRevision(number, expected: proposal.meta, head: head, base: main,
                               reason: "Rebased onto main \(main.hex.prefix(10)): \(replaced.values.filter(\.isStale).map(\.explanation).sorted().joined(separator: "; "))",
                               by: actor, at: time)
            let before = try versionPaths(from: proposal.base, to: proposal.head)
            let after = try versionPaths(from: main, to: head)
            try claimVersionFiles(after, for: number)
            try releaseClaims(before.subtracting(after), of: number)
            return try currentStatus(try self.proposal(number))
        }
    }

    /// The proposed text of one stale version carried onto the version main now has there.
    private func carried(_ version: ReplacedVersion, proposedText: String?, base: ObjectID, main: ObjectID) throws -> CarriedText {
        guard let proposedText else {
            return .conflicts(["the proposal removes this version, which main has changed since"])
        }
        guard let drafted = version.drafted, let now = version.now else {
            return .conflicts([version.explanation + "; there is no version on both sides to carry the change onto"])
        }
        let ours = try SpecVersionCodec.decode(proposedText, file: version.path)
        guard let draftedVersion = try self.version(inTree: base, path: drafted.path),
              let nowVersion = try self.version(inTree: main, path: now.path) else {
            return .conflicts(["the versions to merge cannot be read"])
        }
        switch SpecMerge().merge(base: draftedVersion, ours: ours, theirs: nowVersion) {
        case .merged(let merged): return .merged(SpecVersionCodec.encode(merged))
        case .conflicts(let found): return .conflicts(found.map(\.description))
        }
    }

    /// The proposal's lineage events carried onto the class record main has now
    /// (``ClassRecordMerge``): events each side added or removed, replayed in date order.
    private func carriedRecord(_ path: String, proposedText: String?, base: ObjectID, main: ObjectID) throws -> CarriedText {
        func record(_ tree: ObjectID) throws -> ClassRecord? {
            try repository.blob(atPath: path, inTree: tree).map { try ClassRecordCodec.decode(String(decoding: $0, as: UTF8.self), file: path) }
        }
        guard let proposedText, let drafted = try record(base), let now = try record(main) else {
            return .conflicts(["the class record was added or removed on one side and changed on the other"])
        }
        let ours = try ClassRecordCodec.decode(proposedText, file: path)
        switch ClassRecordMerge().merge(base: drafted, ours: ours, theirs: now) {
        case .merged(let merged): return .merged(ClassRecordCodec.encode(merged))
        case .conflicts(let found): return .conflicts(found)
        }
    }

    private enum CarriedText { case merged(String), conflicts([String]) }

    /// The version stored at `path` in `tree`, or nil when the tree has no such file.
    func version(inTree tree: ObjectID, path: String) throws -> SpecVersion? {
        guard let data = try repository.blob(atPath: path, inTree: tree) else { return nil }
        return try SpecVersionCodec.decode(String(decoding: data, as: UTF8.self), file: path)
    }
}
