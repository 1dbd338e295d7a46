import ClaspPlan
import ClaspQueries
import ClaspSpec
import Foundation
import Hummingbird

/// The committee's and auditors' pages: the proposals queue, a proposal with its diff and the
/// vote, adopt and withdraw forms, the audit report with its exports, and a class's blame.
/// Forms post with the session's CSRF token (`CSRFMiddleware` refuses them otherwise) and the
/// library judges every action against the roster in force.
struct ProposalPageController {
    let services: ServerServices

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        let plan = routes.group("/plans/{plan}", context: PlanMemberContext.self)
        plan.get("/proposals", use: list)
        plan.get("/proposals/{number}", use: proposal)
        plan.post("/proposals/{number}/vote", use: vote)
        plan.post("/proposals/{number}/comment", use: comment)
        plan.post("/proposals/{number}/adopt", use: adopt)
        plan.post("/proposals/{number}/withdraw", use: withdraw)
        plan.post("/proposals/{number}/rebase", use: rebase)
        plan.get("/audit", use: audit)
        plan.get("/audit/export", use: auditExport)
        plan.get("/classes/{class}/blame", use: blame)
        return routes
    }

    @Sendable func list(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let stateText = request.query.string("state")
        let state = try stateText.map { text -> ProposalState in
            guard let state = ProposalState(rawValue: text) else { throw PlanError.invalidInput("state '\(text)' is not one of: open, adopted, withdrawn") }
            return state
        }
        let body = try await context.withPlan { plan in
            try ProposalListPage(plan: plan, planID: context.planID, person: context.identity.accountID, state: state).body()
        }
        return PageLayout.page(title: "Proposals", identity: context.identity, plan: context.planID, body: body)
    }

    @Sendable func proposal(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let number = try ApprovalAPIController.number(context)
        let (status, charts, texts, names, zone) = try await context.withPlan { plan in
            let status = try plan.status(of: number)
            let head = try plan.snapshot(commit: status.proposal.head)
            var texts: [String: SpecVersion] = [:]
            for change in status.changes {
                guard let classID = change.classID, let effective = change.effective else { continue }
                texts[change.path] = try? head.version(classID, effective: effective)
            }
            let current = try plan.current()
            let names = try current.roster().namesByID
            return (status, try ProposalLineageCharts(plan, status: status), texts, names, try current.config().timeZone)
        }
        var page = ProposalPage(status: status, planID: context.planID, person: context.person,
                                csrf: context.identity.session?.csrfToken, notice: Self.notices[request.query.string("done") ?? ""])
        page.lineageCharts = charts
        page.proposedTexts = texts
        page.names = names
        page.timeZone = zone
        return PageLayout.page(title: page.title, identity: context.identity, plan: context.planID, body: page.body())
    }

    static let notices = ["vote": "Your vote is recorded.", "comment": "Your comment is recorded.",
                          "adopt": "Adopted onto main.", "withdraw": "The proposal is withdrawn.",
                          "rebase": "Rebased onto main: review the changes again before voting.",
                          "opened": "The proposal is open: the stages below say who votes next.",
                          "revised": "The proposal is revised: votes on the earlier text count only as its workflow allows."]

    @Sendable func vote(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let number = try ApprovalAPIController.number(context)
        let form = try await Self.form(request, context: context)
        guard let decision = form["decision"].flatMap(VoteDecision.init(rawValue:)) else {
            throw PlanError.invalidInput("choose approve, reject or abstain")
        }
        try await context.withPlan { try $0.vote(number, decision, comment: form["comment"] ?? "", by: context.identity.accountID) }
        return Self.back(context, number, done: "vote")
    }

    @Sendable func comment(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let number = try ApprovalAPIController.number(context)
        let text = (try await Self.form(request, context: context))["text"] ?? ""
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw PlanError.invalidInput("a comment needs text") }
        try await context.withPlan { try $0.comment(number, text, by: context.identity.accountID) }
        return Self.back(context, number, done: "comment")
    }

    @Sendable func adopt(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let number = try ApprovalAPIController.number(context)
        let form = try await Self.form(request, context: context)
        // The role is judged before the confirmation, so a refusal is about the person.
        try context.requireAnalystOrAdministrator(to: "adopt proposals", needs: "analyst or administrator")
        guard form["confirm"] == "yes" else {
            throw PlanError.invalidInput("tick the confirmation to adopt proposal \(number): adopting writes it onto main for good")
        }
        let act = try AdoptRequest(resolution: form["resolution"], meeting: form["meeting"]).act()
        _ = try await context.withPlan { try $0.adopt(number, by: context.identity.accountID, act: act) }
        return Self.back(context, number, done: "adopt")
    }

    @Sendable func withdraw(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let number = try ApprovalAPIController.number(context)
        try await context.withPlan { try $0.withdraw(number, by: context.identity.accountID) }
        return Self.back(context, number, done: "withdraw")
    }

    @Sendable func rebase(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let number = try ApprovalAPIController.number(context)
        _ = try await context.withPlan { try $0.rebase(number, by: context.identity.accountID) }
        return Self.back(context, number, done: "rebase")
    }

    @Sendable func audit(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let filter = try AuditFilter(query: request.query)
        // Both kept by the hosting until the plan moves, so changing the filters costs no audit.
        let report = AuditVerifyReport(try await context.hosting.auditVerify(context.planID))
        let records = filter.apply(try await context.hosting.auditRecords(context.planID))
        let page = AuditPage(planID: context.planID, report: report, records: records, filter: filter)
        return PageLayout.page(title: "Audit", identity: context.identity, plan: context.planID, body: page.body())
    }

    /// The filtered rows as a download (`?format=csv|json`).
    @Sendable func auditExport(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let format = try request.query.format(["csv", "json"])
        let records = try await AuditFilter(query: request.query).apply(context.hosting.auditRecords(context.planID))
        var response = try format == "csv" ? APIController.text(AuditExport.csv(records), type: "text/csv; charset=utf-8")
            : APIController.json(records)
        response.headers[.contentDisposition] = "attachment; filename=\"\(context.planID)-audit.\(format)\""
        return response
    }

    @Sendable func blame(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let classID = try context.parameters.require("class")
        guard Slug.isValid(classID) else { throw PlanError.unknownClass(classID) }
        let entries = try await context.withPlan { try $0.blame(ofClass: classID) }.map(BlameReport.init)
        return PageLayout.page(title: "Blame of \(classID)", identity: context.identity, plan: context.planID,
                               body: BlamePage(planID: context.planID, classID: classID, entries: entries).body())
    }

    static func form(_ request: Request, context: PlanMemberContext) async throws -> FormFields {
        var request = request
        return FormFields(String(buffer: try await request.readBody(upTo: context.maxUploadSize)))
    }

    /// After a form: back to the proposal page (303, so a reload does not post again).
    static func back(_ context: PlanMemberContext, _ number: ProposalNumber, done: String) -> Response {
        Response.redirect(to: "/plans/\(context.planID)/proposals/\(number)?done=\(done)", type: .normal)
    }
}
