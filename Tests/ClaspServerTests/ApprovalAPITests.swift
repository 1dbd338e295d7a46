import ClaspPlan
import ClaspQueries
import ClaspServer
import ClaspSpec
import Foundation
import HTTPTypes
import Hummingbird
import Testing

/// The approval routes of the JSON API: the library's rules answered as HTTP statuses with
/// their reasons. The demo's proposal 2 (by bchen) has its analyst review and awaits the
/// committee (cmorgan, dpatel, ejohnson: a majority is two).
@Suite struct ApprovalAPITests {
    static let base = "/api/v1/plans/roseville/proposals"

    @Test func twoCommitteeApprovalsThenAnAdministratorAdoptsAndTheAuditIsClean() async throws {
        let fixture = try ServerFixture()
        let admin = try fixture.member("admin"), dpatel = try fixture.member("dpatel")
        let cmorgan = try fixture.token("cmorgan"), auditor = try fixture.token("auditor")
        try await fixture.application.test(.router) { client in
            let queue = try await client.api("\(Self.base)?awaiting=true", token: cmorgan)
            #expect(try JSONDecoder().decode([ProposalSummary].self, from: Data(queue.text.utf8)).map(\.number) == [2])
            let early = try await client.apiPost("\(Self.base)/2/adopt", token: admin)
            #expect(early.status == .conflict)
            #expect(early.errorCode == "not-approved")
            #expect(early.text.contains("committee"))
            let first = try await client.apiPost("\(Self.base)/2/votes", token: cmorgan, json: #"{"decision":"approve","comment":"Reads well"}"#)
            #expect(first.status == .ok)
            #expect(first.text.contains("recorded approve by cmorgan on proposal 2"))
            let second = try await client.apiPost("\(Self.base)/2/votes", token: dpatel, json: #"{"decision":"approve"}"#)
            let action = try JSONDecoder().decode(ActionReport.self, from: Data(second.text.utf8))
            #expect(action.next == .adopt(proposal: 2))
            #expect(second.text.contains(#""text" : "ready to adopt""#) && !second.text.contains("clasp "), "\(second.text)")
            let status = try await client.api("\(Self.base)/2/status?format=text", token: auditor)
            #expect(status.text.hasSuffix("ready to adopt\n") && !status.text.contains("clasp "), "\(status.text)")
            let adopted = try await client.apiPost("\(Self.base)/2/adopt", token: admin)
            #expect(adopted.status == .ok)
            #expect(adopted.text.contains("adopted proposal 2 as "))
            let again = try await client.apiPost("\(Self.base)/2/adopt", token: admin)
            #expect(again.status == .conflict)
            #expect(again.errorCode == "already-adopted")
            let late = try await client.apiPost("\(Self.base)/2/votes", token: try fixture.member("ejohnson"), json: #"{"decision":"approve"}"#)
            #expect(late.status == .conflict)
            #expect(late.errorCode == "proposal-closed")
            let verify = try await client.api("/api/v1/plans/roseville/audit/verify", token: auditor)
            let report = try JSONDecoder().decode(AuditVerifyReport.self, from: Data(verify.text.utf8))
            #expect(report.clean && report.adoptions.count == 2)
            let csv = try await client.api("/api/v1/plans/roseville/audit/export?format=csv&person=dpatel", token: auditor)
            #expect(csv.headers[.contentType]?.hasPrefix("text/csv") == true)
            let lines = csv.text.split(separator: "\n")
            #expect(lines.first == "kind,commit,proposal,change,person,role,stage,decision,tree,workflow,at,resolution,meeting")
            #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("approval,") && $0.contains(",dpatel,committee,") })
            #expect(lines.count == 3, "dpatel approved proposals 1 and 2")
            let json = try await client.api("/api/v1/plans/roseville/audit/export?format=json&kind=adoption", token: auditor)
            #expect(json.text.components(separatedBy: "\"kind\" : \"adoption\"").count == 3)
            let blame = try await client.api("/api/v1/plans/roseville/classes/finance-technician/blame?format=text", token: auditor)
            #expect(blame.text.contains("proposal 2, approved by"))
        }
    }

    @Test(arguments: [
        ("auditor", #"{"decision":"approve"}"#, "lacks-role", "does not hold the committee role"),
        ("aortiz", #"{"decision":"approve","stage":"committee"}"#, "lacks-role", "does not hold the committee role"),
        ("bchen", #"{"decision":"approve"}"#, "self-approval", "authors cannot approve"),
        ("outsider", #"{"decision":"approve"}"#, "forbidden", "not in the roster"),
    ])
    func refusedVotesAre403WithTheReason(_ account: String, _ body: String, _ code: String, _ reason: String) async throws {
        let fixture = try ServerFixture()
        let token = try fixture.member(account)
        try await fixture.application.test(.router) { client in
            let response = try await client.apiPost("\(Self.base)/2/votes", token: token, json: body)
            #expect(response.status == .forbidden)
            #expect(response.errorCode == code)
            #expect(response.text.contains(reason), "\(response.text)")
        }
    }

    @Test(arguments: ["99", "0", "-1", "abc", "..%2F1", "%2e%2e", "1%2F..%2F..%2Fmeta", "99999999999999999999"])
    func unknownOrTraversingProposalNumbersAre404(_ number: String) async throws {
        let fixture = try ServerFixture()
        let token = try fixture.token("auditor")
        try await fixture.application.test(.router) { client in
            for uri in ["\(Self.base)/\(number)", "\(Self.base)/\(number)/status"] {
                let response = try await client.api(uri, token: token)
                #expect(response.status == .notFound, "\(uri) answered \(response.status)")
            }
            let vote = try await client.apiPost("\(Self.base)/\(number)/votes", token: try fixture.token("cmorgan"), json: #"{"decision":"approve"}"#)
            #expect(vote.status == .notFound)
        }
    }

    @Test func anAnalystProposesRevisesAndWithdrawsAndOthersAreRefused() async throws {
        let fixture = try ServerFixture()
        let aortiz = try fixture.member("aortiz")
        let spec = try fixture.correctedFinanceTechnician()
        try await fixture.application.test(.router) { client in
            let opened = try await client.apiPost(Self.base, token: aortiz,
                                                  json: jsonBody(["class": "finance-technician", "spec": spec, "reason": "Petty cash duty", "effective": "2019-07-16"]))
            #expect(opened.status == .created, "\(opened.text)")
            #expect(opened.text.contains("opened proposal 3: correct finance-technician"))
            let status = try await client.api("\(Self.base)/3/status?format=text", token: aortiz)
            #expect(status.text.contains("petty cash"))
            let auditorPropose = try await client.apiPost(Self.base, token: try fixture.token("auditor"),
                                                          json: jsonBody(["class": "finance-technician", "spec": spec, "reason": "x"]))
            #expect(auditorPropose.status == .forbidden)
            #expect(auditorPropose.errorCode == "not-permitted")
            let taken = try await client.apiPost(Self.base, token: try fixture.member("bchen"),
                                                 json: jsonBody(["class": "finance-technician", "spec": spec, "reason": "again"]))
            #expect(taken.status == .conflict)
            #expect(taken.errorCode == "effective-date-taken")
            let badYAML = try await client.apiPost(Self.base, token: aortiz, json: jsonBody(["class": "finance-technician", "spec": "title: [", "reason": "x"]))
            #expect(badYAML.status == .badRequest)
            let badKind = try await client.apiPost(Self.base, token: aortiz, json: jsonBody(["class": "finance-technician", "spec": spec, "reason": "x", "kind": "rewrite"]))
            #expect(badKind.status == .badRequest)
            let revised = try await client.apiPost("\(Self.base)/3/revisions", token: aortiz,
                                                   json: jsonBody(["spec": try fixture.correctedFinanceTechnician("Also counts petty cash."), "reason": "Wording"]))
            #expect(revised.status == .ok && revised.text.contains("revised proposal 3"))
            let comment = try await client.apiPost("\(Self.base)/3/comments", token: try fixture.token("cmorgan"), json: #"{"text":"Looks right"}"#)
            #expect(comment.status == .ok)
            let notTheirs = try await client.apiPost("\(Self.base)/3/withdraw", token: try fixture.token("cmorgan"))
            #expect(notTheirs.status == .forbidden)
            #expect(notTheirs.errorCode == "not-permitted")
            let withdrawn = try await client.apiPost("\(Self.base)/3/withdraw", token: aortiz)
            #expect(withdrawn.status == .ok)
            let list = try await client.api("\(Self.base)?state=withdrawn&format=text", token: aortiz)
            #expect(list.text.hasPrefix("3  [withdrawn]  correct finance-technician 2019-07-16  by aortiz: Petty cash duty"))
            let twice = try await client.apiPost("\(Self.base)/3/withdraw", token: aortiz)
            #expect(twice.status == .conflict)
        }
    }

    @Test func writeRoutesNeedATokenOrASessionWithItsCSRFToken() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let anonymous = try await client.execute(uri: "\(Self.base)/2/votes", method: .post, headers: [.contentType: "application/json"],
                                                     body: ByteBuffer(string: #"{"decision":"approve"}"#))
            #expect(anonymous.status == .unauthorized)
            let session = try await client.signIn("cmorgan")
            var headers = session.headers
            headers[.contentType] = "application/json"
            let noToken = try await client.execute(uri: "\(Self.base)/2/votes", method: .post, headers: headers,
                                                   body: ByteBuffer(string: #"{"decision":"approve"}"#))
            #expect(noToken.status == .forbidden)
            #expect(noToken.errorCode == "csrf-rejected")
        }
    }
}
