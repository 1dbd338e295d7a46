public import ClaspSpec
public import Foundation

/// When a stage with `due-days` opened and the day its votes are due, in the plan's time zone.
///
/// A stage opens when the proposal is opened (the first stage, or every stage of a parallel
/// workflow) or at the vote that completed the stages before it. Both instants come from the
/// meta log's commit times, so every reader derives the same dates. A revision does not move
/// the clock: an author cannot buy time by editing. When a substantive revision drops the
/// approvals that passed an earlier stage, the later stages close; they reopen, with a new due
/// date, at the vote that passes the earlier stage again.
public struct StageDeadline: Equatable, Sendable {
    /// The instant the stage opened.
    public var opened: Date
    /// The calendar day it opened on.
    public var openedOn: PlanDate
    /// The last day to vote: `openedOn` plus the stage's `due-days`.
    public var due: PlanDate
    /// The plan's time zone, in which "today" is read.
    public var timeZone: String

    /// The calendar day `now` falls on in the plan's time zone.
    public func today(at now: Date) -> PlanDate { RecordedTime.day(of: now, timeZone: timeZone) }

    /// Days past the due date on `today`: positive once overdue, 0 on the due day, negative before.
    public func daysLate(on today: PlanDate) -> Int { today.days(since: due) }

    /// "due 2026-12-15", or for a stage still awaiting votes past it, "overdue by 3 days (due 2026-12-12)".
    public func phrase(awaiting: Bool, at now: Date) -> String {
        let late = daysLate(on: today(at: now))
        guard awaiting, late > 0 else { return "due \(due.iso)" }
        return "overdue by \(late) day\(late == 1 ? "" : "s") (due \(due.iso))"
    }

    /// The deadlines of a proposal's applicable stages, in order (nil for a stage without
    /// `due-days` or not open).
    ///
    /// - Parameters:
    ///   - stages: the tallied stages, in workflow order.
    ///   - dueDays: each stage's `due-days`.
    ///   - openedAt: when the proposal was opened.
    static func deadlines(_ stages: [StageStatus], dueDays: [Int?], parallel: Bool, openedAt: Date, timeZone: String) -> [StageDeadline?] {
        var opens = openedAt
        var deadlines: [StageDeadline?] = []
        for (index, stage) in stages.enumerated() {
            if !parallel, index > 0 {
                // Open only once every earlier stage passed: then at the latest of their completions.
                opens = max(opens, completion(of: stages[index - 1]) ?? opens)
            }
            guard stage.open, let days = dueDays[index] else { deadlines.append(nil); continue }
            let day = RecordedTime.day(of: opens, timeZone: timeZone)
            deadlines.append(StageDeadline(opened: opens, openedOn: day, due: day.adding(days: days), timeZone: timeZone))
        }
        return deadlines
    }

    /// The time of the counting vote with which a satisfied stage first passed; nil when it has not.
    static func completion(of stage: StageStatus) -> Date? {
        guard stage.satisfied else { return nil }
        var partial = stage
        partial.approvals = []
        partial.rejections = []
        for vote in (stage.approvals + stage.rejections).sorted(by: { $0.at < $1.at }) {
            if vote.decision == .reject { partial.rejections.append(vote) } else { partial.approvals.append(vote) }
            if partial.satisfied { return vote.at }
        }
        return (stage.approvals + stage.rejections).map(\.at).max()
    }
}
