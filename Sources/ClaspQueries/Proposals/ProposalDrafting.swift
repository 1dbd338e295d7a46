public import ClaspPlan
public import ClaspSpec
import Foundation

/// Turns what a person hands in (a spec version, or governance files) into a `ProposalDraft`
/// or a revision's files, the same way for `clasp propose` on a local plan and for
/// `POST /api/v1/plans/{plan}/proposals`.
public enum ProposalDrafting {
    /// A draft for one class: the kind defaults to `correct` when the class already has a
    /// version on that date, `revise` when it does not, and `establish` for a new class whose
    /// id is not close to an existing one (a near id is refused with the suggestion).
    public static func draft(_ plan: Plan, classID: String, version: SpecVersion, kind: ChangeKind?, reason: String) throws -> ProposalDraft {
        guard Slug.isValid(classID) else { throw PlanError.invalidClassID(classID) }
        let snapshot = try plan.current()
        let exists = try snapshot.hasClass(classID)
        if !exists && kind == nil {
            // A typo must not open a proposal for a new class beside the one meant.
            let near = ClassIDSuggestions.nearest(to: classID, among: try snapshot.classIDs())
            if !near.isEmpty {
                throw PlanError.invalidInput(ClassIDSuggestions.message(for: classID, among: near)
                    + " To establish a new class with this id, give the kind 'establish'.")
            }
        }
        let onFile = exists ? try snapshot.effectiveDates(classID).contains(version.effective) : false
        let chosen = kind ?? (!exists ? .establish : onFile ? .correct : .revise)
        var built = chosen == .establish ? ProposalDraft.establish(classID, with: version, reason: reason)
            : ProposalDraft.revise(classID, to: version, reason: reason)
        built.kind = chosen
        return built
    }

    /// A governance draft: `content` replaces roster.yaml, or `workflows/<fileName>`.
    public static func governance(kind: ChangeKind, fileName: String, content: String, reason: String) -> ProposalDraft {
        ProposalDraft(kind: kind, classIDs: [], files: [PlanFileWrite(path: governancePath(kind: kind, fileName: fileName), content: content)],
                      effective: nil, reason: reason)
    }

    static func governancePath(kind: ChangeKind, fileName: String) -> String {
        kind == .roster ? "roster.yaml" : "workflows/\(fileName.split(separator: "/").last.map(String.init) ?? fileName)"
    }

    /// The file a revision writes: the spec version of the proposal's class, or the governance file.
    public static func revision(of proposal: Proposal, version: SpecVersion?, content: String?, fileName: String?) throws -> PlanFileWrite {
        switch proposal.kind {
        case .roster, .workflow:
            guard let content else { throw PlanError.invalidInput("a \(proposal.kind.rawValue) proposal is revised with the file's new content") }
            return PlanFileWrite(path: governancePath(kind: proposal.kind, fileName: fileName ?? ""), content: content)
        default:
            guard let classID = proposal.classIDs.first else {
                throw PlanError.invalidInput("proposal \(proposal.number) names no class to revise")
            }
            guard let version else { throw PlanError.invalidInput("a class proposal is revised with a spec version (YAML)") }
            return PlanFileWrite(path: PlanLayout.versionFile(classID, version.effective), content: SpecVersionCodec.encode(version))
        }
    }

    /// The lines `clasp propose` prints.
    public static func openedMessage(_ plan: Plan, _ proposal: Proposal) throws -> String {
        let status = try plan.status(of: proposal.number)
        return "opened proposal \(proposal.number): \(ProposalSummary(proposal).what)\n"
            + "stages: \(status.stages.map { "\($0.stage) (\($0.role.rawValue), \($0.needed))" }.joined(separator: " -> "))\n"
    }

    /// What `clasp vote` and the API report: the vote recorded, what is still needed, and the next step.
    public static func voted(_ plan: Plan, _ number: ProposalNumber, decision: VoteDecision, person: String) throws -> ActionReport {
        let status = try plan.status(of: number)
        return ActionReport(proposal: number, message: "recorded \(decision.rawValue) by \(person) on proposal \(number)\n"
                                + ProposalStatusReport.stillNeeded(status), next: NextStep(status))
    }

    /// The line `clasp revise` prints.
    public static func revisedMessage(_ plan: Plan, _ number: ProposalNumber) throws -> String {
        let status = try plan.status(of: number)
        return "revised proposal \(number); \(Plural.count(status.staleVotes.count, "earlier vote", "earlier votes")) dropped, \(Self.standing(status))\n"
    }

    /// What `clasp rebase` and the API report: what moved under the proposal, which votes
    /// survive, what is still needed, and the next step.
    public static func rebased(_ number: ProposalNumber, status: ProposalStatus) -> ActionReport {
        let head = status.proposal.head.hex.prefix(10)
        return ActionReport(proposal: number, message: "rebased proposal \(number) onto main (new head \(head)); \(Plural.count(status.staleVotes.count, "earlier vote", "earlier votes")) dropped, \(Self.standing(status))\n"
                                + ProposalStatusReport.stillNeeded(status), next: NextStep(status))
    }

    /// "1 approval stands", "3 approvals stand".
    static func standing(_ status: ProposalStatus) -> String {
        let approvals = status.stages.flatMap(\.approvals).count
        return approvals == 1 ? "1 approval stands" : "\(approvals) approvals stand"
    }
}
