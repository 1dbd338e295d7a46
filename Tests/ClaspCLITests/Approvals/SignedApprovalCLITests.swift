import ClaspGit
import ClaspPlan
import ClaspSpec
import ClaspTestSupport
import Foundation
import Testing

/// A plan whose roster lists signing keys, driven through the real binary: votes and the
/// adoption are signed with `--signing-key` (or `CLASP_SIGNING_KEY`), refused without the
/// person's key, audited clean, and `git verify-commit` accepts what Clasp signed.
@Suite(.enabled(if: SSHTestKeys.isAvailable, "needs ssh-keygen (make deps installs openssh-client)"))
struct SignedApprovalCLITests {
    static let signers = ["admin", "aortiz", "bchen", "cmorgan", "dpatel"]

    @Test func signedVotesAndAdoptionThroughTheCLI() throws {
        let directory = try TemporaryDirectory("clasp-signed")
        let people = try [
            ("admin", "Dana Admin", Role.administrator), ("aortiz", "Alma Ortiz", .analyst), ("bchen", "Ben Chen", .analyst),
            ("cmorgan", "Carla Morgan", .committee), ("dpatel", "Dev Patel", .committee), ("ejohnson", "Erin Johnson", .committee),
        ].map { id, name, role in
            var person = Person(id: id, name: name, email: "\(id)@plan.example", roles: [role])
            if Self.signers.contains(id) {
                try SSHTestKeys.generate(id, in: directory)
                person.signingKey = try SSHPublicKey(openSSH: SSHTestKeys.publicKey(id, in: directory))
            }
            return person
        }
        try SSHTestKeys.generate("mallory", in: directory)
        let path = directory.path("plan")
        let plan = try Plan.create(at: path, config: PlanConfig(id: "testville", agency: "City of Testville"),
                                   roster: Roster(people: people), files: DefaultWorkflows.files, by: people[0],
                                   signer: SSHSigningKey.load(path: directory.path("admin")))
        let version = SpecVersion(title: "Finance Technician", effective: PlanDate(iso: "2019-07-16")!, sections: [
            Section(kind: .definition, heading: "DEFINITION", text: ["To perform technical accounting work."]),
            Section(kind: .duties, heading: "EXAMPLES OF ESSENTIAL DUTIES", items: [Item(text: "Reconcile accounts and prepare reports.")]),
        ])
        _ = try plan.importVersions([ImportRequest(classID: "finance-technician", version: version, source: "test")], by: "admin")

        func clasp(_ person: String, key: String?, _ arguments: String..., environment: [String: String] = [:]) throws -> ProcessResult {
            try CLI.run(["--plan", path, "--as", person] + (key.map { ["--signing-key", directory.path($0)] } ?? []) + arguments,
                        environment: environment)
        }
        var yaml = try CLI.run(["--plan", path, "show", "finance-technician", "--format", "yaml"]).stdout
        yaml = yaml.replacingOccurrences(of: "effective: 2019-07-16", with: "effective: 2027-01-01")
            .replacingOccurrences(of: "Reconcile accounts and prepare reports.", with: "Reconcile accounts, prepare reports and train staff.")
        let file = try directory.write("ft-2027.yaml", yaml)

        let unsignedPropose = try clasp("aortiz", key: nil, "propose", "finance-technician", "--file", file, "--effective", "2027-01-01",
                                        "--kind", "revise", "-m", "Add training")
        #expect(unsignedPropose.status == 1)
        #expect(unsignedPropose.stderr.contains("--signing-key PATH"), "\(unsignedPropose.stderr)")
        let opened = try clasp("aortiz", key: "aortiz", "propose", "finance-technician", "--file", file, "--effective", "2027-01-01",
                               "--kind", "revise", "-m", "Add training")
        #expect(opened.status == 0, "\(opened.stderr)")

        let wrongKey = try clasp("bchen", key: "mallory", "vote", "1", "approve")
        #expect(wrongKey.status == 1)
        #expect(wrongKey.stderr.contains("is not bchen's key in the roster"), "\(wrongKey.stderr)")
        let byEnvironment = try clasp("bchen", key: nil, "vote", "1", "approve", environment: ["CLASP_SIGNING_KEY": directory.path("bchen")])
        #expect(byEnvironment.status == 0, "\(byEnvironment.stderr)")
        for person in ["cmorgan", "dpatel"] {
            let vote = try clasp(person, key: person, "vote", "1", "approve", "-m", "ok")
            #expect(vote.status == 0, "\(person): \(vote.stderr)")
        }
        let adopted = try clasp("aortiz", key: "aortiz", "adopt", "1")
        #expect(adopted.status == 0, "\(adopted.stderr)")
        let audit = try CLI.run(["--plan", path, "audit", "verify"])
        #expect(audit.status == 0, "\(audit.stdout)\(audit.stderr)")

        // git itself accepts the adoption and the events, checked against the roster's keys.
        let allowed = people.compactMap { person in person.signingKey.map { "\(person.email) \($0.openSSH)" } }.joined(separator: "\n")
        let allowedFile = try directory.write("allowed_signers", allowed + "\n")
        for ref in ["main", "main~1", "refs/proposals/1/meta", "refs/proposals/1/meta~2"] {
            let verified = try ProcessRunner.git(["-c", "gpg.format=ssh", "-c", "gpg.ssh.allowedSignersFile=\(allowedFile)",
                                                  "--git-dir", path, "verify-commit", ref])
            #expect(verified.status == 0, "\(ref): \(verified.stderr)")
            #expect(verified.stderr.contains("Good \"git\" signature"), "\(ref): \(verified.stderr)")
        }
        let log = try ProcessRunner.git(["-c", "gpg.format=ssh", "-c", "gpg.ssh.allowedSignersFile=\(allowedFile)",
                                         "--git-dir", path, "log", "--format=%G? %ae", "main"])
        #expect(log.stdout.split(separator: "\n").prefix(2) == ["G aortiz@plan.example", "G admin@plan.example"], "\(log.stdout)")
    }
}
