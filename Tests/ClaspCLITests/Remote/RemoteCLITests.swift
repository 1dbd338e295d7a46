import ClaspTestSupport
import Foundation
import Testing

/// `clasp remote` between copies of a plan: a bare repository on disk and a real `git daemon`.
/// Every test ends with `git fsck --strict` and the audit on both sides.
@Suite struct RemoteCLITests {
    static func clasp(_ plan: String, _ person: String, _ arguments: String...) throws -> ProcessResult {
        try CLI.run(["--plan", plan, "--as", person] + arguments)
    }

    /// Opens proposal `n` in `plan` as aortiz, has bchen and cmorgan approve it and adopts it.
    static func adoptOne(_ plan: String, in directory: TemporaryDirectory, date: String, duty: String) throws {
        let file = try directory.write("\(UUID().uuidString).yaml", ApprovalCLITests.spec(date, duty: duty))
        let opened = try clasp(plan, "aortiz", "propose", "finance-technician", "--file", file, "-m", "Change")
        try #require(opened.status == 0, "\(opened.stderr)")
        let number = try #require(opened.stdout.split(separator: " ").dropFirst(2).first.map { String($0.dropLast()) })
        #expect(try clasp(plan, "bchen", "vote", number, "approve").status == 0)
        #expect(try clasp(plan, "cmorgan", "vote", number, "approve").status == 0)
        let adopted = try clasp(plan, "bchen", "adopt", number)
        #expect(adopted.status == 0, "\(adopted.stderr)")
    }

    static func git(_ plan: String, _ arguments: String...) throws -> ProcessResult {
        try ProcessRunner.git(["--git-dir", plan] + arguments)
    }

    /// Every reference of the repository, `name target` per line, as git sees them.
    static func references(_ plan: String) throws -> String {
        try git(plan, "for-each-ref", "--format=%(refname) %(objectname)", "refs/heads", "refs/proposals").stdout
    }

    static func expectSound(_ plan: String, adoptions: Int) throws {
        let fsck = try git(plan, "fsck", "--strict", "--no-dangling")
        #expect(fsck.status == 0, "\(fsck.stdout)\(fsck.stderr)")
        let audit = try clasp(plan, "auditor", "audit", "verify")
        #expect(audit.status == 0, "\(audit.stdout)\(audit.stderr)")
        #expect(audit.stdout.contains("\(adoptions) adoption"), "\(audit.stdout)")
    }

    @Test func cloneAdoptPushAndFetchThroughABareRepository() throws {
        let (directory, origin) = try ApprovalCLITests.plan()
        try Self.adoptOne(origin, in: directory, date: "2020-01-01", duty: "Reconcile ledgers.")
        let copy = directory.path("copy")
        let cloned = try CLI.run(["remote", "clone", origin, copy])
        #expect(cloned.status == 0, "\(cloned.stderr)")
        #expect(try Self.references(copy) == Self.references(origin))
        let originAudit = try Self.clasp(origin, "auditor", "audit", "verify")
        #expect(try Self.clasp(copy, "auditor", "audit", "verify").stdout == originAudit.stdout)
        #expect(try Self.clasp(copy, "auditor", "remote", "list").stdout == "origin\t\(origin)\n")

        try Self.adoptOne(copy, in: directory, date: "2021-01-01", duty: "Reconcile ledgers and audit invoices.")
        let pushed = try Self.clasp(copy, "aortiz", "remote", "push", "origin")
        #expect(pushed.status == 0, "\(pushed.stderr)")
        #expect(pushed.stdout.contains("pushed refs/heads/main"), "\(pushed.stdout)")
        #expect(try Self.references(copy) == Self.references(origin))
        try Self.expectSound(origin, adoptions: 2)

        try Self.adoptOne(origin, in: directory, date: "2022-01-01", duty: "Reconcile ledgers, audit invoices.")
        let stale = try Self.clasp(copy, "aortiz", "remote", "push")
        #expect(stale.status == 1)
        #expect(stale.stderr.contains("run `clasp remote fetch origin` first"), "\(stale.stderr)")
        let fetched = try Self.clasp(copy, "aortiz", "remote", "fetch")
        #expect(fetched.status == 0, "\(fetched.stderr)")
        #expect(try Self.references(copy) == Self.references(origin))
        try Self.expectSound(copy, adoptions: 3)
        #expect(try Self.clasp(copy, "aortiz", "remote", "fetch").stdout.contains("0 references updated"))
    }

