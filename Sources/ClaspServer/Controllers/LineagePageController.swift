import ClaspPlan
import ClaspSpec
import Foundation
import Hummingbird

/// The page that opens lineage proposals (`/plans/{plan}/lineage/propose`). The form posts with
/// the session's CSRF token; the library decides whether the person may propose and whether
/// the change fits the plan, and a refusal shows the form again with its reason.
struct LineagePageController {
    let services: ServerServices

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        let plan = routes.group("/plans/{plan}", context: PlanMemberContext.self)
        plan.get("/lineage/propose", use: form)
        plan.post("/lineage/propose", use: propose)
        return routes
    }

    @Sendable func form(_ request: Request, context: PlanMemberContext) async throws -> Response {
        var values: [String: String] = [:]
        for name in ["change", "classes"] { values[name] = request.query.string(name) }
        let form = LineageProposalForm(planID: context.planID, csrf: context.identity.session?.csrfToken, values: values)
        return PageLayout.page(title: "Propose a lineage change", identity: context.identity, plan: context.planID, body: form.body())
    }

    @Sendable func propose(_ request: Request, context: PlanMemberContext) async throws -> Response {
        let fields = try await ProposalPageController.form(request, context: context)
        // Who may propose is decided before what was typed, so a refusal is about the person.
        try context.requireAnalystOrAdministrator(to: "propose lineage changes", needs: "analyst")
        do {
            let number = try await context.withPlan { plan in
                try plan.propose(try LineageProposalForm.draft(fields.values, plan: plan), by: context.identity.accountID).number
            }
            return ProposalPageController.back(context, number, done: "opened")
        } catch let error as PlanError {
            return refused(error.description, fields, context)
        } catch let error as ApprovalError {
            return refused(error.description, fields, context)
        }
    }

    private func refused(_ message: String, _ fields: FormFields, _ context: PlanMemberContext) -> Response {
        let form = LineageProposalForm(planID: context.planID, csrf: context.identity.session?.csrfToken, values: fields.values, error: message)
        var response = PageLayout.page(title: "Propose a lineage change", identity: context.identity, plan: context.planID, body: form.body())
        response.status = .unprocessableContent
        return response
    }
}
