public import ClaspGit
public import ClaspSpec
public import Foundation

/// Where one stage of a proposal's workflow stands, and the rule that decides it.
///
/// A stage passes with its approvals (a number, or a majority of the role's holders) when they
/// outnumber its rejections. Under `majority`, enough rejections that a majority can no longer
/// approve reject the stage; under `veto: true`, any one rejection does. Rejections are sticky:
/// they carry over editorial revisions until the voter changes them.
public struct StageStatus: Equatable, Sendable {
    public var stage: String
    public var role: Role
    /// Approvals the stage needs (a number, or the majority of the role's holders on the roster).
    public var needed: Int
    /// Approvals that count: current votes, or earlier ones carried over a revision.
    public var approvals: [Vote]
    /// Rejections that count: on the current head, or carried over editorial revisions.
    public var rejections: [Vote]
    /// Holders of the stage's role on the roster in force.
    public var holders: Int = 0
    /// Whether the stage decides by a majority of the role's holders.
    public var byMajority: Bool = false
    /// Whether one rejection rejects the stage.
    public var veto: Bool = false
    /// Whether the stage takes votes: every earlier stage has passed, or the workflow's stages
    /// run in parallel.
    public var open: Bool = true
    /// When the stage opened and its votes are due, for an open proposal whose workflow gives
    /// the stage `due-days`.
    public var deadline: StageDeadline? = nil

    /// Whether the stage is open and still undecided: its voters have something to do.
    public var awaitingVotes: Bool { open && !satisfied && !rejected }

    /// Days past its due date at `now`, while the stage awaits votes; nil when not overdue.
    public func daysOverdue(at now: Date) -> Int? {
        guard awaitingVotes, let deadline else { return nil }
        let late = deadline.daysLate(on: deadline.today(at: now))
        return late > 0 ? late : nil
    }

    /// Whether the rejections decide the stage: any one under a veto, or enough under a
    /// majority rule that the approvals can no longer reach a majority.
    public var rejected: Bool {
        guard !rejections.isEmpty else { return false }
        if veto { return true }
        return byMajority && rejections.count > holders - needed
    }

    public var satisfied: Bool { approvals.count >= needed && approvals.count > rejections.count && !rejected }
}

/// A vote that does not count, and why.
public struct DiscountedVote: Equatable, Sendable {
    public var vote: Vote
    public var reason: String
}

/// Everything needed to judge a proposal: its routing, each stage's votes, and what is missing.
public struct ProposalStatus: Equatable, Sendable {
    public var proposal: Proposal
    public var workflow: String
    /// The blob id of the workflow file in force (on the proposal's base).
    public var workflowBlob: ObjectID
    public var workflowPath: String
    public var categories: [ChangeCategory]
    public var changes: [ClassChangeSet]
    /// The stages that apply, in workflow order.
    public var stages: [StageStatus]
    /// Votes cast on an earlier head that the workflow's carry-votes rule drops.
    public var staleVotes: [Vote]
    /// Votes that break a rule (self-approval, a role the voter lacks).
    public var invalidVotes: [DiscountedVote]
    public var blockedBy: [String]
    public var readyToAdopt: Bool
    /// The roles whose votes are needed next: the open stages not yet satisfied.
    public var awaiting: [Role]
    /// Proposed versions whose replaced version main has changed since the proposal's base
    /// (see ``ReplacedVersion``): adoption waits for a rebase. Empty for the audit's evaluations.
    public var staleVersions: [ReplacedVersion] = []
    /// For each stale version, what adopting the proposal as it stands would change: the diff
    /// from the version main now has in force to the proposed text.
    public var changesAgainstMain: [ClassChangeSet] = []

    /// What each unsatisfied stage still needs, as sentences.
    public var missing: [String] {
        let rebase = staleVersions.isEmpty ? [] : ["a rebase onto main: \(staleVersions.map(\.explanation).joined(separator: "; "))"]
        return rebase + stages.filter { !$0.satisfied }.map { stage in
            if stage.rejected { return "stage '\(stage.stage)' is rejected by \(stage.rejections.map(\.voter).joined(separator: ", "))" }
            if !stage.open { return "stage '\(stage.stage)': \(stage.role.rawValue) votes once the stages before it pass" }
            if stage.approvals.count >= stage.needed {
                return "stage '\(stage.stage)': more approvals than rejections (\(stage.approvals.count) to \(stage.rejections.count); rejected by \(stage.rejections.map(\.voter).joined(separator: ", ")))"
            }
            let more = stage.needed - stage.approvals.count
            // A reject that has not (yet) rejected the stage still tells the author where it stands.
            let rejects = stage.rejections.isEmpty ? ""
                : "; \(stage.rejections.count == 1 ? "1 reject" : "\(stage.rejections.count) rejects"), by \(stage.rejections.map(\.voter).joined(separator: ", "))"
            return "stage '\(stage.stage)': \(more) more approval\(more == 1 ? "" : "s") from \(ApprovalError.article(stage.role.rawValue)) \(stage.role.rawValue) (\(stage.approvals.count) of \(stage.needed)\(rejects))"
        }
    }
}
