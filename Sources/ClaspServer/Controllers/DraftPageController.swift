import ClaspPlan
import ClaspSpec
import Foundation
import Hummingbird

/// Drafting a revision in the browser (`/plans/{plan}/classes/{class}/draft`): the form starts
/// from the version in force on the chosen date; "Preview" answers with the semantic diff and
/// the form as typed, "Open the proposal" opens it through the same library call as
/// `clasp propose`. Who may propose is judged before anything typed is read.
struct DraftPageController {
    let services: ServerServices

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        let plan = routes.group("/plans/{plan}", context: PlanMemberContext.self)
        plan.get("/classes/{class}/draft", use: form)
        plan.post("/classes/{class}/draft", use: submit)
        return routes
    }

    @Sendable func form(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let classID = try PublicSiteController.classID(context.parameters)
        let asOf = try request.query.date("as-of")
        let base = try await context.withPlan { try Self.base($0, classID, on: asOf) }
        let page = RevisionDraftForm(planID: context.planID, classID: classID, csrf: context.identity.session?.csrfToken, base: base,
                                     values: asOf.map { ["effective": $0.iso] } ?? [:])
        return PageLayout.page(title: "Propose a change to \(base.title)", identity: context.identity, plan: context.planID, body: page.body())
    }

    @Sendable func submit(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let classID = try PublicSiteController.classID(context.parameters)
        let fields = try await ProposalPageController.form(request, context: context).values
        try context.requireAnalystOrAdministrator(to: "propose changes", needs: "analyst")
        let date = fields["effective"].flatMap(PlanDate.init(iso:))
        let base = try await context.withPlan { try Self.base($0, classID, on: date) }
        var page = RevisionDraftForm(planID: context.planID, classID: classID, csrf: context.identity.session?.csrfToken, base: base, values: fields)
        do {
            // The proposal opened, or the preview of the draft.
            let (number, preview) = try await context.withPlan { plan -> (ProposalNumber?, SpecChangeSet?) in
                let (version, reason) = try RevisionDraftForm.draft(fields, base: base)
                let draft = try ProposalDrafting.draft(plan, classID: classID, version: version, kind: nil, reason: reason)
                guard fields["action"] == "open" else { return (nil, try Self.preview(plan, classID, version)) }
                return (try plan.propose(draft, by: context.identity.accountID).number, nil)
            }
            if let number { return ProposalPageController.back(context, number, done: "opened") }
            page.preview = preview
            return PageLayout.page(title: "Propose a change to \(base.title)", identity: context.identity, plan: context.planID, body: page.body())
        } catch let error as PlanError {
            page.error = error.description
        } catch let error as ApprovalError {
            page.error = error.description
        }
        var response = PageLayout.page(title: "Propose a change to \(base.title)", identity: context.identity, plan: context.planID, body: page.body())
        response.status = .unprocessableContent
        return response
    }

    /// The version in force on `date` (default today); an unknown class answers 404.
    static func base(_ plan: Plan, _ classID: String, on date: PlanDate?) throws -> SpecVersion {
        let snapshot = try plan.current()
        return try snapshot.versionInEffect(classID, on: date ?? PlanQueries.today(snapshot)).spec
    }

    /// The draft against the version it would replace: the one on its date (a correction), else
    /// the one in force before it.
    static func preview(_ plan: Plan, _ classID: String, _ version: SpecVersion) throws -> SpecChangeSet {
        let snapshot = try plan.current()
        let replaced = try snapshot.effectiveDates(classID).contains(version.effective)
            ? snapshot.version(classID, effective: version.effective)
            : snapshot.versionInEffect(classID, on: version.effective).spec
        return try SpecDiff().compare(replaced, version)
    }
}
