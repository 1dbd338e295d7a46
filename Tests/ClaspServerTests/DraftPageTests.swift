import ClaspPlan
import ClaspServer
import ClaspSpec
import Foundation
import HTTPTypes
import Hummingbird
import Testing

/// Drafting a change to a class in the pages: the structured editor starts from the version in
/// force, its buttons add and remove sections and items keeping what was typed, "Preview" and
/// the live preview show the semantic diff, and "Open the proposal" opens it. Every post is the
/// form as a browser would send it (`FormScraper`), with one field changed or one button pressed.
@Suite struct DraftPageTests {
    static let draft = "/plans/roseville/classes/finance-technician/draft"
    static let duty = "Perform related work as required."

    @Test func anAnalystEditsADutyAddsASectionRemovesAnItemAndOpensTheProposal() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            _ = try fixture.member("aortiz")
            let session = try await client.signIn("aortiz")
            let classPage = try await client.execute(uri: "/plans/roseville/classes/finance-technician", method: .get, headers: session.headers)
            #expect(classPage.text.contains("id=\"propose-change\"") && classPage.text.contains("id=\"establish-copy\""))
            let form = try await client.execute(uri: Self.draft + "?as-of=2027-01-01", method: .get, headers: session.headers)
            #expect(form.status == .ok && form.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
            var fields = FormScraper.fields(in: form.text)
            #expect(fields["title"] == "Finance Technician I/II" && fields["s3-kind"] == "duties" && fields["effective"] == "2027-01-01", "\(fields.keys.sorted().prefix(20))")
            #expect(fields["s3-i16-text"] == Self.duty)
            fields["s3-i1-text"] = "Perform specialized review of vendor invoices and financial records."
            fields["new-kind"] = "licenses"
            fields["new-heading"] = "CERTIFICATES"
            fields["action"] = "add-section"
            let added = try await client.postForm(Self.draft, fields: fields, cookie: session.cookie)
            #expect(added.status == .ok && added.text.contains("data-section=\"CERTIFICATES\""), "\(added.text.suffix(800))")
            fields = FormScraper.fields(in: added.text)
            #expect(fields["s3-i1-text"] == "Perform specialized review of vendor invoices and financial records.", "what was typed is kept")
            #expect(fields["s5-kind"] == "licenses" && fields["s5-heading"] == "CERTIFICATES" && fields["s5-i1-text"] == "")
            fields["s5-i1-text"] = "Certified Payroll Professional within two years of appointment."

            fields["action"] = "remove-item:s3:16"
            let removed = try await client.postForm(Self.draft, fields: fields, cookie: session.cookie)
            fields = FormScraper.fields(in: removed.text)
            #expect(removed.status == .ok && fields["s3-i16-text"] == nil && fields["s3-i15-text"] != nil, "\(removed.status)")
            #expect(fields["s5-i1-text"] == "Certified Payroll Professional within two years of appointment.")

            fields["action"] = "preview"
            let preview = try await client.postForm(Self.draft, fields: fields, cookie: session.cookie)
            #expect(preview.status == .ok, "\(preview.text.suffix(600))")
            let region = try #require(preview.text.components(separatedBy: "id=\"preview-diff\"").last)
            #expect(region.contains("Certified Payroll Professional") && region.contains("vendor invoices") && region.contains("related work"), "\(region.prefix(3000))")