    @Test func aFetchThatWouldRewriteMainOrAMetaLogIsRefusedAndChangesNothing() throws {
        let (directory, origin) = try ApprovalCLITests.plan()
        try Self.adoptOne(origin, in: directory, date: "2020-01-01", duty: "Reconcile ledgers.")
        let copy = directory.path("copy")
        #expect(try CLI.run(["remote", "clone", origin, copy]).status == 0)
        let before = try Self.references(copy)

        // Someone rewinds origin's main past the adoption and records something else instead.
        let parent = try Self.git(origin, "rev-parse", "main~1").stdout.trimmingWhitespace
        let tree = try Self.git(origin, "rev-parse", "main~1^{tree}").stdout.trimmingWhitespace
        let other = try Self.git(origin, "commit-tree", tree, "-p", parent, "-m", "Rewritten").stdout.trimmingWhitespace
        #expect(try Self.git(origin, "update-ref", "refs/heads/main", other).status == 0)
        let refused = try Self.clasp(copy, "aortiz", "remote", "fetch")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("refused to fetch from origin: it would rewrite history already recorded here"), "\(refused.stderr)")
        #expect(refused.stderr.contains("refs/heads/main is"), "\(refused.stderr)")
        #expect(try Self.references(copy) == before)
        try Self.expectSound(copy, adoptions: 1)

        // Put main back, then rewrite proposal 1's log without its last event.
        let adopted = try #require(before.split(separator: "\n").first { $0.hasPrefix("refs/heads/main ") }?.split(separator: " ").last)
        #expect(try Self.git(origin, "update-ref", "refs/heads/main", String(adopted)).status == 0)
        #expect(try Self.git(origin, "update-ref", "refs/proposals/1/meta", "refs/proposals/1/meta~1").status == 0)
        #expect(try Self.clasp(copy, "aortiz", "remote", "fetch").status == 0, "origin is merely behind on the log")
        let forgery = try Self.git(origin, "commit-tree", "refs/proposals/1/meta^{tree}", "-p", "refs/proposals/1/meta",
                                   "-m", "Vote approve\n\nEvent: vote\nProposal: 1\nPerson: bchen")
        let forged = forgery.stdout.trimmingWhitespace
        #expect(try Self.git(origin, "update-ref", "refs/proposals/1/meta", forged).status == 0, "\(forgery.stderr)")
        let rewritten = try Self.clasp(copy, "aortiz", "remote", "fetch")
        #expect(rewritten.status == 1)
        #expect(rewritten.stderr.contains("refs/proposals/1/meta is"), "\(rewritten.stderr)")
        #expect(try Self.references(copy) == before)
        try Self.expectSound(copy, adoptions: 1)
    }

    @Test func replicationOverARealGitDaemon() throws {
        let (directory, origin) = try ApprovalCLITests.plan()
        try Self.adoptOne(origin, in: directory, date: "2020-01-01", duty: "Reconcile ledgers.")
        let daemon = try GitDaemon(serving: directory.path)
        defer { daemon.stop() }
        let copy = directory.path("copy")
        let cloned = try CLI.run(["remote", "clone", daemon.url("plan"), copy])
        #expect(cloned.status == 0, "\(cloned.stderr)")
        #expect(try Self.references(copy) == Self.references(origin))
        #expect(try Self.clasp(copy, "auditor", "audit", "verify").stdout == Self.clasp(origin, "auditor", "audit", "verify").stdout)

        try Self.adoptOne(copy, in: directory, date: "2021-01-01", duty: "Reconcile ledgers and audit invoices.")
        let pushed = try Self.clasp(copy, "aortiz", "remote", "push")
        #expect(pushed.status == 0, "\(pushed.stderr)")
        #expect(try Self.references(copy) == Self.references(origin))
        try Self.expectSound(origin, adoptions: 2)

        let unknown = try Self.clasp(copy, "aortiz", "remote", "fetch", "upstream")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no remote named 'upstream' (known: origin)"), "\(unknown.stderr)")
    }
}
