import ClaspGit
import ClaspSpec
import ClaspTrailers
public import Foundation

/// Opening, revising, commenting on and withdrawing proposals.
extension Plan {
    /// Opens a proposal against the current main.
    ///
    /// Writes the head commit (parent: main), then claims the next free number by creating
    /// `refs/proposals/<n>/meta` with compare-and-swap (expected: absent), trying n+1 when
    /// someone else took n, then creates the head ref.
    ///
    /// - Throws: `ApprovalError` (not in roster, invalid files, date taken, kind mismatch) or `PlanError`.
    public func propose(_ draft: ProposalDraft, by person: String, at time: Date = Date()) throws -> Proposal {
        let base = try mainHead()
        let roster = try snapshot(commit: base).roster()
        guard let author = roster.person(person) else { throw ApprovalError.notInRoster(person: person) }
        let needed: Role = draft.kind.isGovernance ? .administrator : .analyst
        guard author.roles.contains(needed) || author.roles.contains(.administrator) else {
            throw ApprovalError.notPermitted(person: "\(author.name) (\(person))", action: "propose \(draft.kind.rawValue) changes", needs: needed.rawValue)
        }
        try validateFiles(draft.files, kind: draft.kind)
        let (classIDs, subject) = Self.proposalSubject(draft)
        let head = try proposalCommit(files: draft.files, onto: try repository.readCommit(base).treeID, parent: base,
                                      message: "Propose \(subject)\n\n\(draft.reason)", by: author, at: time)
        try validateTree(base: base, head: head, kind: draft.kind)
        // One listing of the meta refs serves the date check and the next number: a number
        // taken since is skipped by the compare-and-swap below.
        let tips = try proposalTips()
        try checkEffectiveDatesFree(base: base, head: head, except: nil, tips: tips)
        let trailers = Self.openedTrailers(draft, classIDs: classIDs, base: base, head: head,
                                           tree: try repository.readCommit(head).treeID)
        var number = (tips.last?.number ?? 0) + 1
        while true {
            do {
                try appendEvent(number, expected: nil, subject: "Open proposal \(number): \(subject)", body: draft.reason,
                                trailers: trailers, by: author, at: time)
                break
            } catch {
                // Someone else claimed this number (or is claiming it): try the next one.
                guard try repository.referenceTarget(Proposal.metaRef(number)) != nil || isConflict(error) else { throw error }
                number += 1
            }
        }
        try repository.updateReference(Proposal.headRef(number), to: head, expected: nil, message: "clasp: proposal \(number) opened")
        do {
            try claimVersionFiles(try versionPaths(from: base, to: head), for: number)
        } catch let taken as ApprovalError {
            // Opened at the same instant as the holder: this one lost the claim, so it withdraws.
            try retryingConflicts {
                let opened = try proposal(number)
                try appendEvent(number, expected: opened.meta, subject: "Withdraw proposal \(number)", body: "\(taken)",
                                trailers: [Trailer(.event, "withdrawn")], by: author, at: time, state: .withdrawn)
            }
            try releaseClaims(try versionPaths(from: base, to: head), of: number)
            throw taken
        }
        return try proposal(number)
    }

    /// The classes a draft touches (sorted) and the subject line its commits carry.
    static func proposalSubject(_ draft: ProposalDraft) -> (classIDs: [String], subject: String) {
        let classIDs = Array(Set(draft.classIDs + draft.files.compactMap { file -> String? in
            let parts = file.path.split(separator: "/")
            return parts.count == 3 ? String(parts[1]) : nil
        })).sorted()
        let subject = "\(draft.kind.rawValue) \(classIDs.isEmpty ? draft.files.map(\.path).joined(separator: ", ") : classIDs.joined(separator: ", "))"
            + (draft.effective.map { " \($0.iso)" } ?? "")
        return (classIDs, subject)
    }

    /// The trailers of the `opened` event (shared with the plan generator).
    static func openedTrailers(_ draft: ProposalDraft, classIDs: [String], base: ObjectID, head: ObjectID, tree: ObjectID) -> [Trailer] {
        var trailers = [Trailer(.event, "opened"), Trailer(.kind, draft.kind.rawValue)]
        trailers += classIDs.map { Trailer(.classID, $0) }
        if let effective = draft.effective { trailers.append(Trailer(.effective, effective.iso)) }
        trailers += [Trailer(.base, base.hex), Trailer(.head, head.hex), Trailer(.tree, tree.hex)]
        return trailers
    }

