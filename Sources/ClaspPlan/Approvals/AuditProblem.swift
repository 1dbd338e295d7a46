public import ClaspGit

/// One thing `audit verify` found wrong with a commit on main or a proposal's log: typed, so
/// callers and tests match the case, with the sentence an auditor reads as its description.
public enum AuditProblem: Equatable, Sendable, CustomStringConvertible {
    // Commits that are not what Clasp writes.
    case rootNotPlanCreation
    case notAnAdoption(summary: String, author: String, email: String)
    case proposalNotANumber(String)
    case bootstrapWithSeveralParents
    case bootstrapNotByAdministrator(author: String, email: String)
    case bootstrapChangesGovernance(paths: [String])
    /// An administrator import after the first adoption, which no workflow in force allowed.
    case importBypassedWorkflow(reason: String?)
    // An adoption's record against its proposal's log.
    case metaMissing(ProposalNumber)
    case noProposalMeta(ProposalNumber)
    case metaRewritten(ProposalNumber, judged: ObjectID)
    case interruptedAdoption(ProposalNumber)
    case notOpenWhenJudged(ProposalNumber, state: ProposalState)
    case headMismatch(ProposalNumber)
    case baseNotOnMain(ProposalNumber)
    case adoptedTwice(ProposalNumber, earlier: ObjectID)
    case logClaimsAdoption(ProposalNumber, commit: ObjectID)
    case unreadableLog(ProposalNumber, error: String)
    // An adoption judged by its workflow.
    case workflowNotInForce(recorded: String?, inForce: String)
    case voteDoesNotCount(voter: String, reason: String)
    case notApproved(workflow: String, missing: [String])
    case approvalsNotBackedByVotes([String])
    case approvalsNotListed([String])
    // What was adopted against what was voted on.
    case contentDiffers(paths: [String])
    case staleAdoption(explanation: String)
    // Signatures the roster in force requires: an adoption by its adopter, a counted vote by
    // its voter, a bootstrap by its administrator, each with the key the roster lists for them.
    case unsignedAdoption(adopter: String)
    case badAdoptionSignature(adopter: String, reason: String)
    case unsignedVote(voter: String, event: ObjectID)
    case badVoteSignature(voter: String, event: ObjectID, reason: String)
    case unsignedBootstrap(administrator: String)
    case badBootstrapSignature(administrator: String, reason: String)

