import ClaspPlan
import ClaspServer
import Foundation
import HTTPTypes
import Hummingbird
import Testing

/// The agenda packet in the pages: linked from the proposals list, printable, behind the login.
@Suite struct PacketPageTests {
    @Test func theCommitteeCanPrintThePacketOfWhatAwaitsIt() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let session = try await client.signIn("cmorgan")
            let list = try await client.execute(uri: "/plans/roseville/proposals", method: .get, headers: session.headers)
            #expect(list.text.contains("action=\"/plans/roseville/packet\""))
            let packet = try await client.execute(uri: "/plans/roseville/packet?stage=committee", method: .get, headers: session.headers)
            #expect(packet.status == .ok)
            #expect(packet.text.contains("Proposal 2: revise finance-technician 2026-07-01") && packet.text.contains("<ins>"), "\(packet.text.prefix(600))")
            let unknown = try await client.execute(uri: "/plans/roseville/packet?stage=council", method: .get, headers: session.headers)
            #expect(unknown.status == .badRequest)
        }
    }

    @Test func theClassPageListsPendingProposalsAndSaysWhatIsKnownOfTitleOnlyVersions() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let session = try await client.signIn("cmorgan")
            let page = try await client.execute(uri: "/plans/roseville/classes/finance-technician", method: .get, headers: session.headers)
            let pending = try #require(page.text.components(separatedBy: "id=\"pending\"").dropFirst().first)
            #expect(pending.contains("/plans/roseville/proposals/2\">Proposal 2</a>: revise effective 2026-07-01"), "\(pending.prefix(400))")
            // 2012, 2017 and 2018 are known by title and date only: no comparison link between them.
            #expect(page.text.contains("2017-05-31</a> · Finance Technician I/II (text not on file)"), "\(page.text)")
            #expect(!page.text.contains("from=finance-technician@2012-08-25"), "no link to a comparison that cannot be made")
        }
    }

    @Test func anErrorPageKeepsTheMenuAndSaysWhatWentWrong() async throws {
        let fixture = try ServerFixture()
        try await fixture.application.test(.router) { client in
            let session = try await client.signIn("cmorgan")
            let page = try await client.execute(uri: "/plans/roseville/classes/no-such-class", method: .get, headers: session.headers)
            #expect(page.status == .notFound)
            #expect(page.text.contains("href=\"/plans/roseville/proposals\"") && page.text.contains("cmorgan"), "the menu stays: \(page.text)")
            #expect(page.text.contains("no class &#39;no-such-class&#39;"), "\(page.text)")
        }
    }
}
