import ClaspGit
import ClaspPlan
import ClaspSpec
import Testing

/// `signing-key:` in roster.yaml: decoded, written back canonically, refused clearly when it is
/// not an ed25519 public key, and reported by a roster diff.
@Suite struct RosterSigningKeyTests {
    static let key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl carla laptop"

    static func roster(key: String?) -> String {
        """
        people:
        - id: cmorgan
          name: Carla Morgan
          email: cmorgan@plan.example
          roles:
          - committee
        \(key.map { "  signing-key: \($0)\n" } ?? "")
        """
    }

    @Test func aKeyIsDecodedAndWrittenBackCanonically() throws {
        let roster = try Roster.decode(Self.roster(key: Self.key))
        let person = try #require(roster.person("cmorgan"))
        #expect(person.signingKey?.description == Self.key)
        #expect(person.signingKey?.comment == "carla laptop")
        #expect(try Roster.decode(roster.encode()) == roster)
        #expect(roster.encode().contains("  signing-key: \(Self.key)\n"))
        #expect(try Roster.decode(Self.roster(key: nil)).person("cmorgan")?.signingKey == nil)
    }

    @Test(arguments: ["ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ== x", "AAAAC3NzaC1lZDI1NTE5", "ssh-ed25519 not-base64!"])
    func anythingElseIsRefusedNamingTheField(_ value: String) throws {
        do {
            _ = try Roster.decode(Self.roster(key: value))
            Issue.record("'\(value)' was accepted")
        } catch {
            #expect("\(error)".contains("signing-key"), "\(error)")
            #expect("\(error)".contains("ed25519 public key"), "\(error)")
        }
    }

    @Test func aRosterDiffReportsKeyChanges() throws {
        let before = try Roster.decode(Self.roster(key: nil))
        let after = try Roster.decode(Self.roster(key: Self.key))
        let fingerprint = try #require(after.person("cmorgan")?.signingKey?.fingerprint)
        #expect(RosterDiff(from: before, to: after).changes == [.signingKeyChanged(id: "cmorgan", from: nil, to: fingerprint)])
        #expect(RosterDiff(from: after, to: before).changes.map(\.description) == ["removed the signing key of cmorgan"])
    }
}
