public import ClaspPlan
import ClaspSpec
public import Foundation

/// JSON shape of one `clasp proposals` entry and of `GET /api/v1/plans/{plan}/proposals`.
public struct ProposalSummary: Codable, Sendable, Equatable {
    public var number: Int
    public var state: String
    public var kind: String
    public var classes: [String]
    public var effective: String?
    public var author: String
    public var reason: String
    public var base: String
    public var head: String
    public var adoptedAs: String?
    /// What a roster or workflow proposal changes, file by file: only in the answer of
    /// `GET …/proposals/{number}`, not in lists.
    public var governance: [GovernanceFileReport]?
    /// For an open proposal awaiting votes in a stage with `due-days`: the earliest due date
    /// ("2026-12-15"), and the days it is overdue by, if it is.
    public var due: String?
    public var overdueDays: Int?

    public init(_ proposal: Proposal) {
        self.init(ProposalListing(proposal))
    }

    public init(_ proposal: ProposalListing) {
        number = proposal.number
        state = proposal.state.rawValue
        kind = proposal.kind.rawValue
        classes = proposal.classIDs
        effective = proposal.effective?.iso
        author = proposal.author
        reason = proposal.reason
        base = proposal.base.hex
        head = proposal.head.hex
        adoptedAs = proposal.adoptedAs?.hex
    }

    /// Summaries of `listings` with the due date of each open one awaiting votes under `due-days`.
    public static func list(_ listings: [ProposalListing], in plan: Plan, now: Date = Date()) throws -> [ProposalSummary] {
        let deadlines = try plan.awaitedDeadlines(listings)
        return listings.map { listing in
            var summary = ProposalSummary(listing)
            summary.setDeadline(deadlines[listing.number], now: now)
            return summary
        }
    }

    /// Sets `due` and `overdueDays` from the deadline of a stage awaiting votes.
    public mutating func setDeadline(_ deadline: StageDeadline?, now: Date = Date()) {
        due = deadline?.due.iso
        overdueDays = deadline.map { $0.daysLate(on: $0.today(at: now)) }.flatMap { $0 > 0 ? $0 : nil }
    }

    /// "due 2026-12-15", "overdue by 3 days (due 2026-12-12)", or nil without a due date.
    public var dueNote: String? {
        guard let due else { return nil }
        guard let late = overdueDays else { return "due \(due)" }
        return "overdue by \(late) day\(late == 1 ? "" : "s") (due \(due))"
    }

    /// "revise finance-technician 2026-07-01": what the proposal changes, in one phrase.
    public var what: String {
        ([kind] + (classes.isEmpty ? [] : [classes.joined(separator: ", ")]) + (effective.map { [$0] } ?? [])).joined(separator: " ")
    }

    /// The list as `clasp proposals` prints it.
    public static func text(_ proposals: [ProposalSummary], state: ProposalState?) -> String {
        if proposals.isEmpty { return "no proposals\(state.map { " \($0.rawValue)" } ?? "")\n" }
        return proposals.map { proposal in
            "\(proposal.number)  [\(proposal.state)]  \(proposal.what)  by \(proposal.author): \(proposal.reason.split(separator: "\n").first ?? "")"
                + (proposal.dueNote.map { "  [\($0)]" } ?? "") + "\n"
        }.joined()
    }
}

/// JSON shape of `clasp proposal N --format json` and `GET …/proposals/{number}/status`.
public struct ProposalStatusReport: Encodable, Sendable {
    public struct Stage: Encodable, Sendable {
        public var stage: String, role: String, needed: Int, satisfied: Bool, rejected: Bool
        public var approvals: [VoteReport], rejections: [VoteReport]
        /// With `due-days`, for an open stage: the day it opened, the day its votes are due, and
        /// while it awaits votes past that day, how many days overdue it is.
        public var opened: String?, due: String?, overdueDays: Int?
    }
    public struct Change: Encodable, Sendable {
        public var path: String, classID: String?, effective: String?, categories: [String], changes: [String]
        /// For roster and workflow files: each change with its code and whom or which stage it concerns.
        public var governance: [GovernanceChangeReport]?
        /// For `class.yaml`: each lineage event added or removed, with its code and date.
        public var lineage: [LineageChangeReport]?

