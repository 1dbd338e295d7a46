import ClaspGit
import ClaspPlan
import ClaspSpec
import ClaspTestSupport
import Foundation
import Testing

/// A roster that lists signing keys: Clasp signs what it writes for those people, refuses to
/// write for them without their key, and the audit finds votes, adoptions and bootstraps that
/// are not signed by the roster's key.
@Suite(.enabled(if: SSHTestKeys.isAvailable, "needs ssh-keygen (make deps installs openssh-client)"))
struct SignedApprovalTests {
    /// The fixture's plan with keys for the administrator, both analysts and two committee members.
    struct Signed {
        let keys: TemporaryDirectory
        let fixture: ApprovalFixture
        var signers: [String: SSHSigningKey] = [:]

        init() throws {
            keys = try TemporaryDirectory("clasp-keys")
            var people = ApprovalFixture.people
            for index in people.indices where ["admin", "aortiz", "bchen", "cmorgan", "dpatel"].contains(people[index].id) {
                let id = people[index].id
                signers[id] = try SSHSigningKey.load(path: SSHTestKeys.generate(id, in: keys))
                people[index].signingKey = try SSHPublicKey(openSSH: SSHTestKeys.publicKey(id, in: keys))
            }
            try SSHTestKeys.generate("mallory", in: keys)
            fixture = try ApprovalFixture(people: people, signer: signers["admin"])
        }

        var plan: Plan { fixture.plan }

        /// Acts as `person`, signing with their key.
        func act(_ person: String) { plan.signer = signers[person] }

        /// Opens a duty change (analyst and committee stages) as aortiz, approved by bchen.
        func openDutyChange() throws {
            act("aortiz")
            _ = try fixture.propose(ApprovalFixture.version(duty: "Reconcile accounts, prepare reports and train staff."))
            act("bchen")
            try plan.vote(1, .approve, comment: "", by: "bchen", at: ApprovalFixture.clock(11))
        }

        /// Rewrites the tip of `ref` with the same tree, parent and message, unsigned or signed
        /// with the key file `key` by the git CLI: what someone with write access could do.
        func rewriteTip(_ ref: String, signedWith key: String? = nil) throws -> ObjectID {
            let tip = try fixture.git("rev-parse", ref).stdout.trimmingWhitespace
            // git commit-tree ends the message with the one newline Clasp's messages end with.
            var message = try fixture.git("log", "-1", "--format=%B", tip).stdout
            while message.hasSuffix("\n") { message.removeLast() }
            let parents = try fixture.git("log", "-1", "--format=%P", tip).stdout.split(separator: " ").flatMap { ["-p", $0.trimmingWhitespace] }
            let who = try fixture.git("log", "-1", "--format=%an%n%ae%n%ad", "--date=raw", tip).stdout.split(separator: "\n").map(String.init)
            let sign = key.map { ["-c", "gpg.format=ssh", "-c", "user.signingkey=\($0)"] } ?? []
            let result = try ProcessRunner.git(sign + ["--git-dir", fixture.path, "commit-tree", "\(tip)^{tree}"] + parents
                                               + (key == nil ? [] : ["-S"]) + ["-m", message],
                                               environment: ["GIT_AUTHOR_NAME": who[0], "GIT_AUTHOR_EMAIL": who[1], "GIT_AUTHOR_DATE": who[2],
                                                             "GIT_COMMITTER_NAME": who[0], "GIT_COMMITTER_EMAIL": who[1],
                                                             "GIT_COMMITTER_DATE": who[2]])
            #expect(result.status == 0, "\(result.stderr)")
            let forged = try #require(ObjectID(hex: result.stdout.trimmingWhitespace))
            #expect(try fixture.git("update-ref", ref, forged.hex, tip).status == 0)
            return forged
        }
    }

    @Test func signedVotesAndAdoptionAuditClean() throws {
        let signed = try Signed()
        try signed.openDutyChange()
        signed.act("cmorgan")
        try signed.plan.vote(1, .approve, comment: "ok", by: "cmorgan", at: ApprovalFixture.clock(12))
        signed.act("dpatel")
        try signed.plan.vote(1, .approve, comment: "ok", by: "dpatel", at: ApprovalFixture.clock(13))
        signed.act("aortiz")
        let commit = try signed.plan.adopt(1, by: "aortiz", at: ApprovalFixture.clock(14))
        let report = try signed.plan.auditVerify()
        #expect(report.findings.isEmpty, "\(report.findings.map(\.message))")
        #expect(report.adoptions == [commit])
        #expect(report.bootstraps.count == 1)
        for ref in ["refs/heads/main", "refs/heads/main~1", "refs/proposals/1/meta", "refs/proposals/1/meta~1"] {
            #expect(try signed.fixture.git("cat-file", "commit", ref).stdout.contains("\ngpgsig -----BEGIN SSH SIGNATURE-----"), "\(ref)")
        }
    }

