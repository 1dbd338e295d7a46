import ClaspPlan
import ClaspServer
import ClaspSpec
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Drafting a revision in the pages: the form starts from the version in force, "Preview"
/// shows the semantic diff and keeps what was typed, "Open the proposal" opens it.
@Suite struct DraftPageTests {
    static let draft = "/plans/roseville/classes/finance-technician/draft"

    @Test func anAnalystDraftsPreviewsAndOpensARevisionInThePages() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            _ = try fixture.member("aortiz")
            let session = try await client.signIn("aortiz")
            let classPage = try await client.execute(uri: "/plans/roseville/classes/finance-technician", method: .get, headers: session.headers)
            #expect(classPage.text.contains("id=\"propose-change\""))
            let form = try await client.execute(uri: Self.draft + "?as-of=2027-01-01", method: .get, headers: session.headers)
            #expect(form.status == .ok && form.text.contains("value=\"Finance Technician I/II\""), "\(form.text.suffix(800))")
            var fields = ["csrf": session.csrf, "effective": "2027-01-01", "reason": "Experience study",
                          "replace-old-1": "Two years of responsible", "replace-new-1": "Three years of responsible",
                          "add-section": "EXAMPLES OF ESSENTIAL DUTIES", "add-text": "Audit vendor invoices.", "action": "preview"]
            let preview = try await client.postForm(Self.draft, fields: fields, cookie: session.cookie)
            #expect(preview.status == .ok, "\(preview.text.suffix(600))")
            #expect(preview.text.contains("id=\"preview\"") && preview.text.contains("Audit vendor invoices."), "\(preview.text.suffix(1500))")
            #expect(preview.text.contains("Three years of responsible"), "the form keeps what was typed")

            var wrong = fields
            wrong["replace-old-1"] = "Twelve years"
            let refused = try await client.postForm(Self.draft, fields: wrong, cookie: session.cookie)
            #expect(refused.status == .unprocessableContent && refused.text.contains("does not occur"), "\(refused.status)")

            fields["action"] = "open"
            let opened = try await client.postForm(Self.draft, fields: fields, cookie: session.cookie)
            #expect(opened.status == .seeOther, "\(opened.text.suffix(600))")
            #expect(opened.headers[.location]?.hasPrefix("/plans/roseville/proposals/3") == true)
            let head = try await fixture.services.hosting.withPlan("roseville") { plan in
                try plan.snapshot(commit: try plan.proposal(3).head).version("finance-technician", effective: PlanDate(iso: "2027-01-01")!)
            }
            #expect(head.sections.flatMap(\.items).contains { $0.text == "Audit vendor invoices." })
        }
    }
}
