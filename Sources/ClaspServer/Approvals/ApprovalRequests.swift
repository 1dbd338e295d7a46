import ClaspPlan
import ClaspQueries
import ClaspSpec
import Foundation

/// `POST …/proposals`: a spec version as YAML text (`spec`, for a class), or governance
/// content (`content` with `fileName` for a workflow), with the kind, effective date and reason.
struct ProposeRequest: Decodable {
    var classID: String?
    var kind: String?
    var effective: String?
    var reason: String
    var spec: String?
    var content: String?
    var fileName: String?
    /// A lineage change (retitle, merge, split, abolish, reinstate) instead of a spec version.
    var lineage: LineageRequest?
    /// For a lineage change: the successor classes' versions as YAML text, by class id.
    var specs: [String: String]?

    enum CodingKeys: String, CodingKey { case classID = "class", kind, effective, reason, spec, content, fileName, lineage, specs }

    func draft(_ plan: Plan) throws -> ProposalDraft {
        if let lineage { return try lineageDraft(lineage, plan) }
        let kind = try self.kind.map { text -> ChangeKind in
            guard let kind = ChangeKind(rawValue: text) else {
                throw PlanError.invalidInput("kind '\(text)' is not one of: \(ChangeKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return kind
        }
        if let kind, kind.isGovernance {
            guard let content else { throw PlanError.invalidInput("a \(kind.rawValue) proposal needs 'content', the new file") }
            return ProposalDrafting.governance(kind: kind, fileName: fileName ?? "", content: content, reason: reason)
        }
        guard let classID else { throw PlanError.invalidInput("name the class: 'class'") }
        guard let spec else { throw PlanError.invalidInput("give the proposed version as YAML text: 'spec'") }
        let version = try SpecVersionCodec.decode(spec, file: "spec")
        if let effective {
            guard let date = PlanDate(iso: effective) else { throw PlanError.invalidInput("effective '\(effective)' is not a date (YYYY-MM-DD)") }
            guard date == version.effective else {
                throw PlanError.invalidInput("the spec says it is effective \(version.effective), but 'effective' is \(date)")
            }
        }
        return try ProposalDrafting.draft(plan, classID: classID, version: version, kind: kind, reason: reason)
    }
}

/// The lineage part of `POST …/proposals`: `{"change": "merge", "classes": [...], "into": [...]}`,
/// `{"change": "retitle", "classes": ["x"], "title": "New Title", "newId": "y"}`.
struct LineageRequest: Decodable {
    var change: String
    var classes: [String]
    var into: [String]?
    var title: String?
    var newID: String?

    enum CodingKeys: String, CodingKey { case change, classes, into, title, newID = "newId" }
}

extension ProposeRequest {
    func lineageDraft(_ lineage: LineageRequest, _ plan: Plan) throws -> ProposalDraft {
        guard let kind = ChangeKind(rawValue: lineage.change) else {
            throw PlanError.invalidInput("change '\(lineage.change)' is not one of: retitle, merge, split, abolish, reinstate")
        }
        guard spec == nil, content == nil else {
            throw PlanError.invalidInput("a lineage change gives its successors' versions in 'specs' (by class id), not 'spec' or 'content'")
        }
        guard let effective else { throw PlanError.invalidInput("a lineage change needs 'effective', the date it takes effect (YYYY-MM-DD)") }
        guard let date = PlanDate(iso: effective) else { throw PlanError.invalidInput("effective '\(effective)' is not a date (YYYY-MM-DD)") }
        let change = try LineageChange(kind: kind, classes: lineage.classes, into: lineage.into ?? [], title: lineage.title, newID: lineage.newID)
        let versions = try (specs ?? [:]).mapValues { try SpecVersionCodec.decode($0, file: "spec") }
        return try plan.lineageDraft(change, effective: date, specs: versions, reason: reason)
    }
}

/// `POST …/proposals/{number}/adopt`: the approving act, optional (`{}` adopts without one).
struct AdoptRequest: Decodable {
    var resolution: String?
    var meeting: String?

    func act() throws -> AdoptionAct {
        let meeting = try self.meeting.flatMap { $0.isEmpty ? nil : $0 }.map { text -> PlanDate in
            guard let date = PlanDate(iso: text) else { throw PlanError.invalidInput("meeting '\(text)' is not a date (YYYY-MM-DD)") }
            return date
        }
        return AdoptionAct(resolution: resolution.flatMap { $0.isEmpty ? nil : $0 }, meeting: meeting)
    }
}

/// `POST …/proposals/{number}/votes`.
struct VoteRequest: Decodable {
    var decision: String
    var comment: String?
    var stage: String?

    func decisionValue() throws -> VoteDecision {
        guard let value = VoteDecision(rawValue: decision) else {
            throw PlanError.invalidInput("decision '\(decision)' is not one of: approve, reject, abstain")
        }
        return value
    }
}

/// `POST …/proposals/{number}/comments`.
struct CommentRequest: Decodable {
    var text: String
}

/// `POST …/proposals/{number}/revisions`: a new spec version (`spec`), or governance content.
struct ReviseRequest: Decodable {
    var spec: String?
    var content: String?
    var fileName: String?
    var reason: String?
}