    @Test func writesForASigningPersonNeedTheirKey() throws {
        let signed = try Signed()
        try signed.openDutyChange()
        let cmorgan = try #require(signed.signers["cmorgan"]?.publicKey)
        signed.plan.signer = nil
        #expect(throws: PlanError.signingKeyRequired(person: "cmorgan", key: cmorgan.fingerprint)) {
            try signed.plan.vote(1, .approve, comment: "", by: "cmorgan", at: ApprovalFixture.clock(12))
        }
        let dpatel = try #require(signed.signers["dpatel"]?.publicKey)
        signed.act("dpatel")
        #expect(throws: PlanError.signingKeyMismatch(person: "cmorgan", given: dpatel.fingerprint, expected: cmorgan.fingerprint)) {
            try signed.plan.vote(1, .approve, comment: "", by: "cmorgan", at: ApprovalFixture.clock(12))
        }
        #expect(PlanError.signingKeyRequired(person: "cmorgan", key: cmorgan.fingerprint).description.contains("--signing-key"))
        #expect(try signed.plan.proposal(1).votes.count == 1)
    }

    @Test func forgedVotesAdoptionAndBootstrapAreFindings() throws {
        let signed = try Signed()
        _ = try signed.rewriteTip("refs/heads/main")
        try signed.openDutyChange()
        signed.act("cmorgan")
        try signed.plan.vote(1, .approve, comment: "ok", by: "cmorgan", at: ApprovalFixture.clock(12))
        let unsignedVote = try signed.rewriteTip("refs/proposals/1/meta")
        signed.act("dpatel")
        try signed.plan.vote(1, .approve, comment: "ok", by: "dpatel", at: ApprovalFixture.clock(13))
        let otherKeyVote = try signed.rewriteTip("refs/proposals/1/meta", signedWith: signed.keys.path("mallory"))
        signed.act("aortiz")
        try signed.plan.adopt(1, by: "aortiz", at: ApprovalFixture.clock(14))
        // The adoption rewritten unsigned, and the log's `adopted` event pointed at it again.
        _ = try signed.rewriteTip("refs/heads/main")
        let problems = try signed.plan.auditVerify().findings.map(\.problem)
        #expect(problems.contains(.unsignedBootstrap(administrator: "admin")), "\(problems)")
        #expect(problems.contains(.unsignedVote(voter: "cmorgan", event: unsignedVote)), "\(problems)")
        #expect(problems.contains(.unsignedAdoption(adopter: "aortiz")), "\(problems)")
        #expect(problems.contains { problem in
            if case .badVoteSignature("dpatel", otherKeyVote, let reason) = problem { return reason.contains("not the expected key") }
            return false
        }, "\(problems)")
        #expect(problems.map(\.code).contains("unsigned-vote"))
    }

    /// A key arrives through a roster proposal: adopting it is made and logged under the roster
    /// before it (no key needed), and from then on the person's writes need the key.
    @Test func aKeyAddedByARosterProposalTakesEffectAfterItsAdoption() throws {
        let keys = try TemporaryDirectory("clasp-keys")
        let fixture = try ApprovalFixture()
        let signer = try SSHSigningKey.load(path: SSHTestKeys.generate("admin", in: keys))
        var people = ApprovalFixture.people
        people[0].signingKey = signer.publicKey
        let draft = ProposalDraft(kind: .roster, classIDs: [], files: [PlanFileWrite(path: "roster.yaml", content: Roster(people: people).encode())],
                                  effective: nil, reason: "Dana signs")
        _ = try fixture.plan.propose(draft, by: "admin", at: ApprovalFixture.clock(10))
        try fixture.plan.vote(1, .approve, comment: "", by: "fgarcia", at: ApprovalFixture.clock(11))
        try fixture.plan.vote(1, .approve, comment: "", by: "gkim", at: ApprovalFixture.clock(12))
        try fixture.plan.adopt(1, by: "admin", at: ApprovalFixture.clock(13))
        #expect(try fixture.plan.proposal(1).state == .adopted)
        #expect(try fixture.plan.auditVerify().findings.isEmpty)
        let request = ImportRequest(classID: "accountant", version: ApprovalFixture.version(), source: "test")
        #expect(throws: PlanError.signingKeyRequired(person: "admin", key: signer.publicKey.fingerprint)) {
            _ = try fixture.plan.importVersions([request], by: "admin", overrideReason: "late text", at: ApprovalFixture.clock(14))
        }
        fixture.plan.signer = signer
        _ = try fixture.plan.importVersions([request], by: "admin", overrideReason: "late text", at: ApprovalFixture.clock(14))
        let problems = try fixture.plan.auditVerify().findings.map(\.problem)
        #expect(problems.map(\.code) == ["import-bypassed-workflow"], "\(problems)")
    }
}
