import ClaspGit

/// Due dates for lists of proposals: what is awaited, and by when.
extension Plan {
    /// For each open proposal among `listings` with a stage still awaiting votes under a
    /// `due-days` workflow, the deadline of its earliest-due such stage.
    ///
    /// Only proposals whose workflow in force (on their base) gives a stage `due-days` are
    /// evaluated, so a list on a plan without due dates reads no more than before.
    public func awaitedDeadlines(_ listings: [ProposalListing]) throws -> [ProposalNumber: StageDeadline] {
        var timedByBase: [ObjectID: Bool] = [:]
        var deadlines: [ProposalNumber: StageDeadline] = [:]
        for listing in listings where listing.state == .open {
            let timed = try timedByBase[listing.base] ?? workflows(in: listing.base).contains { entry in
                entry.workflow.appliesTo.contains(listing.kind) && entry.workflow.stages.contains { $0.dueDays != nil }
            }
            timedByBase[listing.base] = timed
            guard timed else { continue }
            let status = try evaluate(try proposal(listing.number))
            if let first = status.stages.filter(\.awaitingVotes).compactMap(\.deadline).min(by: { $0.due < $1.due }) {
                deadlines[listing.number] = first
            }
        }
        return deadlines
    }
}
