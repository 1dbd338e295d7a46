public import ClaspGit
import ClaspSpec
import ClaspTrailers
public import Foundation

/// Adoption: the only way content reaches `main`.
///
/// Order of writes: (1) the adoption commit moves `main` by compare-and-swap from the head it
/// was merged onto; (2) the `adopted` event is appended to the meta log. A crash between the two
/// leaves an adoption on main whose log lacks the event: `adopt N` run again finds the commit on
/// main (trailer `Proposal: N` since the base), appends the missing event and reports the
/// proposal adopted; `audit verify` reports it until then. Racing adopters cannot both move main
/// (CAS), and the loser finds the winner's commit the same way, so each proposal is adopted once.
extension Plan {
    /// Adopts an approved proposal onto the current main.
    ///
    /// - Returns: the adoption commit.
    /// - Throws: `ApprovalError.notApproved`, `.blocked`, `.conflictWithMain`, `.proposalClosed`,
    ///   `.alreadyAdopted`, `.notPermitted`.
    @discardableResult
    public func adopt(_ number: ProposalNumber, by person: String, at time: Date = Date(), act: AdoptionAct = AdoptionAct()) throws -> ObjectID {
        let act = try act.validated()
        let commit = try retryingConflicts { try adoptOnce(number, by: person, at: time, act: act) }
        try retryingConflicts { try recordAdopted(number, commit: commit, by: person, at: time) }
        return commit
    }

    private func adoptOnce(_ number: ProposalNumber, by person: String, at time: Date, act: AdoptionAct) throws -> ObjectID {
        let proposal = try self.proposal(number)
        if proposal.state == .adopted, let commit = proposal.adoptedAs {
            throw ApprovalError.alreadyAdopted(number: number, commit: commit.hex)
        }
        guard proposal.state == .open else { throw ApprovalError.proposalClosed(number: number, state: proposal.state) }
        let main = try mainHead()
        let roster = try snapshot(commit: main).roster()
        guard let adopter = roster.person(person) else { throw ApprovalError.notInRoster(person: person) }
        guard adopter.roles.contains(.analyst) || adopter.roles.contains(.administrator) else {
            throw ApprovalError.notPermitted(person: "\(adopter.name) (\(person))", action: "adopt proposals", needs: "analyst or administrator")
        }
        if let done = try adoptionOnMain(of: number, since: proposal.base) {
            try retryingConflicts { try recordAdopted(number, commit: done, by: person, at: time) }
            throw ApprovalError.alreadyAdopted(number: number, commit: done.hex)
        }
        let status = try currentStatus(proposal, main: main)
        guard status.staleVersions.isEmpty else {
            throw ApprovalError.stale(number: number, reasons: status.staleVersions.map(\.explanation))
        }
        guard status.blockedBy.isEmpty else { throw ApprovalError.blocked(by: status.blockedBy) }
        guard status.readyToAdopt else { throw ApprovalError.notApproved(number: number, missing: status.missing) }
        let tree = try mergedTree(proposal, onto: main)
        let zone = try snapshot(commit: main).config().timeZone
        let signature = Signature(name: adopter.name, email: adopter.email, time: time,
                                  timeZoneOffsetMinutes: RecordedTime.offsetMinutes(at: time, timeZone: zone))
        let message = try Self.adoptionMessage(number: proposal.number, meta: proposal.meta, head: proposal.head, kind: proposal.kind,
                                               reason: proposal.reason, changes: status.changes, workflow: status.workflow,
                                               workflowBlob: status.workflowBlob, approvals: status.stages.flatMap(\.approvals),
                                               adopter: adopter, act: act)
        let commit = try createCommit(tree: tree, parents: [main], by: adopter, signature: signature, message: message)
        // Each proposal was checked on its own base; this checks the plan main would become, so
        // two sound proposals that do not fit together (a revision after an adopted abolition)
        // are refused before main moves. The unreferenced commit is left for git's gc.
        let findings = try PlanChecker().newFindings(from: snapshot(commit: main), to: snapshot(commit: commit)).map(\.description)
        guard findings.isEmpty else { throw ApprovalError.breaksPlan(number: number, findings: findings) }
        do {
            try repository.updateReference(PlanLayout.mainRef, to: commit, expected: main, message: "clasp: adopt proposal \(number)")
        } catch let error as GitError where error.isReferenceConflict {
            throw PlanError.concurrentUpdate(ref: PlanLayout.mainRef)
        }
        return commit
    }

