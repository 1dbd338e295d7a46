public import ClaspGit
public import ClaspSpec
import Foundation

/// A proposal as its meta log tells it: what was asked, by whom, on which base, its current
/// head and every event since.
public struct Proposal: Equatable, Sendable {
    public var number: ProposalNumber
    public var kind: ChangeKind
    public var classIDs: [String]
    public var effective: PlanDate?
    public var reason: String
    /// The roster id of the person who opened it.
    public var author: String
    public var state: ProposalState
    /// The commit of main the proposal was made against.
    public var base: ObjectID
    /// The commit holding the proposed tree (latest revision).
    public var head: ObjectID
    public var events: [ProposalEvent]
    /// The commit on main that adopted it.
    public var adoptedAs: ObjectID?
    /// The newest meta commit read.
    public var meta: ObjectID

    /// The latest vote of each voter in each stage, oldest first: a later vote replaces an
    /// earlier one (both stay in the log).
    public var currentVotes: [Vote] {
        var latest: [String: Vote] = [:]
        var order: [String] = []
        for vote in votes {
            let key = "\(vote.stage)\u{0}\(vote.voter)"
            if latest[key] == nil { order.append(key) }
            latest[key] = vote
        }
        return order.compactMap { latest[$0] }
    }

    /// Every vote in the log, oldest first.
    public var votes: [Vote] {
        events.compactMap { event in
            guard event.kind == .vote,
                  let roleText = event.trailer(.role), let role = Role(rawValue: roleText),
                  let stage = event.trailer(.stage),
                  let decisionText = event.trailer(.decision), let decision = VoteDecision(rawValue: decisionText),
                  let tree = event.trailer(.tree).flatMap(ObjectID.init(hex:)) else { return nil }
            return Vote(voter: event.person, role: role, stage: stage, decision: decision, comment: event.text,
                        tree: tree, at: event.at, event: event.commit)
        }
    }

    /// The refs of proposal `number`.
    public static func metaRef(_ number: ProposalNumber) -> String { "refs/proposals/\(number)/meta" }
    public static func headRef(_ number: ProposalNumber) -> String { "refs/proposals/\(number)/head" }
    static let refPrefix = "refs/proposals/"
}
