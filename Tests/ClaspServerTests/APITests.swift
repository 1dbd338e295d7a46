import ClaspPlan
import ClaspQueries
import ClaspServer
import ClaspSpec
import ClaspTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import Testing

/// The JSON API answers what the CLI answers, in the same shapes.
@Suite struct APITests {
    @Test func showListHistoryAndCheckMatchTheSharedQueries() async throws {
        let fixture = try ServerFixture()
        let token = try fixture.token("auditor")
        let path = fixture.planPath("roseville")
        try await fixture.application.test(.router) { client in
            let plan = try Plan.open(at: path)
            let base = "/api/v1/plans/roseville"
            let show = try await client.api("\(base)/classes/finance-technician?as-of=2018-01-01", token: token)
            #expect(show.text == (try JSONWire.string(PlanQueries.show(plan, classID: "finance-technician", asOf: PlanDate(iso: "2018-01-01"), asKnownOn: nil))) + "\n")
            let list = try await client.api("\(base)/classes?as-of=2003-01-01&all=true", token: token)
            #expect(try JSONDecoder().decode(ListReport.self, from: Data(list.text.utf8))
                    == PlanQueries.list(plan, asOf: PlanDate(iso: "2003-01-01"), asKnownOn: nil, all: true))
            let listText = try await client.api("\(base)/classes?as-of=2003-01-01&format=text", token: token)
            #expect(listText.text == (try PlanQueries.list(plan, asOf: PlanDate(iso: "2003-01-01"), asKnownOn: nil, all: false).text))
            let history = try await client.api("\(base)/classes/finance-technician/history", token: token)
            #expect(try JSONDecoder().decode([HistoryReport].self, from: Data(history.text.utf8)) == PlanQueries.history(plan, classID: "finance-technician"))
            let check = try await client.api("\(base)/check", token: token)
            let report = try JSONDecoder().decode(CheckReport.self, from: Data(check.text.utf8))
            #expect(report.sound && report.classes == 5)
            let yaml = try await client.api("\(base)/classes/finance-technician?as-of=2020-01-01&format=yaml", token: token)
            #expect(yaml.text.hasPrefix("title: Finance Technician"))
        }
    }

    @Test func plansAndMeListOnlyTheCallersMemberships() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let plans = try await client.api("/api/v1/plans", token: try fixture.token("cmorgan"))
            let summaries = try JSONDecoder().decode([PlanSummary].self, from: Data(plans.text.utf8))
            #expect(summaries.map(\.id) == ["roseville"])
            #expect(summaries.first?.agency.isEmpty == false)
            let me = try await client.api("/api/v1/me", token: try fixture.token("auditor"))
            #expect(me.text.contains("\"roseville\"") && me.text.contains("\"sample-city\"") && me.text.contains("\"auditor\""))
            let summary = try await client.api("/api/v1/plans/sample-city", token: try fixture.token("analyst"))
            #expect(summary.status == .ok)
        }
    }

    @Test func diffAndLineageEndpointsOfferTheirFormats() async throws {
        let fixture = try ServerFixture()
        let token = try fixture.token("analyst")
        try await fixture.application.test(.router) { client in
            let versions = "from=accounting-technician-ii@2015-02-01&to=accounting-technician-ii@2020-07-01"
            let json = try await client.api("/api/v1/plans/sample-city/diff?\(versions)", token: token)
            #expect(json.status == .ok && json.text.contains("\"changes\""))
            let markdown = try await client.api("/api/v1/plans/sample-city/diff?\(versions)&format=markdown", token: token)
            #expect(markdown.text.contains("advanced"))
            let missing = try await client.api("/api/v1/plans/sample-city/diff?from=accounting-technician-ii", token: token)
            #expect(missing.status == .badRequest)
            let svg = try await client.api("/api/v1/plans/sample-city/classes/accounting-technician-ii/lineage?format=svg", token: token)
            #expect(svg.headers[.contentType] == "image/svg+xml" && svg.text.contains("<svg"))
            let lineage = try await client.api("/api/v1/plans/sample-city/classes/accounting-technician-ii/lineage", token: token)
            #expect(lineage.status == .ok && lineage.text.hasPrefix("{"))
        }
    }

    @Test func theOpenAPIDocumentDescribesEveryAPIRoute() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let document = try await client.execute(uri: "/api/v1/openapi.yaml", method: .get)
            #expect(document.status == .ok)
            for path in ["/tokens:", "/me:", "/plans:", "/plans/{plan}:", "/plans/{plan}/classes:", "/plans/{plan}/classes/{class}:",
                         "/plans/{plan}/classes/{class}/history:", "/plans/{plan}/classes/{class}/lineage:", "/plans/{plan}/diff:",
                         "/plans/{plan}/check:", "/plans/{plan}/classes/{class}/blame:", "/plans/{plan}/proposals:",
                         "/plans/{plan}/proposals/{number}:", "/plans/{plan}/proposals/{number}/status:",
                         "/plans/{plan}/proposals/{number}/votes:", "/plans/{plan}/proposals/{number}/comments:",
                         "/plans/{plan}/proposals/{number}/revisions:", "/plans/{plan}/proposals/{number}/withdraw:",
                         "/plans/{plan}/proposals/{number}/adopt:", "/plans/{plan}/audit/verify:", "/plans/{plan}/audit/export:"] {
                #expect(document.text.contains("\n  \(path)\n"), "\(path) is not described")
            }
        }
    }

    @Test func healthReportsEveryHostedPlanAndEveryResponseCarriesARequestID() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let health = try await client.execute(uri: "/health", method: .get)
            #expect(health.status == .ok)
            #expect(health.text.contains("\"ok\"") && health.text.contains("sample-city"))
            #expect(health.headers[HTTPField.Name("X-Request-Id")!]?.isEmpty == false)
        }
    }
}

/// Cached answers are keyed by `main`'s head, so a new recorded change is seen at once.
@Suite struct CacheTests {
    @Test func aChangeRecordedOnMainIsServedImmediately() async throws {
        let fixture = try ServerFixture()
        let token = try fixture.token("auditor")
        let path = fixture.planPath("sample-city")
        try await fixture.application.test(.router) { client in
            let uri = "/api/v1/plans/sample-city/classes/accounting-technician-ii?as-of=2030-01-01&format=yaml"
            let before = try await client.api(uri, token: token)
            #expect(before.text.contains("effective: 2020-07-01"))
            let plan = try Plan.open(at: path)
            var spec = try plan.current().version("accounting-technician-ii", effective: try #require(PlanDate(iso: "2020-07-01")))
            spec.effective = try #require(PlanDate(iso: "2025-01-01"))
            spec.probation = "Twelve months (revised)"
            _ = try plan.importVersions([ImportRequest(classID: "accounting-technician-ii", version: spec, source: "test")], by: "admin")
            let after = try await client.api(uri, token: token)
            #expect(after.text.contains("effective: 2025-01-01"))
            #expect(after.text.contains("(revised)"))
        }
    }
}