    /// Appends the `adopted` event unless the log already has it.
    private func recordAdopted(_ number: ProposalNumber, commit: ObjectID, by person: String, at time: Date) throws {
        let proposal = try self.proposal(number)
        if proposal.adoptedAs == commit { return }
        var actor = try snapshot(commit: commit).roster().person(person) ?? member(person, of: proposal)
        // The event completes the adoption, made (and signed) under the roster before it: sign it
        // with that roster's key, so adopting a roster change that adds, replaces or removes the
        // adopter's own key does not leave the adoption without its event.
        if let parent = try repository.readCommit(commit).parentIDs.first {
            actor.signingKey = try snapshot(commit: parent).roster().person(person)?.signingKey
        }
        try appendEvent(number, expected: proposal.meta, subject: "Adopt proposal \(number)", body: "",
                        trailers: Self.adoptedTrailers(commit), by: actor, at: time)
        try releaseClaims(of: proposal)
    }

    /// The commit on main's first-parent line, after `base`, whose `Proposal:` trailer is `number`.
    func adoptionOnMain(of number: ProposalNumber, since base: ObjectID) throws -> ObjectID? {
        let walk = try repository.firstParentWalk(from: mainHead())
        while let id = try walk.next(), id != base {
            if try repository.readCommit(id).trailers.contains(where: { $0.hasKey(.proposal) && $0.value == String(number) }) {
                return id
            }
        }
        return nil
    }

    /// The proposal's changes (base to head) applied onto `main`'s tree.
    ///
    /// - Throws: `ApprovalError.conflictWithMain` when main changed any of the same files since the base.
    func mergedTree(_ proposal: Proposal, onto main: ObjectID) throws -> ObjectID {
        let baseTree = try repository.readCommit(proposal.base).treeID
        let headTree = try repository.readCommit(proposal.head).treeID
        if main == proposal.base { return headTree }
        let mainTree = try repository.readCommit(main).treeID
        let proposed = try repository.changedPaths(from: baseTree, to: headTree)
        let moved = Set(try repository.changedPaths(from: baseTree, to: mainTree))
        let clashes = proposed.filter(moved.contains)
        guard clashes.isEmpty else { throw ApprovalError.conflictWithMain(paths: clashes) }
        let updates = try proposed.map { path -> TreeUpdate in
            if let entry = try repository.entry(atPath: path, inTree: headTree) {
                return .upsert(path: path, blob: entry.id, mode: entry.mode)
            }
            return .remove(path: path)
        }
        return try repository.updateTree(mainTree, updates)
    }

    /// The trailers of the `adopted` event naming the adoption commit.
    static func adoptedTrailers(_ commit: ObjectID) -> [Trailer] {
        [Trailer(.event, "adopted"), Trailer(.adoptedAs, commit.hex)]
    }

    /// The adoption commit's message: subject, reason and the trailers `audit verify` checks.
    /// Built from plain facts so the plan generator writes exactly what `adopt` writes.
    static func adoptionMessage(number: ProposalNumber, meta: ObjectID, head: ObjectID, kind: ChangeKind, reason: String,
                                changes changeSets: [ClassChangeSet], workflow: String, workflowBlob: ObjectID,
                                approvals: [Vote], adopter: Person, act: AdoptionAct = AdoptionAct()) throws -> String {
        let changes = changeSets.compactMap { change -> String? in
            guard let classID = change.classID else { return "\(kind.rawValue) \(change.path)" }
            return "\(kind.rawValue) \(classID)\(change.effective.map { " \($0.iso)" } ?? "")"
        }
        let subject = "Adopt proposal \(number): \(changes.first ?? kind.rawValue)\(changes.count > 1 ? " and \(changes.count - 1) more" : "")"
        var trailers = [Trailer(.proposal, String(number)),
                        Trailer(.proposalMeta, meta.hex),
                        Trailer(.proposalHead, head.hex)]
        var seen = Set<String>()
        trailers += changes.filter { seen.insert($0).inserted }.map { Trailer(.change, $0) }
        trailers.append(Trailer(.workflow, "\(workflow) \(workflowBlob.hex)"))
        trailers += approvals.map { Trailer(.approvedBy, ApprovalTrailer(vote: $0).value) }
        trailers += act.trailers
        trailers.append(Trailer(.recordedBy, "\(adopter.id) <\(adopter.email)>"))
        let reason = reason.trimmingWhitespace
        return try Trailers.append(trailers, to: reason.isEmpty ? "\(subject)\n" : "\(subject)\n\n\(reason)\n")
    }
}
