import ClaspServer
import Foundation
import HTTPTypes
import Hummingbird
import Testing

/// The HTML pages, signed in through the real login form.
@Suite struct PageTests {
    @Test func homeListsOnlyThePlansWhoseRosterHoldsTheAccount() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let auditor = try await client.execute(uri: "/", method: .get, headers: try await client.signIn("auditor").headers)
            #expect(auditor.text.contains("href=\"/plans/roseville\"") && auditor.text.contains("href=\"/plans/sample-city\""))
            let cmorgan = try await client.execute(uri: "/", method: .get, headers: try await client.signIn("cmorgan").headers)
            #expect(cmorgan.text.contains("href=\"/plans/roseville\"") && !cmorgan.text.contains("href=\"/plans/sample-city\""))
        }
    }

    @Test(arguments: [
        ("status=all&as-of=2003-01-01", ["accounting-technician", "billing-specialist", "finance-technician"], []),
        ("status=not-yet-established&as-of=2003-01-01", ["finance-technician"], ["accounting-technician"]),
        ("as-of=2003-01-01", ["accounting-technician"], ["finance-technician", "cash-management-specialist"]),
        ("as-of=2020-01-01", ["finance-technician"], ["accounting-technician"]),
        ("status=merged&as-of=2020-01-01", ["accounting-technician"], ["finance-technician"]),
        ("q=finance&status=all&as-of=2020-01-01", ["finance-technician"], ["billing-specialist"]),
        ("q=prepare+and+post+journal&status=all&as-of=2020-01-01", [], ["billing-specialist"]),
    ])
    func indexFiltersByStatusDateAndSearch(_ query: String, _ present: [String], _ absent: [String]) async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let page = try await client.execute(uri: "/plans/roseville?\(query)", method: .get, headers: try await client.signIn("auditor").headers)
            #expect(page.status == .ok)
            for id in present { #expect(page.text.contains("data-class=\"\(id)\""), "\(id) missing for \(query)") }
            for id in absent { #expect(!page.text.contains("data-class=\"\(id)\""), "\(id) present for \(query)") }
        }
    }

    @Test func searchFindsClassesByCodeAndByWordsOfTheirText() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let session = try await client.signIn("auditor")
            let byCode = try await client.execute(uri: "/plans/sample-city?q=11002", method: .get, headers: session.headers)
            #expect(byCode.text.contains("data-class=\"accounting-technician-ii\""))
            let byText = try await client.execute(uri: "/plans/sample-city?q=paraprofessional", method: .get, headers: session.headers)
            #expect(byText.text.contains("data-class=\"accounting-technician-ii\""))
            let none = try await client.execute(uri: "/plans/sample-city?q=astronaut", method: .get, headers: session.headers)
            #expect(!none.text.contains("data-class="))
        }
    }

    @Test func classPageShowsTheVersionOnTheDateItsTimelineHistoryAndLineage() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let session = try await client.signIn("cmorgan")
            let page = try await client.execute(uri: "/plans/roseville/classes/finance-technician?as-of=2018-01-01", method: .get, headers: session.headers)
            #expect(page.status == .ok)
            #expect(page.text.contains("data-effective=\"2017-05-31\""))
            #expect(page.text.contains("not on file"))
            #expect(page.text.contains("as-of=2019-07-16"))
            #expect(page.text.contains("<table class=\"history\">"))
            #expect(page.text.contains("bootstrap import"))
            #expect(page.text.contains("<svg"))
            #expect(!page.text.contains("<?xml"))
            let current = try await client.execute(uri: "/plans/roseville/classes/finance-technician?as-of=2020-01-01", method: .get, headers: session.headers)
            #expect(current.text.contains("data-effective=\"2019-07-16\""))
            #expect(current.text.contains("data-kind=\"duties\""))
            let early = try await client.execute(uri: "/plans/roseville/classes/finance-technician?as-known-on=2000-01-01", method: .get,
                                                 headers: session.headers)
            #expect(early.status == .notFound)
            #expect(early.text.contains("nothing had been recorded"))
        }
    }

    @Test func specTextWithHTMLOrScriptIsShownAsTextOnEveryPage() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let session = try await client.signIn("auditor")
            let escaped = "&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"
            for uri in ["/plans/sample-city/classes/accounting-technician-ii?as-of=2016-01-01",
                        "/plans/sample-city?q=%3Cscript%3E", "/plans/sample-city/diff?from=accounting-technician-ii@2015-02-01&to=accounting-technician-ii@2020-07-01&x=%3Cscript%3E"] {
                let page = try await client.execute(uri: uri, method: .get, headers: session.headers)
                #expect(page.status == .ok, "\(uri)")
                #expect(!page.text.contains("<script"), "\(uri) carries a script element")
                #expect(!page.text.contains("<b>bold"), "\(uri) carries spec markup")
                if !uri.contains("diff") { #expect(page.text.contains(escaped) || page.text.contains("&lt;script&gt;"), "\(uri)") }
            }
            let searchEcho = try await client.execute(uri: "/plans/sample-city?q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E", method: .get, headers: session.headers)
            #expect(!searchEcho.text.contains("<script>alert(1)"))
            #expect(searchEcho.text.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""))
        }
    }

    @Test func diffPageComparesTwoVersionsAndExplainsMissingText() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let session = try await client.signIn("auditor")
            let diff = try await client.execute(uri: "/plans/sample-city/diff?from=accounting-technician-ii@2015-02-01&to=accounting-technician-ii@2020-07-01",
                                                method: .get, headers: session.headers)
            #expect(diff.status == .ok)
            #expect(diff.text.contains("class=\"clasp-diff\""))
            #expect(diff.text.contains("<ins>advanced</ins>"))
            let empty = try await client.execute(uri: "/plans/sample-city/diff", method: .get, headers: session.headers)
            #expect(empty.text.contains("Name two versions"))
            let notOnFile = try await client.execute(uri: "/plans/roseville/diff?from=finance-technician@2017-05-31&to=finance-technician@2019-07-16",
                                                     method: .get, headers: session.headers)
            #expect(notOnFile.status == .unprocessableContent)
            #expect(notOnFile.text.contains("not on file"))
        }
    }

    @Test func lineagePageDrawsEveryClass() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let page = try await client.execute(uri: "/plans/roseville/lineage", method: .get, headers: try await client.signIn("auditor").headers)
            #expect(page.status == .ok)
            #expect(page.text.contains("<svg"))
            #expect(page.text.contains("Lineage of all classes"))
        }
    }
}
