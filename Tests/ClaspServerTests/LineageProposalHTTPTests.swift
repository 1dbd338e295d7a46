import ClaspPlan
import ClaspServer
import ClaspSpec
import Foundation
import HTTPTypes
import Hummingbird
import Testing

/// Lineage changes over HTTP: each kind opened with `POST …/proposals` (`lineage`), voted and
/// adopted through the API in one history of the demo's Finance Technician; and the page form
/// that opens one, with its before/after chart on the proposal page.
@Suite struct LineageProposalHTTPTests {
    static let api = "/api/v1/plans/roseville"

    static func spec(_ title: String, _ date: String) -> String {
        "title: \(title)\neffective: \(date)\nsections:\n- kind: definition\n  heading: Definition\n  text:\n  - Performs \(title.lowercased()) work.\n"
    }

    /// Opens a lineage proposal as aortiz, votes it through every stage and adopts it.
    static func adopt(_ fixture: ServerFixture, _ client: some TestClientProtocol, _ body: [String: Any]) async throws -> Int {
        let json = String(decoding: try JSONSerialization.data(withJSONObject: body), as: UTF8.self)
        let opened = try await client.apiPost("\(api)/proposals", token: try fixture.member("aortiz"), json: json)
        #expect(opened.status == .created, "\(opened.text)")
        let number = try #require((try JSONSerialization.jsonObject(with: Data(opened.text.utf8)) as? [String: Any])?["proposal"] as? Int)
        for person in ["bchen", "cmorgan", "dpatel", "fgarcia", "gkim"] {
            let vote = try await client.apiPost("\(api)/proposals/\(number)/votes", token: try fixture.member(person), json: #"{"decision":"approve"}"#)
            #expect(vote.status == .ok, "\(person) on \(number): \(vote.text)")
        }
        let adopted = try await client.apiPost("\(api)/proposals/\(number)/adopt", token: try fixture.member("admin"))
        #expect(adopted.status == .ok, "\(adopted.text)")
        return number
    }

    static func inEffect(_ client: some TestClientProtocol, _ token: String, on date: String) async throws -> String {
        try await client.api("\(api)/classes?as-of=\(date)", token: token).text
    }

    @Test func everyLineageKindIsProposedVotedAndAdoptedThroughTheAPI() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let admin = try fixture.member("admin")
            let retitle = try await Self.adopt(fixture, client, [
                "lineage": ["change": "retitle", "classes": ["finance-technician"], "title": "Finance Specialist I/II"],
                "effective": "2027-01-01", "reason": "Study 2027"])
            let status = try await client.api("\(Self.api)/proposals/\(retitle)/status", token: admin).text
            #expect(status.contains("retitled from “Finance Technician I/II” to “Finance Specialist I/II” on 2027-01-01"), "\(status)")
            #expect(try await Self.inEffect(client, admin, on: "2027-01-01").contains("Finance Specialist I/II"))

            _ = try await Self.adopt(fixture, client, [
                "lineage": ["change": "split", "classes": ["finance-technician"], "into": ["accounts-technician", "billing-technician"]],
                "specs": ["accounts-technician": Self.spec("Accounts Technician", "2028-01-01"),
                          "billing-technician": Self.spec("Billing Technician", "2028-01-01")],
                "effective": "2028-01-01", "reason": "Split"])
            let afterSplit = try await Self.inEffect(client, admin, on: "2028-01-01")
            #expect(afterSplit.contains("accounts-technician") && !afterSplit.contains("\"finance-technician\""), "\(afterSplit)")

            _ = try await Self.adopt(fixture, client, [
                "lineage": ["change": "merge", "classes": ["accounts-technician", "billing-technician"], "into": ["finance-generalist"]],
                "specs": ["finance-generalist": Self.spec("Finance Generalist", "2029-01-01")],
                "effective": "2029-01-01", "reason": "Merge"])
            _ = try await Self.adopt(fixture, client, [
                "lineage": ["change": "abolish", "classes": ["finance-generalist"]], "effective": "2030-01-01", "reason": "Abolish"])
            #expect(!(try await Self.inEffect(client, admin, on: "2030-06-01").contains("finance-generalist")))
            _ = try await Self.adopt(fixture, client, [
                "lineage": ["change": "reinstate", "classes": ["finance-generalist"]], "effective": "2031-01-01", "reason": "Back"])
            #expect(try await Self.inEffect(client, admin, on: "2031-06-01").contains("finance-generalist"))

            let lineage = try await client.api("\(Self.api)/classes/finance-generalist/lineage", token: admin).text
            #expect(lineage.contains("accounts-technician") && lineage.contains("billing-technician"), "\(lineage)")

            let missingSpec = try await client.apiPost("\(Self.api)/proposals", token: try fixture.member("aortiz"), json: """
                {"lineage": {"change": "split", "classes": ["finance-generalist"], "into": ["a-one", "a-two"]}, "effective": "2032-01-01", "reason": "x"}
                """)
            #expect(missingSpec.status == .badRequest, "\(missingSpec.text)")
            #expect(missingSpec.text.contains("a-one is a new class: give its spec"))
            let wrongKind = try await client.apiPost("\(Self.api)/proposals", token: try fixture.member("aortiz"), json: """
                {"lineage": {"change": "revise", "classes": ["finance-generalist"]}, "effective": "2032-01-01", "reason": "x"}
                """)
            #expect(wrongKind.status == .badRequest && wrongKind.text.contains("not a lineage change"), "\(wrongKind.text)")
        }
    }

    @Test func thePageFormOpensARetitleAndTheProposalPageDrawsTheLineageBeforeAndAfter() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            _ = try fixture.member("aortiz")
            let session = try await client.signIn("aortiz")
            let classPage = try await client.execute(uri: "/plans/roseville/classes/finance-technician", method: .get, headers: session.headers)
            #expect(classPage.text.contains("/plans/roseville/lineage/propose?classes=finance-technician"))
            let form = try await client.execute(uri: "/plans/roseville/lineage/propose?classes=finance-technician", method: .get, headers: session.headers)
            #expect(form.text.contains("value=\"finance-technician\""))

            let refused = try await client.postForm("/plans/roseville/lineage/propose", fields: [
                "csrf": session.csrf, "change": "abolish", "classes": "finance-technican", "effective": "2027-01-01", "reason": "Typo"],
                cookie: session.cookie)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("no class &#39;finance-technican&#39; in this plan; did you mean finance-technician?") && refused.text.contains("value=\"finance-technican\""), "\(refused.text)")

            let posted = try await client.postForm("/plans/roseville/lineage/propose", fields: [
                "csrf": session.csrf, "change": "retitle", "classes": "finance-technician", "title": "Finance Specialist I/II",
                "effective": "2027-01-01", "reason": "Classification study"], cookie: session.cookie)
            #expect(posted.status == .seeOther, "\(posted.text)")
            let location = try #require(posted.headers[.location])
            let page = try await client.execute(uri: location, method: .get, headers: session.headers)
            #expect(page.text.contains("id=\"lineage-change\""))
            #expect(page.text.contains("Lineage before") && page.text.contains("Lineage after"))
            #expect(page.text.contains("retitled from “Finance Technician I/II” to “Finance Specialist I/II” on 2027-01-01"), "\(page.text)")
            #expect(page.text.contains("The proposal is open"))
            #expect(page.text.contains("Proposed by <strong>Alma Ortiz</strong>"), "people by name on committee pages")
            #expect(page.text.contains("<details class=\"technical\">"), "hashes kept to the technical record")
            let whole = try #require(page.text.components(separatedBy: "<details class=\"proposed-document\">").dropFirst().first)
            #expect(whole.contains("Finance Specialist I/II") && whole.contains("DEFINITION"), "the whole proposed text is offered beside the redline")
        }
    }
}