        init(_ set: ClassChangeSet) {
            path = set.path; classID = set.classID; effective = set.effective?.iso
            categories = set.categories.sorted().map(\.rawValue)
            changes = set.changes?.changes.map(\.summary) ?? set.governance?.lines.map(\.summary)
                ?? set.lineage?.lines.map(\.summary) ?? []
            governance = set.governance.map { $0.lines.map(GovernanceChangeReport.init) }
            lineage = set.lineage.map { $0.lines.map(LineageChangeReport.init) }
        }
    }
    public var proposal: ProposalSummary
    public var workflow: String
    public var categories: [String]
    public var changes: [Change]
    public var stages: [Stage]
    public var votes: [VoteReport]
    public var staleVotes: [VoteReport]
    public var blockedBy: [String]
    public var missing: [String]
    public var readyToAdopt: Bool
    public var awaiting: [String]
    /// Proposed versions whose replaced version main changed since the base: adoption waits for a rebase.
    public var stale: [String]
    /// For a stale proposal, what adopting it as it stands would change against main's version.
    public var changesAgainstMain: [Change]
    /// What can be done next (adopt, rebase), for each client to phrase; nil when votes are awaited or it is closed.
    public var next: NextStep?
    /// The status as text without the next step, for clients that print it in their own words
    /// (`clasp proposal N` against a server adds its command line).
    public var text: String

    public init(_ status: ProposalStatus, now: Date = Date()) {
        proposal = ProposalSummary(status.proposal)
        proposal.setDeadline(status.stages.filter(\.awaitingVotes).compactMap(\.deadline).min { $0.due < $1.due }, now: now)
        workflow = status.workflow
        categories = status.categories.map(\.rawValue)
        changes = status.changes.map(Change.init)
        stale = status.staleVersions.map(\.explanation)
        changesAgainstMain = status.changesAgainstMain.map(Change.init)
        stages = status.stages.map {
            Stage(stage: $0.stage, role: $0.role.rawValue, needed: $0.needed, satisfied: $0.satisfied, rejected: $0.rejected,
                  approvals: $0.approvals.map(VoteReport.init), rejections: $0.rejections.map(VoteReport.init),
                  opened: $0.deadline?.openedOn.iso, due: $0.deadline?.due.iso,
                  overdueDays: $0.daysOverdue(at: now))
        }
        votes = status.proposal.votes.map(VoteReport.init)
        staleVotes = status.staleVotes.map(VoteReport.init)
        blockedBy = status.blockedBy
        missing = status.proposal.state == .open ? status.missing : []
        readyToAdopt = status.readyToAdopt
        awaiting = status.awaiting.map(\.rawValue)
        next = NextStep(status)
        text = Self.text(status, now: now)
    }

    /// The status as text with its next step phrased by the face that prints it.
    public func text(nextStep phrase: (NextStep) -> String) -> String {
        text + NextStep.line(next, phrased: phrase)
    }

