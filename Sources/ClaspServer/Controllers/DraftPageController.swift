import ClaspPlan
import ClaspQueries
import ClaspSpec
import Foundation
import HTTPTypes
import Hummingbird

/// Drafting in the browser: a change to a class (`/classes/{class}/draft`), a new class from a
/// copy (`/classes/{class}/establish`) and a revision of an open proposal
/// (`/proposals/{number}/revise`). Each form posts to itself: a structural button re-renders it
/// with what was typed, "Preview" adds the semantic diff, and the last button opens the
/// proposal or records the revision through the same library calls as `clasp propose` and
/// `clasp revise`. `<form>/preview` answers the diff alone, for the script's live preview.
/// Who may draft is judged before anything typed is read.
struct DraftPageController {
    let services: ServerServices

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        let plan = routes.group("/plans/{plan}", context: PlanMemberContext.self)
        let purposes: [(path: String, purpose: @Sendable (PlanMemberContext) throws -> DraftPurpose)] = [
            ("/classes/{class}/draft", { .classChange(classID: try PublicSiteController.classID($0.parameters)) }),
            ("/classes/{class}/establish", { .establishCopy(of: try PublicSiteController.classID($0.parameters)) }),
            ("/proposals/{number}/revise", { .proposalRevision(try ApprovalAPIController.number($0)) }),
        ]
        for (path, purpose) in purposes {
            plan.get(RouterPath(path)) { request, context in try await form(request, context, purpose(context)) }
            plan.post(RouterPath(path)) { request, context in try await submit(request, context, purpose(context)) }
            plan.post(RouterPath(path + "/preview")) { request, context in try await livePreview(request, context, purpose(context)) }
        }
        plan.get("/draft-editor.js") { _, _ in DraftEditorScript.response() }
        return routes
    }

    func form(_ request: Request, _ context: PlanMemberContext, _ purpose: DraftPurpose) async throws -> Response {
        let asOf = try request.query.date("as-of")
        let setting = try await context.withPlan { plan in
            try purpose.authorize(context, plan)
            return try purpose.setting(plan, planID: context.planID, on: asOf)
        }
        var model = SpecEditorModel(setting.base)
        // A new class is named afresh: its title starts empty, beside the id.
        if setting.asksForClassID { model.header["title"] = "" }
        return render(page(context, setting, model, values: setting.values), setting, context)
    }

    func submit(_ request: Request, _ context: PlanMemberContext, _ purpose: DraftPurpose) async throws -> Response {
        let fields = try await ProposalPageController.form(request, context: context).values
        let setting = try await context.withPlan { plan in
            try purpose.authorize(context, plan)
            return try purpose.setting(plan, planID: context.planID, on: fields["effective"].flatMap(PlanDate.init(iso:)))
        }
        var page = page(context, setting, SpecEditorModel(fields: fields), values: fields)
        if let action = SpecEditorAction(fields["action"] ?? "", fields: fields) {
            page.model.apply(action)
            return render(page, setting, context)
        }
        do {
            // The proposal opened, or the preview of the draft.
            let model = page.model
            let (number, preview) = try await context.withPlan { plan -> (ProposalNumber?, HTML?) in
                let version = try model.version(base: setting.base, effective: purpose.effective(setting, fields))
                guard fields["action"] == "open" else { return (nil, try Self.preview(plan, purpose, setting, version).html) }
                return (try purpose.submit(plan, version, fields, by: context.identity.accountID), nil)
            }
            page.preview = preview
            if let number {
                let done = if case .proposalRevision = purpose { "revised" } else { "opened" }
                return ProposalPageController.back(context, number, done: done)
            }
            return render(page, setting, context)
        } catch let error as PlanError {
            page.error = error.description
        } catch let error as ApprovalError {
            page.error = error.description
        }
        return render(page, setting, context, status: .unprocessableContent)
    }

    /// The semantic diff of the posted draft alone, or the sentence saying why there is none
    /// yet, for the script to put in the preview region. A draft not finished yet (no title while
    /// typing one) is an answer, not a failed request: both are 200, and the problem is marked
    /// `X-Clasp-Preview: problem` and `id="preview-problem"`.
    func livePreview(_ request: Request, _ context: PlanMemberContext, _ purpose: DraftPurpose) async throws -> Response {
        let fields = try await ProposalPageController.form(request, context: context).values
        let (fragment, ok): (HTML, Bool) = try await context.withPlan { plan in
            try purpose.authorize(context, plan)
            let setting = try purpose.setting(plan, planID: context.planID, on: fields["effective"].flatMap(PlanDate.init(iso:)))
            do {
                let version = try SpecEditorModel(fields: fields).version(base: setting.base, effective: purpose.effective(setting, fields))
                return try Self.preview(plan, purpose, setting, version)
            } catch let error as PlanError {
                return (SpecDraftForm.problem(error.description), false)
            }
        }
        return Response(status: .ok,
                        headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store", Self.previewHeader: ok ? "diff" : "problem"],
                        body: .init(byteBuffer: ByteBuffer(string: fragment.rendered)))
    }

    /// The preview of `version`: its semantic diff, or why it has none (a version whose text was
    /// never filed cannot be compared, and saying "no changes" would be false).
    static func preview(_ plan: Plan, _ purpose: DraftPurpose, _ setting: DraftPurpose.Setting, _ version: SpecVersion) throws -> (html: HTML, ok: Bool) {
        let compared = try purpose.compared(plan, setting, version)
        do {
            return (SpecDraftForm.fragment(try SpecDiff().compare(compared.version, version), against: compared.name), true)
        } catch let error as SpecDiffError {
            return (SpecDraftForm.problem(error.description), false)
        }
    }

    static let previewHeader = HTTPField.Name("X-Clasp-Preview")!

    func page(_ context: PlanMemberContext, _ setting: DraftPurpose.Setting, _ model: SpecEditorModel, values: [String: String]) -> SpecDraftForm {
        var page = SpecDraftForm(planID: context.planID, csrf: context.identity.session?.csrfToken, action: setting.action,
                                 intro: setting.intro, model: model, values: values)
        page.fixedDate = setting.fixedDate
        page.asksForClassID = setting.asksForClassID
        page.submitLabel = setting.submitLabel
        return page
    }

    func render(_ page: SpecDraftForm, _ setting: DraftPurpose.Setting, _ context: PlanMemberContext, status: HTTPResponse.Status = .ok) -> Response {
        var response = PageLayout.page(title: setting.title, identity: context.identity, plan: context.planID, body: page.body())
        response.status = status
        response.headers[.contentSecurityPolicy] = DraftEditorScript.pagePolicy
        return response
    }
}
