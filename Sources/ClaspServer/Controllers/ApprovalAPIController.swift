import ClaspPlan
import ClaspQueries
import ClaspSpec
import Foundation
import Hummingbird

/// The approval routes of the JSON API: proposals, votes, adoption, blame and the audit. The
/// caller acts as their account id, which is their roster id; every rule (who may propose,
/// vote in which stage, adopt, withdraw) is the library's, applied to the roster in force.
struct ApprovalAPIController {
    let services: ServerServices

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        let plan = routes.group("/plans/{plan}", context: PlanMemberContext.self)
        plan.get("/proposals", use: list)
        plan.post("/proposals", use: propose)
        plan.get("/proposals/{number}", use: proposal)
        plan.get("/proposals/{number}/status", use: status)
        plan.post("/proposals/{number}/votes", use: vote)
        plan.post("/proposals/{number}/comments", use: comment)
        plan.post("/proposals/{number}/revisions", use: revise)
        plan.post("/proposals/{number}/withdraw", use: withdraw)
        plan.post("/proposals/{number}/rebase", use: rebase)
        plan.post("/proposals/{number}/adopt", use: adopt)
        plan.get("/classes/{class}/blame", use: blame)
        plan.get("/audit/verify", use: auditVerify)
        plan.get("/audit/export", use: auditExport)
        return routes
    }

    /// `?state=open|adopted|withdrawn`, `?awaiting=true` (only those awaiting the caller's vote).
    @Sendable func list(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let query = request.query
        let format = try query.format(["json", "text"])
        let state: ProposalState? = try query.string("state").map { text in
            guard let state = ProposalState(rawValue: text) else {
                throw PlanError.invalidInput("state '\(text)' is not one of: open, adopted, withdrawn")
            }
            return state
        }
        let summaries = try await context.withPlan { plan in
            try ProposalSummary.list(query.flag("awaiting")
                ? plan.awaitingVote(of: context.identity.accountID).map(\.proposal).filter { state == nil || $0.state == state }
                    .map(ProposalListing.init)
                : plan.proposalListings(state: state), in: plan)
        }
        return try format == "text" ? APIController.text(ProposalSummary.text(summaries, state: state)) : APIController.json(summaries)
    }

    @Sendable func proposal(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let number = try Self.number(context)
        return try await APIController.json(context.withPlan { plan in
            let proposal = try plan.proposal(number)
            var summary = ProposalSummary(proposal)
            summary.setDeadline(try plan.awaitedDeadlines([ProposalListing(proposal)])[number])
            if proposal.kind.isGovernance {
                summary.governance = try plan.governanceDiffs(of: number).map { GovernanceFileReport(path: $0.path, diff: $0.diff) }
            }
            return summary
        })
    }

    @Sendable func status(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let number = try Self.number(context)
        let format = try request.query.format(["json", "text"])
        let status = try await context.withPlan { try $0.status(of: number) }
        let report = ProposalStatusReport(status)
        return try format == "text" ? APIController.text(report.text(nextStep: \.plainText)) : APIController.json(report)
    }

    @Sendable func propose(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let body = try await APIController.decode(ProposeRequest.self, from: request, limit: context.maxUploadSize)
        let person = context.identity.accountID
        let report = try await context.withPlan { plan -> ActionReport in
            let proposal = try plan.propose(try body.draft(plan), by: person)
            return ActionReport(proposal: proposal.number, message: try ProposalDrafting.openedMessage(plan, proposal))
        }
        return try APIController.json(report, status: .created)
    }

    @Sendable func vote(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let number = try Self.number(context)
        let body = try await APIController.decode(VoteRequest.self, from: request, limit: context.maxUploadSize)
        let decision = try body.decisionValue()
        let person = context.identity.accountID
        return try await APIController.json(context.withPlan { plan in
            try plan.vote(number, decision, comment: body.comment ?? "", by: person, stage: body.stage)
            return try ProposalDrafting.voted(plan, number, decision: decision, person: person)
        })
    }

    @Sendable func comment(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let number = try Self.number(context)
        let body = try await APIController.decode(CommentRequest.self, from: request, limit: context.maxUploadSize)
        guard !body.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw PlanError.invalidInput("a comment needs text") }
        let person = context.identity.accountID
        return try await APIController.json(context.withPlan { plan in
            try plan.comment(number, body.text, by: person)
            return ActionReport(proposal: number, message: "commented on proposal \(number)\n")
        })
    }

    @Sendable func revise(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let number = try Self.number(context)
        let body = try await APIController.decode(ReviseRequest.self, from: request, limit: context.maxUploadSize)
        let person = context.identity.accountID
        return try await APIController.json(context.withPlan { plan in
            let proposal = try plan.proposal(number)
            let version = try body.spec.map { try SpecVersionCodec.decode($0, file: "spec") }
            let write = try ProposalDrafting.revision(of: proposal, version: version, content: body.content, fileName: body.fileName)
            try plan.revise(number, files: [write], reason: body.reason ?? "Revised", by: person)
            return ActionReport(proposal: number, message: try ProposalDrafting.revisedMessage(plan, number))
        })
    }

    @Sendable func withdraw(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let number = try Self.number(context)
        let person = context.identity.accountID
        return try await APIController.json(context.withPlan { plan in
            try plan.withdraw(number, by: person)
            return ActionReport(proposal: number, message: "withdrew proposal \(number)\n")
        })
    }

    /// Carries a stale proposal's change onto the current main (`Plan.rebase`).
    @Sendable func rebase(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let number = try Self.number(context)
        let person = context.identity.accountID
        return try await APIController.json(context.withPlan { plan in
            let status = try plan.rebase(number, by: person)
            return ProposalDrafting.rebased(number, status: status)
        })
    }

    @Sendable func adopt(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let number = try Self.number(context)
        let person = context.identity.accountID
        var request = request
        let body = try await request.readBody(upTo: context.maxUploadSize)
        let act = try body.readableBytes == 0 ? AdoptionAct() : JSONDecoder().decode(AdoptRequest.self, from: Data(body.readableBytesView)).act()
        return try await APIController.json(context.withPlan { plan in
            let commit = try plan.adopt(number, by: person, act: act)
            return ActionReport(proposal: number, message: "adopted proposal \(number) as \(commit.hex)\n", commit: commit.hex)
        })
    }

    @Sendable func blame(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let format = try request.query.format(["json", "text"])
        let classID = try context.parameters.require("class")
        guard Slug.isValid(classID) else { throw PlanError.unknownClass(classID) }
        let entries = try await context.withPlan { try $0.blame(ofClass: classID) }.map(BlameReport.init)
        return try format == "text" ? APIController.text(BlameReport.text(entries)) : APIController.json(entries)
    }

    @Sendable func auditVerify(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let format = try request.query.format(["json", "text"])
        let report = AuditVerifyReport(try await context.hosting.auditVerify(context.planID))
        return try format == "text" ? APIController.text(report.text) : APIController.json(report)
    }

    /// `?format=csv|json` with the audit page's filters (`class`, `person`, `kind`, `from`, `to`).
    @Sendable func auditExport(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let query = request.query
        let format = try query.format(["csv", "json"])
        let records = try await AuditFilter(query: query).apply(context.hosting.auditRecords(context.planID))
        return try format == "csv" ? APIController.text(AuditExport.csv(records), type: "text/csv; charset=utf-8") : APIController.json(records)
    }

    /// The proposal number of the path: digits only, so `..`, `%2F` and the like are simply unknown.
    static func number(_ context: PlanMemberContext) throws -> ProposalNumber {
        let text = context.parameters.get("number") ?? ""
        guard !text.isEmpty, text.count < 10, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber), let number = Int(text), number > 0 else {
            throw APIError(status: 404, code: "unknown-proposal", message: "there is no proposal '\(text)': proposals are numbered 1, 2, 3, …")
        }
        return number
    }
}
