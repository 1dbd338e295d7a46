import ClaspTestSupport
import Foundation
import Testing

/// The approval commands through the real binary: the end-to-end scenario and racing adopters.
@Suite struct ApprovalCLITests {
    static let roster = """
        people:
        - id: admin
          name: Dana Admin
          email: admin@t.example
          roles:
          - administrator
        - id: aortiz
          name: Alma Ortiz
          email: aortiz@t.example
          roles:
          - analyst
        - id: bchen
          name: Ben Chen
          email: bchen@t.example
          roles:
          - analyst
        - id: cmorgan
          name: Carla Morgan
          email: cmorgan@t.example
          roles:
          - committee
        - id: fgarcia
          name: Felix Garcia
          email: fgarcia@t.example
          roles:
          - commissioner

        """

    static func spec(_ date: String, duty: String) -> String {
        "title: Finance Technician\neffective: \(date)\nsections:\n- kind: duties\n  heading: DUTIES\n  items:\n  - text: \(duty)\n"
    }

    /// A plan with one bootstrap-imported class, in a fresh directory.
    static func plan() throws -> (TemporaryDirectory, String) {
        let directory = try TemporaryDirectory("clasp-approve-cli")
        let plan = directory.path("plan")
        let rosterFile = try directory.write("roster.yaml", roster)
        let created = try CLI.run(["init", plan, "--agency", "City of T", "--admin", "admin", "--admin-name", "Dana Admin",
                                   "--admin-email", "admin@t.example", "--roster", rosterFile])
        #expect(created.status == 0, "\(created.stderr)")
        let seed = try directory.write("ft.yaml", spec("2019-07-16", duty: "Reconcile accounts."))
        let imported = try CLI.run(["--plan", plan, "--as", "admin", "import", seed, "--class", "finance-technician"])
        #expect(imported.status == 0, "\(imported.stderr)")
        return (directory, plan)
    }

    @Test func proposeVoteAdoptAuditThenAPlainGitCommitFailsTheAudit() throws {
        let (directory, plan) = try Self.plan()
        let file = try directory.write("fix.yaml", Self.spec("2019-07-16", duty: "Reconcile accounts and audit invoices."))
        func clasp(_ person: String, _ arguments: String...) throws -> ProcessResult {
            try CLI.run(["--plan", plan, "--as", person] + arguments)
        }
        let opened = try clasp("aortiz", "propose", "finance-technician", "--file", file, "-m", "Add invoice audits")
        #expect(opened.status == 0, "\(opened.stderr)")
        #expect(opened.stdout.contains("opened proposal 1: correct finance-technician"))
        let own = try clasp("aortiz", "vote", "1", "approve")
        #expect(own.status == 1)
        #expect(own.stderr.contains("authors cannot approve their own proposal"))
        let early = try clasp("aortiz", "adopt", "1")
        #expect(early.status == 1)
        #expect(early.stderr.contains("is not approved under its workflow"), "\(early.stderr)")
        #expect(try clasp("bchen", "vote", "1", "approve", "-m", "fine").status == 0)
        #expect(try clasp("cmorgan", "vote", "1", "approve").status == 0)
        let shown = try clasp("auditor", "proposal", "1", "--format", "json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        #expect(json["readyToAdopt"] as? Bool == true)
        let adopted = try clasp("aortiz", "adopt", "1")
        #expect(adopted.status == 0, "\(adopted.stderr)")
        let audit = try clasp("auditor", "audit", "verify")
        #expect(audit.status == 0, "\(audit.stdout)\(audit.stderr)")
        #expect(audit.stdout.contains("1 adoption verified"))
        let listed = try clasp("auditor", "proposals", "--state", "adopted")
        #expect(listed.stdout.hasPrefix("1  [adopted]"))
        let blame = try clasp("auditor", "blame", "finance-technician")
        #expect(blame.stdout.contains("proposal 1, approved by bchen (analyst), cmorgan (committee)"), "\(blame.stdout)")
        let csv = try clasp("auditor", "audit", "export", "--format", "csv")
        #expect(csv.stdout.contains("approval,"))

        let git = { (arguments: [String]) in try ProcessRunner.git(["--git-dir", plan] + arguments) }
        let tree = try git(["rev-parse", "main^{tree}"]).stdout.trimmingWhitespace
        let sneaky = try git(["commit-tree", tree, "-p", "main", "-m", "Edit behind Clasp's back"]).stdout.trimmingWhitespace
        #expect(try git(["update-ref", "refs/heads/main", sneaky]).status == 0)
        let failed = try clasp("auditor", "audit", "verify")
        #expect(failed.status == 1)
        #expect(failed.stdout.hasPrefix(String(sneaky.prefix(10))), "\(failed.stdout)")
        #expect(try git(["fsck", "--strict", "--no-dangling"]).status == 0)
    }

    @Test func severalProcessesAdoptingAtOnceAdoptEachProposalOnce() throws {
        let (directory, plan) = try Self.plan()
        // A class per proposal: two revising one class would go stale when the first is adopted.
        let classes = ["finance-technician", "payroll-technician", "budget-technician"]
        for name in classes.dropFirst() {
            let seed = try directory.write("\(name).yaml", Self.spec("2019-07-16", duty: "Reconcile accounts."))
            #expect(try CLI.run(["--plan", plan, "--as", "admin", "import", seed, "--class", name]).status == 0)
        }
        for index in 0..<3 {
            let file = try directory.write("v\(index).yaml", Self.spec("202\(index)-01-01", duty: "Reconcile acounts."))
            #expect(try CLI.run(["--plan", plan, "--as", "aortiz", "propose", classes[index], "--file", file, "-m", "r"]).status == 0)
            #expect(try CLI.run(["--plan", plan, "--as", "bchen", "vote", String(index + 1), "approve"]).status == 0)
        }
        let results = Mutex<[ProcessResult]>([])
        DispatchQueue.concurrentPerform(iterations: 6) { index in
            if let result = try? CLI.run(["--plan", plan, "--as", index % 2 == 0 ? "aortiz" : "bchen", "adopt", String(index % 3 + 1)]) {
                results.withLock { $0.append(result) }
            }
        }
        let all = results.withLock { $0 }
        #expect(all.count == 6)
        #expect(all.filter { $0.status == 0 }.count == 3, "\(all.map(\.stderr))")
        #expect(all.filter { $0.status != 0 }.allSatisfy { $0.stderr.contains("was already adopted") }, "\(all.map(\.stderr))")
        let audit = try CLI.run(["--plan", plan, "audit", "verify"])
        #expect(audit.status == 0, "\(audit.stdout)")
        #expect(audit.stdout.contains("3 adoptions verified"))
        #expect(try ProcessRunner.git(["--git-dir", plan, "fsck", "--strict", "--no-dangling"]).status == 0)
    }
}

/// A lock around a value, for collecting results from `concurrentPerform`.
final class Mutex<Value>: @unchecked Sendable {
    // @unchecked: every access to `value` goes through `lock`.
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