            fields["action"] = "open"
            fields["reason"] = "Invoice review and payroll certificate"
            let opened = try await client.postForm(Self.draft, fields: fields, cookie: session.cookie)
            #expect(opened.status == .seeOther, "\(opened.text.suffix(600))")
            #expect(opened.headers[.location] == "/plans/roseville/proposals/3?done=opened")
            let head = try await fixture.services.hosting.withPlan("roseville") { plan in
                try plan.snapshot(commit: try plan.proposal(3).head).version("finance-technician", effective: PlanDate(iso: "2027-01-01")!)
            }
            let duties = try #require(head.sections.first { $0.kind == .duties })
            #expect(duties.items.count == 15 && !duties.items.contains { $0.text == Self.duty })
            #expect(duties.items.first?.text == "Perform specialized review of vendor invoices and financial records.")
            #expect(head.sections.last == Section(kind: .licenses, heading: "CERTIFICATES", items: [Item(text: "Certified Payroll Professional within two years of appointment.")]))
            #expect(head.levels.count == 2 && head.sourceDates != nil, "what the form does not show is kept from the version in force")
        }
    }

    @Test func theLivePreviewAnswersTheDiffAloneAndSaysWhyWhenThereIsNone() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            _ = try fixture.member("aortiz")
            let session = try await client.signIn("aortiz")
            let form = try await client.execute(uri: Self.draft, method: .get, headers: session.headers)
            #expect(form.text.contains("<script src=\"/plans/roseville/draft-editor.js\""))
            var fields = FormScraper.fields(in: form.text)
            fields["s3-i2-text"] = "Reconcile petty cash weekly."
            fields["effective"] = "2027-03-01"
            let fragment = try await client.postForm(Self.draft + "/preview", fields: fields, cookie: session.cookie)
            #expect(fragment.status == .ok && fragment.headers[.contentType]?.hasPrefix("text/html") == true && fragment.headers[HTTPField.Name("X-Clasp-Preview")!] == "diff")
            #expect(!fragment.text.contains("<html") && fragment.text.contains("<ins") && fragment.text.contains("petty cash"), "\(fragment.text.prefix(1500))")
            #expect(fragment.text.contains("the version effective 2019-07-16 it follows"))

            fields["effective"] = "2027-13-45"
            let undated = try await client.postForm(Self.draft + "/preview", fields: fields, cookie: session.cookie)
            #expect(undated.status == .ok && undated.headers[HTTPField.Name("X-Clasp-Preview")!] == "problem" && undated.text.contains("id=\"preview-problem\"") && undated.text.contains("is not a date"))

            var withoutToken = fields
            withoutToken["csrf"] = "forged"
            let forged = try await client.postForm(Self.draft + "/preview", fields: withoutToken, cookie: session.cookie)
            #expect(forged.status == .forbidden, "the preview is a POST like any other: it needs the session's token")

            let script = try await client.execute(uri: "/plans/roseville/draft-editor.js", method: .get, headers: session.headers)
            #expect(script.status == .ok && script.headers[.contentType]?.hasPrefix("text/javascript") == true && script.text.contains("X-CSRF-Token"))
        }
    }

    /// A class with every part the editor shows: header fields and attributes, nested sections
    /// with levels, labelled items with pinned ids and shares of time, markup in the text.
    static let everyPart = SpecVersion(
        title: "Payroll Analyst", effective: PlanDate(iso: "2021-03-01")!, code: "P-210",
        levels: [SeriesLevel(level: "I", title: "Payroll Analyst I")], flsa: .exempt,
        pay: PayPlacement(band: "B", zone: nil, range: "41"), probation: "12 months",
        attributes: [Attribute(name: "Bargaining Unit", value: "Miscellaneous")],
        sections: [
            Section(kind: .summary, heading: "SUMMARY", text: ["Runs payroll.", "Checks <b>every</b> \"run\" & report."]),
            Section(kind: .duties, heading: "DUTIES", items: [
                Item(id: "d1", label: "Payroll", text: "Processes the biweekly payroll.", percent: 60),
                Item(text: "Answers questions about pay & deductions.", percent: 40),
            ]),
            Section(kind: .qualifications, heading: "QUALIFICATIONS", sections: [
                Section(kind: .knowledge, heading: "Knowledge of:", level: "I", items: [Item(text: "Wage and hour law.")]),
            ]),
        ])

    /// The editor loses nothing: every class of both demo plans (Sample City's text carries
    /// markup) and one with every part, posted back untouched on its own date, previews as no
    /// change at all.
    @Test func everyClassRoundTripsThroughTheEditorUnchanged() async throws {
        let fixture = try ServerFixture { sources in
            let folder = sources.appendingPathComponent("sample-city/classes/payroll-analyst")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let record = ClassRecord(id: "payroll-analyst", events: [LineageEvent(date: Self.everyPart.effective, kind: .established, title: "Payroll Analyst")])
            try ClassRecordCodec.encode(record).write(to: folder.appendingPathComponent("class.yaml"), atomically: true, encoding: .utf8)
            try SpecVersionCodec.encode(Self.everyPart).write(to: folder.appendingPathComponent("2021-03-01.yaml"), atomically: true, encoding: .utf8)
        }
        try await fixture.application.test(.router) { client in
            _ = try fixture.member("aortiz")
            for (plan, account) in [("roseville", "aortiz"), ("sample-city", "analyst")] {
                let session = try await client.signIn(account)
                let classIDs = try await fixture.services.hosting.withPlan(plan) { try $0.current().classIDs() }
                var compared = 0
                for classID in classIDs {
                    let draft = "/plans/\(plan)/classes/\(classID)/draft"
                    let form = try await client.execute(uri: draft, method: .get, headers: session.headers)
                    let fields = FormScraper.fields(in: form.text)
                    #expect(form.status == .ok, "\(plan)/\(classID): \(form.text.components(separatedBy: "<main>").last?.prefix(600) ?? "")")
                    let preview = try await client.postForm(draft + "/preview", fields: fields, cookie: session.cookie)
                    // A version known by title and date alone has no text to compare, and says so.
                    let onFile = !preview.text.contains("text is not on file")
                    #expect(preview.status == .ok && (!onFile || preview.text.contains("it corrects") && !preview.text.contains("data-operation")),
                            "\(plan)/\(classID): \(preview.text.prefix(1500))")
                    compared += onFile ? 1 : 0
                }
                #expect(compared >= (plan == "sample-city" ? 2 : 1), "\(plan): \(compared) of \(classIDs.count) classes have text on file")
            }
            // The diff may not weigh every part (a pinned id, a label): the text opened as a new
            // version, with only its code changed, must be the same in every other part.
            let session = try await client.signIn("analyst")
            let draft = "/plans/sample-city/classes/payroll-analyst/draft"
            let fields = FormScraper.fields(in: try await client.execute(uri: draft, method: .get, headers: session.headers).text)
            #expect(fields["s1-i1-id"] == "d1" && fields["s1-i1-percent"] == "60" && fields["s2_0-level"] == "I" && fields["attr1-value"] == "Miscellaneous")
            let opened = try await client.postForm(draft, fields: fields.merging(["effective": "2022-01-01", "code": "P-211",
                                                                                   "reason": "Retitle", "action": "open"]) { $1 }, cookie: session.cookie)
            #expect(opened.status == .seeOther, "\(opened.text.components(separatedBy: "form-error").last?.prefix(400) ?? "")")
            let proposal = try #require(try await fixture.services.hosting.withPlan("sample-city") { try $0.proposals().max { $0.number < $1.number } })
            let head = try await fixture.services.hosting.withPlan("sample-city") { plan in
                try plan.snapshot(commit: proposal.head).version("payroll-analyst", effective: PlanDate(iso: "2022-01-01")!)
            }
            var expected = Self.everyPart
            expected.code = "P-211"
            expected.effective = PlanDate(iso: "2022-01-01")!
            #expect(head == expected)
        }
    }

    @Test func badInputIsRefusedWithTheFormAsTyped() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            _ = try fixture.member("aortiz")
            let session = try await client.signIn("aortiz")
            let form = try await client.execute(uri: Self.draft, method: .get, headers: session.headers)
            let good = FormScraper.fields(in: form.text).merging(["reason": "A reason kept on refusal", "action": "open", "effective": "2027-01-01"]) { $1 }
            let cases: [(change: [String: String], message: String)] = [
                (["title": "  "], "a title cannot be empty"),
                (["effective": "next spring"], "&#39;next spring&#39; is not a date"),
                (["effective": ""], "give the effective date"),
                (["reason": ""], "give the reason"),
                (["s3-i4-percent": "lots"], "is not a share of time"),
                (["flsa": "sometimes"], "is not one of: exempt, non-exempt"),
                (["s3-kind": "chores"], "is not a section kind"),
                (["s3-level": "III"], "is not a level of this class (levels: I, II)"),
                (["s3-i2-label": "Cash", "s3-i2-text": ""], "item 2 of EXAMPLES OF ESSENTIAL DUTIES has a label and no text"),
            ]
            for (change, message) in cases {
                let refused = try await client.postForm(Self.draft, fields: good.merging(change) { $1 }, cookie: session.cookie)
                #expect(refused.status == .unprocessableContent && refused.text.contains(message), "\(change): \(refused.status) \(refused.text.suffix(400))")
                let kept = FormScraper.fields(in: refused.text)
                #expect(kept["s3-i16-text"] == Self.duty && kept["reason"] == (change["reason"] ?? "A reason kept on refusal"), "\(change)")
            }
            #expect(try await fixture.services.hosting.withPlan("roseville") { try $0.proposals().count } == 2, "nothing refused was opened")
        }
    }

    @Test func someoneWhoIsNotAnAnalystCannotDraft() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            _ = try fixture.member("aortiz")
            let analyst = try await client.signIn("aortiz")
            let fields = FormScraper.fields(in: try await client.execute(uri: Self.draft, method: .get, headers: analyst.headers).text)
                .merging(["reason": "Not mine to propose", "action": "open"]) { $1 }
            let member = try await client.signIn("cmorgan")
            let page = try await client.execute(uri: Self.draft, method: .get, headers: member.headers)
            #expect(page.status == .forbidden && page.text.contains("analyst"))
            for path in [Self.draft, Self.draft + "/preview", "/plans/roseville/classes/finance-technician/establish"] {
                let refused = try await client.postForm(path, fields: fields.merging(["csrf": member.csrf, "new-id": "x-class"]) { $1 }, cookie: member.cookie)
                #expect(refused.status == .forbidden && refused.text.contains("analyst"), "\(path): \(refused.status)")
            }
            #expect(try await fixture.services.hosting.withPlan("roseville") { try $0.proposals().count } == 2)
        }
    }
}