    /// Replaces the proposed files with a new revision on top of the current head.
    ///
    /// - Throws: `ApprovalError.proposalClosed`, `ApprovalError.notPermitted` (only the author or
    ///   another analyst may revise), validation errors.
    public func revise(_ number: ProposalNumber, files: [PlanFileWrite], reason: String, by person: String, at time: Date = Date()) throws {
        try retryingConflicts {
            let (proposal, actor) = try openProposal(number, toChange: "revise", by: person)
            try validateFiles(files, kind: proposal.kind)
            let oldTree = try repository.readCommit(proposal.head).treeID
            let head = try proposalCommit(files: files, onto: oldTree, parent: proposal.head,
                                          message: "Revise proposal \(number)\n\n\(reason)", by: actor, at: time)
            try validateTree(base: proposal.base, head: head, kind: proposal.kind)
            try checkEffectiveDatesFree(base: proposal.base, head: head, except: number)
            try recordRevision(number, expected: proposal.meta, head: head, reason: reason, by: actor, at: time)
            let before = try versionPaths(from: proposal.base, to: proposal.head)
            let after = try versionPaths(from: proposal.base, to: head)
            do {
                try claimVersionFiles(after, for: number)
                try releaseClaims(before.subtracting(after), of: number)
            } catch let taken as ApprovalError {
                // Another proposal claimed one of the new files at the same instant: undo by
                // revising back to the previous head (votes on it count again), then refuse.
                _ = try retryingConflicts {
                    try recordRevision(number, expected: try self.proposal(number).meta, head: proposal.head,
                                       reason: "Reverted: \(taken)", by: actor, at: time)
                }
                try releaseClaims(after.subtracting(before), of: number)
                throw taken
            }
        }
    }

    /// The open proposal `number` and the person who may change its text (`verb`: revise,
    /// rebase): its author, or another analyst or administrator.
    ///
    /// - Throws: `ApprovalError.proposalClosed`, `.notInRoster`, `.notPermitted`.
    func openProposal(_ number: ProposalNumber, toChange verb: String, by person: String) throws -> (Proposal, Person) {
        let proposal = try self.proposal(number)
        guard proposal.state == .open else { throw ApprovalError.proposalClosed(number: number, state: proposal.state) }
        let actor = try member(person, of: proposal)
        guard person == proposal.author || actor.roles.contains(.analyst) || actor.roles.contains(.administrator) else {
            throw ApprovalError.notPermitted(person: "\(actor.name) (\(person))", action: "\(verb) proposal \(number)", needs: "analyst")
        }
        return (proposal, actor)
    }

    /// Appends a `revised` event naming `head` (and, for a rebase, the new `base`) and moves the
    /// head ref to it.
    @discardableResult
    func recordRevision(_ number: ProposalNumber, expected: ObjectID, head: ObjectID, base: ObjectID? = nil, reason: String,
                        by actor: Person, at time: Date) throws -> ObjectID {
        var trailers = [Trailer(.event, "revised"), Trailer(.head, head.hex),
                        Trailer(.tree, try repository.readCommit(head).treeID.hex)]
        if let base { trailers.append(Trailer(.base, base.hex)) }
        let event = try appendEvent(number, expected: expected, subject: base == nil ? "Revise proposal \(number)" : "Rebase proposal \(number)",
                                    body: reason, trailers: trailers, by: actor, at: time)
        // The meta log is the record; the head ref follows it (a stale head ref is repaired by the next write).
        let current = try repository.referenceTarget(Proposal.headRef(number))
        try repository.updateReference(Proposal.headRef(number), to: head, expected: current, message: "clasp: proposal \(number) revised")
        return event
    }

    /// Closes an open proposal without adopting it. The author or an administrator may withdraw.
    public func withdraw(_ number: ProposalNumber, by person: String, at time: Date = Date()) throws {
        try retryingConflicts {
            let proposal = try self.proposal(number)
            guard proposal.state == .open else { throw ApprovalError.proposalClosed(number: number, state: proposal.state) }
            let actor = try member(person, of: proposal)
            guard person == proposal.author || actor.roles.contains(.administrator) else {
                throw ApprovalError.notPermitted(person: "\(actor.name) (\(person))", action: "withdraw proposal \(number) (it is \(proposal.author)'s)", needs: "administrator")
            }
            try appendEvent(number, expected: proposal.meta, subject: "Withdraw proposal \(number)", body: "",
                            trailers: [Trailer(.event, "withdrawn")], by: actor, at: time)
            try releaseClaims(of: proposal)
        }
    }

    /// Adds a comment to the proposal's log; any roster member may comment, in any state.
    public func comment(_ number: ProposalNumber, _ text: String, by person: String, at time: Date = Date()) throws {
        try retryingConflicts {
            let proposal = try self.proposal(number)
            let actor = try member(person, of: proposal)
            try appendEvent(number, expected: proposal.meta, subject: "Comment on proposal \(number)", body: text,
                            trailers: [Trailer(.event, "comment")], by: actor, at: time, state: proposal.state)
        }
    }

    /// The person in the roster in force for the proposal (its base's).
    /// The person as the proposal's rules see them: listed in the roster in force on its base
    /// (which the audit re-checks) and still listed in the current roster, holding only the roles
    /// they hold in both. Removing a person, or one of their roles, from the roster therefore
    /// takes effect on open proposals at once: they can no longer vote, revise or withdraw.
    func member(_ person: String, of proposal: Proposal) throws -> Person {
        guard var found = try snapshot(commit: proposal.base).roster().person(person),
              let now = try current().roster().person(person) else {
            throw ApprovalError.notInRoster(person: person)
        }
        found.roles = found.roles.filter(now.roles.contains)
        return found
    }

    private func isConflict(_ error: any Error) -> Bool {
        if case PlanError.concurrentUpdate = error { return true }
        return (error as? GitError)?.isReferenceConflict == true
    }
}
