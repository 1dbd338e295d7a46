import ClaspPlan
import ClaspQueries
import Foundation

/// A stage of an open proposal that still awaits votes, and the people who can cast them: what
/// reminders and the daily digest are made of.
struct AwaitedVote: Sendable {
    var plan: String
    var proposal: Int
    var summary: String
    var link: String
    var stage: String
    var deadline: StageDeadline?
    var voters: [ProposalNotice.Recipient]
    /// When the proposal was last revised, if it was.
    var revisedAt: Date?

    /// The stages of `status` awaiting votes, each with the roster's holders of its role who
    /// did not write the proposal and whose vote in the stage does not already count (an
    /// approval or rejection that stands, or an abstention on the current text).
    static func stages(of status: ProposalStatus, plan: String, roster: Roster) -> [AwaitedVote] {
        let proposal = status.proposal
        let dropped = Set(status.staleVotes.map(\.event))
        return status.stages.filter(\.awaitingVotes).map { stage in
            let counted = Set((stage.approvals + stage.rejections).map(\.voter))
            let abstained = Set(proposal.currentVotes.filter { $0.stage == stage.stage && $0.decision == .abstain && !dropped.contains($0.event) }
                .map(\.voter))
            let voters = roster.holders(of: stage.role).filter { person in
                person.id != proposal.author && !counted.contains(person.id) && !abstained.contains(person.id)
            }
            return AwaitedVote(plan: plan, proposal: proposal.number, summary: ProposalSummary(proposal).what,
                               link: "/plans/\(plan)/proposals/\(proposal.number)", stage: stage.stage, deadline: stage.deadline,
                               voters: voters.map { ProposalNotice.Recipient(id: $0.id, name: $0.name, email: $0.email) },
                               revisedAt: proposal.events.last { $0.kind == .revised }?.at)
        }
    }

    /// The reminder this stage calls for at `now`: `dueSoon` from the day before the due date
    /// through the due day, `overdue` after it; nil without a due date or before then.
    func reminder(at now: Date) -> ProposalNotice? {
        guard let deadline, !voters.isEmpty else { return nil }
        let late = deadline.daysLate(on: deadline.today(at: now))
        guard late >= -1 else { return nil }
        return ProposalNotice(event: late > 0 ? .overdue : .dueSoon, plan: plan, proposal: proposal, summary: summary, stage: stage,
                              recipients: voters, link: link, due: deadline.due.iso)
    }

    /// "your vote is awaited in stage 'committee', due tomorrow (2026-12-15)", as the digest lists it.
    func digestLine(at now: Date) -> String {
        var line = "your vote is awaited in stage '\(stage)'"
        if let deadline {
            let late = deadline.daysLate(on: deadline.today(at: now))
            switch late {
            case ..<(-1): line += ", due \(deadline.due.iso)"
            case -1: line += ", due tomorrow (\(deadline.due.iso))"
            case 0: line += ", due today (\(deadline.due.iso))"
            default: line += ", OVERDUE by \(late) day\(late == 1 ? "" : "s") (due \(deadline.due.iso))"
            }
        }
        return line
    }
}
