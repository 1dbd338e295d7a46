import ClaspPlan
import ClaspServer
import Foundation
import Testing

/// The server holds no private keys: a person whose roster entry lists a signing key is refused
/// any write (403 naming the CLI's option), and nothing is recorded.
@Suite struct SigningKeyRefusalTests {
    static let key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl erin@laptop"

    @Test func aPersonWithASigningKeyIsRefusedWithTheReason() async throws {
        let fixture = try ServerFixture { sources in
            let roster = sources.appendingPathComponent("roseville/roster.yaml")
            let text = try String(contentsOf: roster, encoding: .utf8).replacingOccurrences(
                of: "email: ejohnson@roseville.example\n", with: "email: ejohnson@roseville.example\n  signing-key: \(Self.key)\n")
            #expect(text.contains(Self.key))
            try text.write(to: roster, atomically: true, encoding: .utf8)
        }
        let before = try Plan.open(at: fixture.planPath("roseville")).proposal(2).events.count
        let ejohnson = try fixture.member("ejohnson")
        try await fixture.application.test(.router) { client in
            let vote = try await client.apiPost("/api/v1/plans/roseville/proposals/2/votes", token: ejohnson, json: #"{"decision":"approve"}"#)
            #expect(vote.status == .forbidden)
            #expect(vote.errorCode == "signing-key-required")
            #expect(vote.text.contains("--signing-key"), "\(vote.text)")
        }
        #expect(try Plan.open(at: fixture.planPath("roseville")).proposal(2).events.count == before)
    }
}
