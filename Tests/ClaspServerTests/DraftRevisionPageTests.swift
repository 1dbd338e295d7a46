import ClaspPlan
import ClaspServer
import ClaspSpec
import Foundation
import HTTPTypes
import Hummingbird
import Testing

/// Revising an open proposal and establishing a class from a copy in the pages, with the same
/// editor as a change to a class. Roseville's proposal 2 (by bchen, effective 2026-07-01) is open.
@Suite struct DraftRevisionPageTests {
    static let proposal = "/plans/roseville/proposals/2"
    static let establish = "/plans/roseville/classes/finance-technician/establish"

    @Test func theAuthorRevisesAnOpenProposalAndItsPageShowsTheRedlineAndTheWholeText() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            _ = try fixture.member("bchen")
            let author = try await client.signIn("bchen")
            let page = try await client.execute(uri: Self.proposal, method: .get, headers: author.headers)
            #expect(page.text.contains("id=\"revise-proposal\"") && !page.text.contains("form class=\"vote\""),
                    "the author may revise and is not offered the vote")
            let member = try await client.signIn("cmorgan")
            let seen = try await client.execute(uri: Self.proposal, method: .get, headers: member.headers)
            #expect(!seen.text.contains("id=\"revise-proposal\"") && seen.text.contains("form class=\"vote\"") && !seen.text.contains(" checked"),
                    "a committee member votes, with no decision chosen in advance, and may not revise")
            #expect(try await client.execute(uri: Self.proposal + "/revise", method: .get, headers: member.headers).status == .forbidden)

            let form = try await client.execute(uri: Self.proposal + "/revise", method: .get, headers: author.headers)
            #expect(form.status == .ok && form.text.contains("id=\"effective\">2026-07-01<"), "\(form.text.suffix(600))")
            var fields = FormScraper.fields(in: form.text)
            #expect(fields["effective"] == nil, "a revision keeps the proposal's date")
            let duty = try #require(fields["s3-i3-text"])
            fields["s3-i3-text"] = duty + " Reconcile the petty cash fund monthly."
            fields["action"] = "open"
            let unexplained = try await client.postForm(Self.proposal + "/revise", fields: fields, cookie: author.cookie)
            #expect(unexplained.status == .unprocessableContent && unexplained.text.contains("give the reason"))

            let refused = try await client.postForm(Self.proposal + "/revise", fields: fields.merging(["csrf": member.csrf, "reason": "x"]) { $1 },
                                                    cookie: member.cookie)
            #expect(refused.status == .forbidden && refused.text.contains("analyst"))

            fields["reason"] = "Add the petty cash reconciliation"
            let revised = try await client.postForm(Self.proposal + "/revise", fields: fields, cookie: author.cookie)
            #expect(revised.status == .seeOther && revised.headers[.location] == Self.proposal + "?done=revised", "\(revised.text.suffix(600))")
            let after = try await client.execute(uri: Self.proposal + "?done=revised", method: .get, headers: author.headers)
            #expect(after.text.contains("The proposal is revised"))
            let change = try #require(after.text.components(separatedBy: "<h2 id=\"changes\">").last?.components(separatedBy: "<h2 id=\"stages\">").first)
            #expect(change.contains("<ins") && change.contains("petty cash fund"), "the redline shows the revision: \(change.prefix(2000))")
            #expect(change.contains("class=\"proposed-document\"") && change.contains("Three years"), "the whole text as proposed, with the earlier revision's change")
            let proposal = try await fixture.services.hosting.withPlan("roseville") { try $0.proposal(2) }
            #expect(proposal.events.last?.kind.rawValue == "revised" && proposal.events.last?.text.contains("petty cash") == true)
            let head = try await fixture.services.hosting.withPlan("roseville") { plan in
                try plan.snapshot(commit: proposal.head).version("finance-technician", effective: PlanDate(iso: "2026-07-01")!)
            }
            #expect(head.sections.first { $0.kind == .duties }?.items[2].text.hasSuffix("Reconcile the petty cash fund monthly.") == true)
        }
    }

    @Test func aClosedProposalIsNotRevised() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            _ = try fixture.member("aortiz")
            let session = try await client.signIn("aortiz")
            let page = try await client.execute(uri: "/plans/roseville/proposals/1", method: .get, headers: session.headers)
            #expect(!page.text.contains("id=\"revise-proposal\""))
            let form = try await client.execute(uri: "/plans/roseville/proposals/1/revise", method: .get, headers: session.headers)
            #expect(form.status == .conflict && form.text.contains("adopted"), "\(form.status)")
        }
    }

    @Test func anAnalystEstablishesANewClassFromACopy() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            _ = try fixture.member("aortiz")
            let session = try await client.signIn("aortiz")
            let form = try await client.execute(uri: Self.establish, method: .get, headers: session.headers)
            #expect(form.status == .ok && form.text.contains("id=\"new-id\""), "\(form.text.suffix(600))")
            var fields = FormScraper.fields(in: form.text)
            #expect(fields["title"] == "" && fields["s3-kind"] == "duties", "the copy has every section and a title to fill in")
            fields.merge(["reason": "A senior level for the series", "action": "open", "effective": "2027-02-01",
                          "new-id": "finance-technician", "title": "Senior Finance Technician"]) { $1 }
            let taken = try await client.postForm(Self.establish, fields: fields, cookie: session.cookie)
            #expect(taken.status == .unprocessableContent && taken.text.contains("already exists"), "\(taken.text.suffix(500))")
            #expect(FormScraper.fields(in: taken.text)["title"] == "Senior Finance Technician", "the typed title is kept")
            for (id, message) in [("Senior Tech", "is not a valid class id"), ("", "give the new class an id")] {
                let refused = try await client.postForm(Self.establish, fields: fields.merging(["new-id": id]) { $1 }, cookie: session.cookie)
                #expect(refused.status == .unprocessableContent && refused.text.contains(message), "\(id): \(refused.status)")
            }
            let untitled = try await client.postForm(Self.establish, fields: fields.merging(["new-id": "senior-finance-technician", "title": ""]) { $1 },
                                                     cookie: session.cookie)
            #expect(untitled.status == .unprocessableContent && untitled.text.contains("a title cannot be empty"))

            fields["new-id"] = "senior-finance-technician"
            fields["action"] = "preview"
            let preview = try await client.postForm(Self.establish, fields: fields, cookie: session.cookie)
            #expect(preview.status == .ok && preview.text.contains("it was copied from") && preview.text.contains("Senior Finance Technician"))
            fields["action"] = "open"
            let opened = try await client.postForm(Self.establish, fields: fields, cookie: session.cookie)
            #expect(opened.status == .seeOther && opened.headers[.location] == "/plans/roseville/proposals/3?done=opened", "\(opened.text.suffix(600))")
            let (proposal, version) = try await fixture.services.hosting.withPlan("roseville") { plan in
                let proposal = try plan.proposal(3)
                return (proposal, try plan.snapshot(commit: proposal.head).version("senior-finance-technician", effective: PlanDate(iso: "2027-02-01")!))
            }
            #expect(proposal.kind == .establish && proposal.classIDs == ["senior-finance-technician"])
            #expect(version.title == "Senior Finance Technician" && version.sourceDates == nil && version.sections.count == 5)
            let page = try await client.execute(uri: "/plans/roseville/proposals/3", method: .get, headers: session.headers)
            #expect(page.text.contains("id=\"revise-proposal\""), "the new class's proposal is revised with the same editor")
        }
    }
}