    /// The status as `clasp proposal N` prints it, up to its next step: the semantic diff,
    /// stages, votes and what is still needed.
    public static func text(_ status: ProposalStatus, now: Date = Date()) -> String {
        var out = ""
        func line(_ text: String = "") { out += text + "\n" }
        let proposal = status.proposal
        line("proposal \(proposal.number) [\(proposal.state.rawValue)]: \(proposal.kind.rawValue) \(proposal.classIDs.joined(separator: ", "))\(proposal.effective.map { " effective \($0.iso)" } ?? "")")
        line("by \(proposal.author); base \(proposal.base.hex.prefix(10)), head \(proposal.head.hex.prefix(10))")
        if !proposal.reason.isEmpty { line("\n    \(proposal.reason)") }
        line("\nworkflow \(status.workflow); categories: \(status.categories.map(\.rawValue).joined(separator: ", "))")
        for change in status.changes {
            line("\n\(change.path) [\(change.categories.sorted().map(\.rawValue).joined(separator: ", "))]")
            if let set = change.changes { out += SpecDiffRenderer.text(set, colour: false) }
            for governance in change.governance?.lines ?? [] { line("    \(governance.summary)") }
            for event in change.lineage?.lines ?? [] { line("    \(event.summary)") }
            if change.governance?.lines.isEmpty == true { line("    no change in meaning (order or layout only)") }
        }
        if !status.staleVersions.isEmpty {
            line("\nSTALE: main has changed what this proposal replaces; it cannot be adopted until rebased")
            for stale in status.staleVersions { line("    \(stale.explanation)") }
            for change in status.changesAgainstMain {
                line("\nadopting it as it stands would change \(change.path) against main's version [\(change.categories.sorted().map(\.rawValue).joined(separator: ", "))]")
                if let set = change.changes { out += SpecDiffRenderer.text(set, colour: false) }
            }
        }
        line()
        for stage in status.stages {
            let mark = stage.satisfied ? "done" : stage.rejected ? "rejected" : stage.open ? "waiting" : "not open yet"
            let due = stage.deadline.map { ", \($0.phrase(awaiting: stage.awaitingVotes, at: now))" } ?? ""
            line("stage \(stage.stage) (\(stage.role.rawValue)): \(stage.approvals.count) of \(stage.needed) approvals, \(mark)\(due)")
            for vote in stage.approvals + stage.rejections {
                line("    \(vote.decision.rawValue) by \(vote.voter) on tree \(vote.tree.hex.prefix(10))\(vote.comment.isEmpty ? "" : ": \(vote.comment)")")
            }
        }
        for vote in status.staleVotes { line("dropped by revision: \(vote.decision.rawValue) by \(vote.voter) in \(vote.stage)") }
        for invalid in status.invalidVotes { line("does not count: \(invalid.reason)") }
        if proposal.state == .adopted, let commit = proposal.adoptedAs { line("adopted in \(commit.hex.prefix(10))") }
        out += stillNeeded(status)
        return out
    }

    /// "still needed: …" for an open proposal that cannot be adopted yet; empty otherwise.
    public static func stillNeeded(_ status: ProposalStatus) -> String {
        guard status.proposal.state == .open, NextStep(status) != .adopt(proposal: status.proposal.number) else { return "" }
        return "still needed: \(status.missing.joined(separator: "; "))\n"
    }
}

/// One change to a roster or workflow file in the JSON reports.
public struct GovernanceChangeReport: Codable, Sendable, Equatable {
    /// What kind of change: `person-added`, `role-granted`, `stage-approvals-changed`, ...
    public var change: String
    /// The sentence `clasp proposal N` prints.
    public var summary: String
    public var person: String?
    public var stage: String?

    public init(_ line: GovernanceDiff.Line) {
        change = line.code; summary = line.summary; person = line.person; stage = line.stage
    }
}

/// The changes to one governance file, in `GET …/proposals/{number}`.
public struct GovernanceFileReport: Codable, Sendable, Equatable {
    public var path: String
    public var changes: [GovernanceChangeReport]

    public init(path: String, diff: GovernanceDiff) {
        self.path = path
        changes = diff.lines.map(GovernanceChangeReport.init)
    }
}

/// One vote in the JSON reports.
public struct VoteReport: Encodable, Sendable {
    public var voter: String, role: String, stage: String, decision: String, comment: String, tree: String, at: String

    public init(_ vote: Vote) {
        voter = vote.voter; role = vote.role.rawValue; stage = vote.stage; decision = vote.decision.rawValue
        comment = vote.comment; tree = vote.tree.hex; at = ApprovalTrailer(vote: vote).date
    }
}

/// What a write (propose, vote, revise, withdraw, adopt, comment) did: the lines `clasp` prints
/// for it, and what can be done next. The CLI prints `message` and phrases `next` alike in both modes.
public struct ActionReport: Codable, Sendable {
    public var proposal: ProposalNumber
    public var message: String
    /// The adoption commit, for `adopt`.
    public var commit: String?
    /// What the proposal is now ready for, after a vote or a rebase.
    public var next: NextStep?

    public init(proposal: ProposalNumber, message: String, commit: String? = nil, next: NextStep? = nil) {
        self.proposal = proposal; self.message = message; self.commit = commit; self.next = next
    }

    /// The message with its next step phrased by the face that prints it.
    public func text(nextStep phrase: (NextStep) -> String) -> String {
        message + NextStep.line(next, phrased: phrase)
    }
}

/// One lineage event a proposal adds to or removes from a `class.yaml`.
public struct LineageChangeReport: Encodable, Sendable {
    public var code: String
    public var summary: String
    public var date: String?

    init(_ line: LineageRecordDiff.Line) {
        code = line.code; summary = line.summary; date = line.date?.iso
    }
}
