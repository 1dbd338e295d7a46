public import ClaspSpec

/// Why a proposal, vote or adoption was refused. Each message names the rule that applied and
/// what would satisfy it, in words that hold for every face: the CLI adds its own commands as a
/// hint (`CommandLineHint`), the API and the pages do not.
public enum ApprovalError: Error, Equatable, Sendable, CustomStringConvertible {
    case selfApproval(person: String)
    case notInRoster(person: String)
    case lacksRole(person: String, role: String, stage: String)
    /// The person holds none of the roles of the stages that apply to the proposal.
    case noStageForPerson(person: String, stages: [String])
    case proposalClosed(number: ProposalNumber, state: ProposalState)
    case notApproved(number: ProposalNumber, missing: [String])
    case blocked(by: [String])
    case conflictWithMain(paths: [String])
    case effectiveDateTaken(classID: String, effective: PlanDate, proposal: ProposalNumber)
    case unknownProposal(ProposalNumber)
    case noWorkflow(kind: ChangeKind)
    case invalidProposal(findings: [String])
    /// The files do not fit the change kind (a roster change among class edits, a file outside the plan layout).
    case kindMismatch(kind: ChangeKind, path: String)
    case nothingProposed
    case notPermitted(person: String, action: String, needs: String)
    case alreadyAdopted(number: ProposalNumber, commit: String)
    /// Main adopted a different version where the proposal's change applies since its base.
    case stale(number: ProposalNumber, reasons: [String])
    /// A rebase found places both the proposal and main changed differently; nothing was written.
    case rebaseConflicts(number: ProposalNumber, conflicts: [String])
    case upToDate(number: ProposalNumber)
    /// The stage takes no votes until the stages before it pass.
    case stageNotOpen(stage: String, waitingFor: String)
    /// An administrator's bootstrap write after the plan began governing itself, without an override reason.
    case governed(adoptions: Int)
    /// Adopting the proposal onto the current main would leave a plan `clasp check` rejects
    /// (two proposals, each sound on its own base, that do not fit together).
    case breaksPlan(number: ProposalNumber, findings: [String])

    static func article(_ word: String) -> String {
        word.first.map { "aeiou".contains($0) } == true ? "an" : "a"
    }

    public var description: String {
        switch self {
        case let .selfApproval(person):
            return "\(person) wrote this proposal and authors cannot approve their own proposal; another holder of the stage's role must approve it"
        case let .notInRoster(person):
            return "'\(person)' is not in the roster in force for this proposal (roster.yaml on its base); only the people in it may act on it"
        case let .lacksRole(person, role, stage):
            return "\(person) does not hold the \(role) role that votes in stage '\(stage)'; \(Self.article(role)) \(role) from the roster must vote there"
        case let .noStageForPerson(person, stages):
            return "\(person) holds no role that votes on this proposal; the stages that apply are: \(stages.joined(separator: ", "))"
        case let .proposalClosed(number, state):
            return "proposal \(number) is \(state.rawValue) and takes no more votes, revisions or adoption; open a new proposal to change it further"
        case let .notApproved(number, missing):
            return "proposal \(number) is not approved under its workflow: still needs \(missing.joined(separator: "; "))"
        case let .blocked(reasons):
            return "the proposal is blocked: \(reasons.joined(separator: "; ")); a rejected proposal must be revised before it can be adopted"
        case let .conflictWithMain(paths):
            return "main changed the same files since this proposal's base (\(paths.joined(separator: ", "))); rebase it onto main to carry its change over, or withdraw it"
        case let .effectiveDateTaken(classID, effective, proposal):
            return "open proposal \(proposal) already changes \(classID) effective \(effective); one open proposal per class and date: vote on, revise or withdraw \(proposal) first"
        case let .unknownProposal(number):
            return "there is no proposal \(number)"
        case let .noWorkflow(kind):
            return "no workflow in force applies to '\(kind.rawValue)' changes; add one to workflows/ whose applies-to lists it"
        case let .invalidProposal(findings):
            return "the proposed files fail validation: \(findings.joined(separator: "; ")) (fix them; the plan check's rules apply)"
        case let .kindMismatch(kind, path):
            return "a '\(kind.rawValue)' proposal may not change \(path): class kinds change classes/, roster changes roster.yaml, workflow changes workflows/"
        case .nothingProposed:
            return "the proposal changes nothing on its base; give files that differ from main"
        case let .notPermitted(person, action, needs):
            return "\(person) may not \(action): that needs the \(needs) role in the roster"
        case let .alreadyAdopted(number, commit):
            return "proposal \(number) was already adopted in \(commit.prefix(10)); each proposal is adopted once"
        case let .stale(number, reasons):
            return "proposal \(number) is stale: \(reasons.joined(separator: "; ")); adopting it as it stands would also undo what main adopted, so rebase it onto main first and let its voters see the result"
        case let .rebaseConflicts(number, conflicts):
            return "proposal \(number) cannot be rebased onto main without choosing between its change and main's: \(conflicts.joined(separator: "; ")); revise it by hand against the current main"
        case let .upToDate(number):
            return "proposal \(number) is already based on the current main; there is nothing to rebase"
        case let .stageNotOpen(stage, waitingFor):
            return "stage '\(stage)' is not open yet: stage '\(waitingFor)' must pass first (stages vote in the workflow's order)"
        case let .breaksPlan(number, findings):
            return "adopting proposal \(number) onto the current main would leave the plan failing its check: \(findings.joined(separator: "; ")); nothing was written: revise or withdraw it"
        case let .governed(adoptions):
            return "the plan has adopted \(adoptions == 1 ? "a proposal" : "proposals"), so its classes change only through proposals; an administrator may still import with --override-reason \"…\", which is recorded and reported by the audit unless the workflow in force allows administrator imports"
        }
    }
}
