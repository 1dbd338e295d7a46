import ClaspGit
import ClaspSpec
import Foundation

/// `audit verify`: every commit on main must be an adoption whose votes satisfied the workflow
/// in force, for the content adopted; or the plan's creation; or a bootstrap write by an
/// administrator.
///
/// A bootstrap is recognised by all of: a `Bootstrap:` trailer; a `Recorded-By: <id> <email>`
/// trailer naming an administrator of the roster in force (the parent commit's); the commit's
/// author email equal to that administrator's; one parent; and changes only under `classes/`.
/// Anything else carrying `Bootstrap:` is reported as a forged bootstrap.
extension Plan {
    /// Re-derives the audit from git objects and refs; uses no index. What it derives from one
    /// git object (a meta log, a roster, a workflow, a spec text, a diff) it keeps for the rest
    /// of this call only, in an `AuditMemo`.
    ///
    /// It reads nearly every object of the plan once, under the process's fixed libgit2 limits
    /// (``LibGit2/limits``, chosen for it), with libgit2's hash verification on as always.
    ///
    /// The result depends on `main`'s tip and the proposals' meta tips alone (``auditInputs()``):
    /// a caller may keep it until one of them moves.
    ///
    /// Main's first-parent line is the one serial walk. Its commits are then classified and
    /// verified in contiguous runs on every core (`AuditRun`); what needs the whole history (a
    /// proposal adopted twice, a log claiming an adoption main does not have) is checked after,
    /// from the runs' results. Logs no adoption led to are read in a second parallel pass.
    public func auditVerify() throws -> AuditReport {
        let tips = Dictionary(try proposalTips().map { ($0.number, $0.tip) }, uniquingKeysWith: { first, _ in first })
        var (entries, atTip) = try AuditRun.classify(planAt: path, commits: mainHistory().reversed(), tips: tips)
        // Every commit on main naming each proposal, oldest first.
        var adoptedIn: [ProposalNumber: [ObjectID]] = [:]
        var governed = false
        for index in entries.indices {
            if entries[index].kind == .bootstrap, governed, !entries[index].importsAllowed {
                entries[index].problems.append(.importBypassedWorkflow(reason: entries[index].overrideReason))
                entries[index].kind = nil
            }
            if entries[index].proposal != nil { governed = true }
            guard let number = entries[index].proposal else { continue }
            if let earlier = adoptedIn[number]?.first {
                entries[index].problems.insert(.adoptedTwice(number, earlier: earlier), at: 0)
            }
            adoptedIn[number, default: []].append(entries[index].commit)
        }
        let unread = tips.filter { atTip[$0.key]?.tip != $0.value }.sorted { $0.key < $1.key }.map { (number: $0.key, tip: $0.value) }
        let (states, unreadable) = try AuditRun.readTips(planAt: path, tips: unread)
        atTip.merge(states) { _, fresh in fresh }
        var report = AuditReport(findings: [], adoptions: [], bootstraps: [], creation: nil, proposalsChecked: tips.count)
        for entry in entries {
            report.findings += entry.problems.map { .init(commit: entry.commit, problem: $0) }
            switch entry.kind {
            case .creation: report.creation = entry.commit
            case .adoption: report.adoptions.append(entry.commit)
            case .bootstrap: report.bootstraps.append(entry.commit)
            case nil: break
            }
        }
        var logFindings = unreadable
        for (number, state) in atTip where tips[number] == state.tip {
            if state.state == .adopted, let commit = state.adoptedAs, adoptedIn[number]?.contains(commit) != true {
                logFindings.append((number, .init(commit: commit, problem: .logClaimsAdoption(number, commit: commit))))
            }
        }
        report.findings += logFindings.sorted { $0.number < $1.number }.map(\.finding)
        return report
    }

