import ClaspGit
import Foundation

/// What the newest commit of a meta log says about its proposal without walking the log: the
/// `State:` trailer every event since it was introduced carries.
///
/// Listings and the effective-date check use it to skip closed proposals after one commit read;
/// logs written before the trailer existed have none and are walked as before. The audit never
/// relies on it: it re-derives every state from the whole log.
enum ProposalTip {
    static let stateTrailer = TrailerKey.state

    /// The state a log is in once an event of `kind` is its newest; `otherwise` for a comment,
    /// which leaves the state as it was.
    static func state(after kind: ProposalEvent.Kind, otherwise: ProposalState) -> ProposalState {
        switch kind {
        case .opened, .revised, .vote: .open
        case .withdrawn: .withdrawn
        case .adopted: .adopted
        case .comment: otherwise
        }
    }

    /// The state the tip commit records, or nil for a log written before `State:` existed (or
    /// a tip that is not a Clasp event).
    static func recordedState(of tip: ObjectID, in repository: Repository) throws -> ProposalState? {
        let commit = try repository.readCommit(tip)
        return commit.trailers.last { $0.hasKey(stateTrailer) }.flatMap { ProposalState(rawValue: $0.value) }
    }
}
