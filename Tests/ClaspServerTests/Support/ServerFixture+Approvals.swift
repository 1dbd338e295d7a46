import ClaspPlan
import ClaspServer
import ClaspSpec
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

extension ServerFixture {
    /// An API token for a roster id, adding the account first when the fixture lacks it.
    func member(_ id: String) throws -> String {
        if services.accounts.account(id) == nil { try services.accounts.add(id, password: ServerFixture.password) }
        return try token(id)
    }

    /// Finance Technician's 2019-07-16 text with one duty reworded: a proposal body for a correction.
    func correctedFinanceTechnician(_ words: String = "Also reconciles petty cash.") throws -> String {
        let plan = try Plan.open(at: planPath("roseville"))
        var version = try plan.current().version("finance-technician", effective: PlanDate(iso: "2019-07-16")!)
        guard let index = version.sections.firstIndex(where: { !$0.items.isEmpty }) else { return SpecVersionCodec.encode(version) }
        version.sections[index].items[0].text += " " + words
        return SpecVersionCodec.encode(version)
    }

    /// Opens proposal 3 as aortiz through the API: Finance Technician's 2019 text, read through
    /// the API, with a duty added, effective `effective` (drafted from the version in force then).
    /// - Returns: the proposed YAML.
    func openRevisionDraftedFrom2019(_ client: some TestClientProtocol, effective: String) async throws -> String {
        let api = "/api/v1/plans/roseville"
        let aortiz = try member("aortiz")
        var yaml = try await client.api("\(api)/classes/finance-technician?as-of=2020-01-01&format=yaml", token: aortiz).text
        yaml = yaml.replacingOccurrences(of: "effective: 2019-07-16", with: "effective: \(effective)")
            .replacingOccurrences(of: "- Perform specialized and detailed work", with: "- Audit vendor invoices.\n  - Perform specialized and detailed work")
        let body = try String(decoding: JSONSerialization.data(withJSONObject: ["class": "finance-technician", "spec": yaml, "kind": "revise",
                                                                                  "reason": "Add invoice audits"]), as: UTF8.self)
        let opened = try await client.apiPost("\(api)/proposals", token: aortiz, json: body)
        guard opened.status == .created else { throw PlanError.invalidInput("proposing failed: \(opened.text)") }
        return yaml
    }
}

extension TestClientProtocol {
    /// POSTs a JSON body with a bearer token.
    func apiPost(_ uri: String, token: String, json: String = "{}") async throws -> TestResponse {
        try await execute(uri: uri, method: .post, headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                          body: ByteBuffer(string: json))
    }
}

/// JSON text for a request body, with proper escaping.
func jsonBody(_ fields: [String: String]) -> String {
    String(decoding: (try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])) ?? Data("{}".utf8), as: UTF8.self)
}
