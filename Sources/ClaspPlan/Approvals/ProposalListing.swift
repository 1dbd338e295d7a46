public import ClaspGit
public import ClaspSpec

/// A proposal as a list of proposals shows it: what its meta log says now, without the events.
///
/// Every field is a function of the log's tip, so the index caches it per tip
/// (`ProposalTipCache`) and a listing of every proposal reads only the logs that moved.
public struct ProposalListing: Equatable, Sendable {
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
    /// The commit on main that adopted it.
    public var adoptedAs: ObjectID?
}

// In an extension, so the struct keeps its memberwise initialiser (the index builds listings
// from stored rows with it).
extension ProposalListing {
    public init(_ proposal: Proposal) {
        self.init(number: proposal.number, kind: proposal.kind, classIDs: proposal.classIDs, effective: proposal.effective,
                  reason: proposal.reason, author: proposal.author, state: proposal.state, base: proposal.base,
                  head: proposal.head, adoptedAs: proposal.adoptedAs)
    }
}