    public var description: String {
        switch self {
        case .rootNotPlanCreation:
            return "root commit is not a plan creation (no `Change: create-plan` trailer)"
        case let .notAnAdoption(summary, author, email):
            return "not an adoption: commit '\(summary)' by \(author) <\(email)> has no Proposal: trailer (made outside Clasp, e.g. with plain git commit)"
        case let .proposalNotANumber(text):
            return "Proposal: trailer '\(text)' is not a number"
        case .bootstrapWithSeveralParents:
            return "forged bootstrap: a bootstrap has exactly one parent"
        case let .bootstrapNotByAdministrator(author, email):
            return "forged bootstrap: made by \(author) <\(email)>, not by an administrator of the roster in force"
        case let .bootstrapChangesGovernance(paths):
            return "bootstrap changes governance files (\(paths.joined(separator: ", "))); those change only through adoption"
        case let .importBypassedWorkflow(reason):
            return "administrator import after the plan began adopting proposals, \(reason.map { "with the reason '\($0)'" } ?? "without a reason"): it bypassed the approval workflow, which does not allow administrator imports"
        case let .metaMissing(number):
            return "meta ref \(Proposal.metaRef(number)) is missing: the votes behind this adoption cannot be checked"
        case let .noProposalMeta(number):
            return "adoption of proposal \(number) has no Proposal-Meta: trailer naming the log it was judged on"
        case let .metaRewritten(number, judged):
            return "meta ref \(Proposal.metaRef(number)) was rewritten: the log this adoption was judged on (\(judged.hex.prefix(10))) is no longer in it"
        case let .interruptedAdoption(number):
            return "proposal \(number)'s log has no 'adopted' event for this commit (an interrupted adoption: adopting proposal \(number) again completes it; in a copy, fetch from the origin again instead)"
        case let .notOpenWhenJudged(number, state):
            return "proposal \(number) was \(state.rawValue) when this adoption was judged"
        case let .headMismatch(number):
            return "Proposal-Head: does not match the head in proposal \(number)'s log"
        case let .baseNotOnMain(number):
            return "proposal \(number)'s base is not on main before this adoption"
        case let .adoptedTwice(number, earlier):
            return "proposal \(number) was already adopted in \(earlier.hex.prefix(10)); adopted twice"
        case let .logClaimsAdoption(number, commit):
            return "proposal \(number)'s log says it was adopted in \(commit.hex.prefix(10)), which is not an adoption on main"
        case let .unreadableLog(number, error):
            return "\(Proposal.metaRef(number)): \(error)"
        case let .workflowNotInForce(recorded, inForce):
            return "Workflow: trailer '\(recorded ?? "missing")' is not the workflow in force (\(inForce))"
        case let .voteDoesNotCount(voter, reason):
            return "vote by \(voter) does not count: \(reason)"
        case let .notApproved(workflow, missing):
            return "votes do not satisfy workflow '\(workflow)': \(missing.joined(separator: "; "))"
        case let .approvalsNotBackedByVotes(values):
            return "Approved-by: trailers not backed by votes in the log: \(values.joined(separator: "; "))"
        case let .approvalsNotListed(values):
            return "approvals that count are missing from the Approved-by: trailers: \(values.joined(separator: "; "))"
        case let .contentDiffers(paths):
            return "adopted content differs from what was voted on in \(paths.joined(separator: ", "))"
        case let .unsignedAdoption(adopter):
            return "adoption is not signed, but the roster in force lists a signing key for its adopter \(adopter)"
        case let .badAdoptionSignature(adopter, reason):
            return "adoption's signature is not a valid signature by its adopter \(adopter)'s roster key: \(reason)"
        case let .unsignedVote(voter, event):
            return "vote by \(voter) (event \(event.hex.prefix(10))) is not signed, but the roster in force lists a signing key for them"
        case let .badVoteSignature(voter, event, reason):
            return "vote by \(voter) (event \(event.hex.prefix(10))) is not validly signed with their roster key: \(reason)"
        case let .unsignedBootstrap(administrator):
            return "bootstrap is not signed, but the roster in force lists a signing key for its administrator \(administrator)"
        case let .badBootstrapSignature(administrator, reason):
            return "bootstrap's signature is not a valid signature by its administrator \(administrator)'s roster key: \(reason)"
        case let .staleAdoption(explanation):
            return "adopted a change its voters did not see: \(explanation), so adopting it also changed what main had adopted there (a stale proposal adopted without a rebase)"
        }
    }

    /// A stable name for the case, for JSON and exports.
    public var code: String {
        switch self {
        case .rootNotPlanCreation: "root-not-plan-creation"
        case .notAnAdoption: "not-an-adoption"
        case .proposalNotANumber: "proposal-not-a-number"
        case .bootstrapWithSeveralParents, .bootstrapNotByAdministrator, .bootstrapChangesGovernance: "forged-bootstrap"
        case .importBypassedWorkflow: "import-bypassed-workflow"
        case .metaMissing: "meta-missing"
        case .noProposalMeta: "no-proposal-meta"
        case .metaRewritten: "meta-rewritten"
        case .interruptedAdoption: "interrupted-adoption"
        case .notOpenWhenJudged: "not-open-when-judged"
        case .headMismatch: "head-mismatch"
        case .baseNotOnMain: "base-not-on-main"
        case .adoptedTwice: "adopted-twice"
        case .logClaimsAdoption: "log-claims-adoption"
        case .unreadableLog: "unreadable-log"
        case .workflowNotInForce: "workflow-not-in-force"
        case .voteDoesNotCount: "vote-does-not-count"
        case .notApproved: "not-approved"
        case .approvalsNotBackedByVotes: "approvals-not-backed-by-votes"
        case .approvalsNotListed: "approvals-not-listed"
        case .contentDiffers: "content-differs"
        case .staleAdoption: "stale-adoption"
        case .unsignedAdoption: "unsigned-adoption"
        case .badAdoptionSignature: "bad-adoption-signature"
        case .unsignedVote: "unsigned-vote"
        case .badVoteSignature: "bad-vote-signature"
        case .unsignedBootstrap: "unsigned-bootstrap"
        case .badBootstrapSignature: "bad-bootstrap-signature"
        }
    }
}