    /// One commit of main, classified by its trailers and, for an adoption, verified.
    func auditEntry(for commit: CommitInfo, tips: [ProposalNumber: ObjectID], memo: AuditMemo) throws -> AuditEntry {
        var entry = AuditEntry(commit: commit.id)
        let trailers = commit.trailers
        func value(_ key: TrailerKey) -> String? { trailers.value(key) }
        if commit.parentIDs.isEmpty {
            if value(.change)?.hasPrefix("create-plan") == true { entry.kind = .creation } else {
                entry.problems.append(.rootNotPlanCreation)
            }
        } else if let numberText = value(.proposal) {
            guard let number = Int(numberText) else {
                entry.problems.append(.proposalNotANumber(numberText))
                return entry
            }
            entry.proposal = number
            entry.problems = try verifyAdoption(commit, number: number, tip: tips[number], memo: memo)
            entry.kind = entry.problems.isEmpty ? .adoption : nil
        } else if value(.bootstrap) != nil {
            if let problem = try bootstrapProblem(commit, memo: memo) { entry.problems.append(problem) } else {
                entry.kind = .bootstrap
                entry.overrideReason = value(.overrideReason)
                entry.importsAllowed = try administratorImportsAllowed(in: commit.parentIDs[0], memo: memo)
            }
        } else {
            entry.problems.append(.notAnAdoption(summary: commit.summary, author: commit.author.name, email: commit.author.email))
        }
        return entry
    }

    /// The problems of one adoption commit; empty when it checks out. `tip` is the proposal's
    /// meta tip as listed when the audit began.
    func verifyAdoption(_ commit: CommitInfo, number: ProposalNumber, tip: ObjectID?, memo: AuditMemo) throws -> [AuditProblem] {
        let trailers = commit.trailers
        func value(_ key: TrailerKey) -> String? { trailers.value(key) }
        guard let tip else {
            return [.metaMissing(number)]
        }
        guard let metaText = value(.proposalMeta), let meta = ObjectID(hex: metaText) else {
            return [.noProposalMeta(number)]
        }
        // A judged commit on the tip's first-parent line (the usual case: logs are linear) was read
        // by that walk and is an ancestor of the tip; only one off the line needs the graph. A
        // walk that fails here is retried below, which throws its error as before.
        let onTipLine = (try? memo.firstParentHistory(from: tip, in: repository))?.contains(meta) ?? false
        let judgedInLog = try onTipLine || ((try? repository.readCommit(meta)) != nil && repository.isAncestor(meta, of: tip))
        guard judgedInLog else {
            return [.metaRewritten(number, judged: meta)]
        }
        // The tip's log is walked first so the judged log, usually a part of it, is not walked again.
        _ = try memo.firstParentHistory(from: tip, in: repository)
        let judged = try proposal(number, meta: meta, within: tip, memo: memo)
        var problems: [AuditProblem] = []
        let now = try proposal(number, meta: tip, memo: memo)
        memo.atTip[number] = AuditedTip(tip: tip, state: now.state, adoptedAs: now.adoptedAs)
        if now.adoptedAs != commit.id {
            problems.append(.interruptedAdoption(number))
        }
        guard judged.state == .open else { return problems + [.notOpenWhenJudged(number, state: judged.state)] }
        guard value(.proposalHead) == judged.head.hex else {
            return problems + [.headMismatch(number)]
        }
        guard let parent = commit.parentIDs.first, try repository.isAncestor(judged.base, of: parent) else {
            return problems + [.baseNotOnMain(number)]
        }
        let status = try evaluate(judged, memo: memo)
        if value(.workflow) != "\(status.workflow) \(status.workflowBlob.hex)" {
            problems.append(.workflowNotInForce(recorded: value(.workflow), inForce: "\(status.workflow) \(status.workflowBlob.hex)"))
        }
        for discounted in status.invalidVotes { problems.append(.voteDoesNotCount(voter: discounted.vote.voter, reason: discounted.reason)) }
        if !status.readyToAdopt { problems.append(.notApproved(workflow: status.workflow, missing: status.missing)) }
        // Signatures: each counted vote by its voter's key in the roster the votes were judged
        // under, the adoption by its adopter's key in the roster on main when it was made. A
        // roster that lists no key for them costs no read beyond the rosters already decoded.
        let voters = try roster(in: judged.base, memo: memo)
        for vote in status.stages.flatMap({ $0.approvals + $0.rejections }) {
            if let problem = try signatureProblem(vote.event, by: voters.person(vote.voter),
                                                  unsigned: { .unsignedVote(voter: $0, event: vote.event) },
                                                  invalid: { .badVoteSignature(voter: $0, event: vote.event, reason: $1) }) {
                problems.append(problem)
            }
        }
        let adopter = value(.recordedBy)?.split(separator: " ").first.map(String.init)
        if let adopter, let problem = try signatureProblem(commit.id, by: roster(in: parent, memo: memo).person(adopter),
                                                           unsigned: { .unsignedAdoption(adopter: $0) },
                                                           invalid: { .badAdoptionSignature(adopter: $0, reason: $1) }) {
            problems.append(problem)
        }
        // Every Approved-by line git reads (any case, any shape) must be a counted vote, and every
        // counted approval must be listed.
        let claimed = Set(trailers.values(.approvedBy).map { ApprovalTrailer($0)?.value ?? $0 })
        let counted = Set(status.stages.flatMap(\.approvals).map { ApprovalTrailer(vote: $0).value })
        if claimed != counted {
            let forged = claimed.subtracting(counted).sorted()
            if !forged.isEmpty { problems.append(.approvalsNotBackedByVotes(forged)) }
            let unlisted = counted.subtracting(claimed).sorted()
            if !unlisted.isEmpty { problems.append(.approvalsNotListed(unlisted)) }
        }
        // The content adopted must be the content voted on: the same files, with the head's bytes.
        let parentTree = try memo.commit(commit.parentIDs[0], in: repository).treeID
        let adopted = try memo.treeChanges(from: parentTree, to: commit.treeID, in: repository)
        let baseTree = try memo.commit(judged.base, in: repository).treeID
        let headTree = try memo.commit(judged.head, in: repository).treeID
        let proposed = Dictionary(try memo.treeChanges(from: baseTree, to: headTree, in: repository).map { ($0.path, $0.new) },
                                  uniquingKeysWith: { first, _ in first })
        // Paths changed on one side only differ; paths changed on both must end with the head's entry.
        var differing = Set(adopted.map(\.path)).symmetricDifference(proposed.keys)
        for change in adopted where proposed[change.path].map({ $0 != change.new }) ?? false {
            differing.insert(change.path)
        }
        if !differing.isEmpty {
            problems.append(.contentDiffers(paths: differing.sorted()))
        }
        // The change adopted (the version replaced at adoption → the text) must be the change
        // voted on (the version replaced on the base → the same text): same text, same
        // replaced version. Main moving in between under a version would make them differ.
        if commit.parentIDs[0] != judged.base {
            for replaced in try replacedVersions(base: baseTree, head: headTree, main: parentTree) where replaced.isStale {
                problems.append(.staleAdoption(explanation: replaced.explanation))
            }
        }
        return problems
    }

