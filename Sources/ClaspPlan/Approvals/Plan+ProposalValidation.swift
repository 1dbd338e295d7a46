import ClaspGit
import ClaspSpec
import Foundation

/// Checks a proposal's files before anything is written.
extension Plan {
    /// Refuses files outside what the kind may change, then files that do not decode.
    func validateFiles(_ files: [PlanFileWrite], kind: ChangeKind) throws {
        guard !files.isEmpty else { throw ApprovalError.nothingProposed }
        for file in files {
            let parts = file.path.split(separator: "/").map(String.init)
            let fits: Bool
            switch kind {
            case .roster: fits = file.path == PlanLayout.rosterPath
            case .workflow: fits = parts.count == 2 && parts[0] == PlanLayout.workflowsDir && parts[1].hasSuffix(".yaml")
            default:
                fits = parts.count == 3 && parts[0] == PlanLayout.classesDir && Slug.isValid(parts[1])
                    && (parts[2] == PlanLayout.classFileName || PlanLayout.effectiveDate(fromFileName: parts[2]) != nil)
            }
            guard fits else { throw ApprovalError.kindMismatch(kind: kind, path: file.path) }
            guard let content = file.content else { continue }
            do {
                if file.path == PlanLayout.rosterPath {
                    _ = try Roster.decode(content, file: file.path)
                } else if parts.first == PlanLayout.workflowsDir {
                    _ = try Workflow.decode(content, file: file.path)
                } else if parts.last == PlanLayout.classFileName {
                    _ = try ClassRecordCodec.decode(content, file: file.path)
                } else if let date = PlanLayout.effectiveDate(fromFileName: parts[2]) {
                    let version = try SpecVersionCodec.decode(content, file: file.path)
                    guard version.effective == date else {
                        throw ApprovalError.invalidProposal(findings: ["\(file.path): effective date \(version.effective) differs from the file name's \(date)"])
                    }
                }
            } catch let error as SpecFormatError {
                throw ApprovalError.invalidProposal(findings: [error.description])
            }
        }
    }

    /// Refuses a proposed tree that `clasp check` finds new problems in, and kinds whose
    /// preconditions do not hold on the base. Problems the base already has do not block a
    /// proposal; only the classes it changes (and lineage) are re-checked (`newFindings`).
    func validateTree(base: ObjectID, head: ObjectID, kind: ChangeKind) throws {
        let new = try PlanChecker().newFindings(from: snapshot(commit: base), to: snapshot(commit: head)).map(\.description)
        guard new.isEmpty else { throw ApprovalError.invalidProposal(findings: new) }
        let baseTree = try repository.readCommit(base).treeID
        let headTree = try repository.readCommit(head).treeID
        for path in try repository.changedPaths(from: baseTree, to: headTree) {
            let parts = path.split(separator: "/").map(String.init)
            guard parts.count == 3, PlanLayout.effectiveDate(fromFileName: parts[2]) != nil else { continue }
            let existed = try repository.entry(atPath: path, inTree: baseTree) != nil
            let classExisted = try repository.entry(atPath: PlanLayout.classDir(parts[1]), inTree: baseTree) != nil
            switch kind {
            case .correct where !existed:
                throw ApprovalError.invalidProposal(findings: ["\(path) does not exist on main: a correction edits an existing version; use --kind revise for a new effective date"])
            case .revise where existed:
                throw ApprovalError.invalidProposal(findings: ["\(path) already exists on main: a revision adds a new effective date; use --kind correct to edit it"])
            case .establish where classExisted:
                throw ApprovalError.invalidProposal(findings: ["class '\(parts[1])' already exists: establish is for new classes; use --kind revise or correct"])
            default: continue
            }
        }
    }

    /// Refuses a version file another open proposal already changes. A closed proposal costs
    /// one commit read the first time its tip is seen and none after, and an open one's files
    /// are diffed once per tip (`ProposalTipCache`); the race this scan cannot see is closed by
    /// the claims (`claimVersionFiles`). `tips` is a listing of the meta refs the caller
    /// already made.
    func checkEffectiveDatesFree(base: ObjectID, head: ObjectID, except number: ProposalNumber?,
                                 tips: [(number: ProposalNumber, tip: ObjectID)]? = nil) throws {
        let mine = try versionPaths(from: base, to: head)
        guard !mine.isEmpty else { return }
        let cache = proposalTipCache()
        defer { cache.save() }
        let open = try proposalCandidates(in: .open, cache: cache, tips: tips).filter { $0.number != number }.compactMap { other, facts in
            try openVersionPaths(other, facts: facts, cache: cache).map { (other, $0) }
        }
        for (other, paths) in open {
            for path in paths where mine.contains(path) {
                let parts = path.split(separator: "/").map(String.init)
                throw ApprovalError.effectiveDateTaken(classID: parts[1], effective: PlanLayout.effectiveDate(fromFileName: parts[2])!,
                                                       proposal: other)
            }
        }
    }

    /// The version files (`classes/<id>/<date>.yaml`) that differ between two commits.
    func versionPaths(from base: ObjectID, to head: ObjectID) throws -> Set<String> {
        let paths = try repository.changedPaths(from: repository.readCommit(base).treeID, to: repository.readCommit(head).treeID)
        return Set(paths.filter { path in
            let parts = path.split(separator: "/")
            return parts.count == 3 && PlanLayout.effectiveDate(fromFileName: String(parts[2])) != nil
        })
    }

    /// Builds a commit holding `parent`'s tree with `files` applied (the proposal's head).
    func proposalCommit(files: [PlanFileWrite], onto tree: ObjectID, parent: ObjectID, message: String,
                        by person: Person, at time: Date, timeZone: String? = nil) throws -> ObjectID {
        var updates: [TreeUpdate] = []
        for file in files {
            if let content = file.content {
                updates.append(.upsert(path: file.path, blob: try repository.writeBlob(Data(content.utf8)), mode: .blob))
            } else if try repository.entry(atPath: file.path, inTree: tree) != nil {
                updates.append(.remove(path: file.path))
            }
        }
        let newTree = try repository.updateTree(tree, updates)
        guard newTree != tree else { throw ApprovalError.nothingProposed }
        let zone = try timeZone ?? current().config().timeZone
        let signature = Signature(name: person.name, email: person.email, time: time,
                                  timeZoneOffsetMinutes: RecordedTime.offsetMinutes(at: time, timeZone: zone))
        return try createCommit(tree: newTree, parents: [parent], by: person, signature: signature,
                                message: message.hasSuffix("\n") ? message : message + "\n")
    }
}