    /// Why a commit carrying `Bootstrap:` is not an accepted bootstrap, or nil when it is one.
    private func bootstrapProblem(_ commit: CommitInfo, memo: AuditMemo) throws -> AuditProblem? {
        let recorded = commit.trailers.first { $0.hasKey(.recordedBy) }?.value ?? ""
        let id = recorded.split(separator: " ").first.map(String.init) ?? ""
        guard commit.parentIDs.count == 1 else { return .bootstrapWithSeveralParents }
        let roster = try roster(in: commit.parentIDs[0], memo: memo)
        guard let person = roster.person(id), person.roles.contains(.administrator), person.email == commit.author.email else {
            return .bootstrapNotByAdministrator(author: commit.author.name, email: commit.author.email)
        }
        let parentTree = try repository.readCommit(commit.parentIDs[0]).treeID
        let outside = try repository.changedPaths(from: parentTree, to: commit.treeID).filter { !$0.hasPrefix(PlanLayout.classesDir + "/") }
        guard outside.isEmpty else {
            return .bootstrapChangesGovernance(paths: outside)
        }
        return try signatureProblem(commit.id, by: person, unsigned: { .unsignedBootstrap(administrator: $0) },
                                    invalid: { .badBootstrapSignature(administrator: $0, reason: $1) })
    }
}
