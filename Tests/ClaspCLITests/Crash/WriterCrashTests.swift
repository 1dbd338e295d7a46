import ClaspPlan
import ClaspTestSupport
import Foundation
import Testing

/// The other writing commands killed with SIGKILL at seeded random moments: `clasp bench
/// generate`, `clasp import`, `clasp propose` and `clasp remote fetch`. After every kill, once
/// stale lock files are cleared as an operator would, `git fsck --strict` is clean, every
/// reference resolves, `clasp audit verify` passes (or reports only the documented interrupted
/// adoption) and running the command again succeeds.
@Suite(.serialized) struct WriterCrashTests {
    /// Clears the locks a kill left and checks the repository and the audit; `context` names the
    /// round in messages. Returns the number of lock files cleared.
    @discardableResult
    static func expectRecoverable(_ plan: String, _ context: String) throws -> Int {
        let locks = RepositoryCheck.clearStaleLocks(plan)
        try CrashTests.expectConsistent(plan, context)
        let audit = try CLI.run(["--plan", plan, "audit", "verify"])
        if audit.status != 0 {
            let findings = audit.stdout.split(separator: "\n")
            #expect(!findings.isEmpty && findings.allSatisfy { $0.contains("an interrupted adoption") },
                    "\(context): \(audit.stdout)\(audit.stderr)")
        }
        return locks
    }

    /// `clasp bench generate` packs its objects every few adoptions and only then writes the
    /// batch's proposal refs and moves `main`: whatever moment the kill lands, the folder holds no
    /// plan yet, or the plan as of its last flush, a first-parent prefix of the uninterrupted
    /// plan's `main` (generation is deterministic).
    @Test func killedGenerationsLeaveThePlanOfTheLastFlush() throws {
        let directory = try TemporaryDirectory("clasp-generate-crash")
        let sizes = ["--classes", "12", "--versions", "3", "--seed", "5", "--batch-size", "4"]
        let reference = directory.path("reference")
        let start = Date()
        let full = try CLI.run(["bench", "generate", reference] + sizes)
        try #require(full.status == 0, "\(full.stderr)")
        var window = Date().timeIntervalSince(start)
        let line = try RemoteCLITests.git(reference, "rev-list", "--first-parent", "main").stdout.split(separator: "\n").map(String.init)
        var random = SeededGenerator(seed: 715)
        var kills = 0, partial = 0, locks = 0
        for round in 1...SoakSettings.iterations(default: 8) {
            let plan = directory.path("plan-\(round)")
            let command = ["bench", "generate", plan] + sizes
            if try CrashTests.killLanded(command, within: &window, using: &random) { kills += 1 }
            if let main = try? RepositoryCheck.git(plan, "rev-parse", "--verify", "-q", "refs/heads/main").stdout.trimmingWhitespace,
               !main.isEmpty {
                locks += try Self.expectRecoverable(plan, "round \(round) after killing generate")
                #expect(line.contains(main), "round \(round): main \(main) is not on the uninterrupted plan's main")
                if main != line.first { partial += 1 }
            }
            // A plan folder must be new or empty: running again means running into a clean folder.
            try? FileManager.default.removeItem(atPath: plan)
            let again = try CLI.run(command)
            #expect(again.status == 0, "round \(round): \(again.stderr)")
            #expect(try RemoteCLITests.git(plan, "rev-parse", "main").stdout.trimmingWhitespace == line.first)
        }
        print("generate crash test: \(kills) generations killed mid-run, \(partial) left a plan short of the end, \(locks) stale lock files cleared")
    }

    /// `clasp import` of two text specs, each its own bootstrap commit: a killed import leaves
    /// the plan with none, one or both, and running it again records what is missing.
    @Test func killedImportsLeaveAConsistentPlan() throws {
        let directory = try TemporaryDirectory("clasp-import-crash")
        let seeds = ["000_83a157b970d7c809.txt", "002_5542abc9f835574d.txt"].map {
            PackagePaths.root.appendingPathComponent("Tests/ClaspSpecTests/Fixtures/seeds/\($0)").path
        }
        var random = SeededGenerator(seed: 716)
        var window = 0.3, kills = 0, locks = 0
        var expected: String?
        let roster = try directory.write("roster.yaml", RosterTemplate.text)
        for round in 1...SoakSettings.iterations(default: 6) {
            let plan = directory.path("plan-\(round)")
            let created = try CLI.run(["init", plan, "--agency", "City of T", "--time-zone", "America/Los_Angeles",
                                       "--admin", "admin", "--admin-name", "Dana Admin", "--admin-email", "admin@t.example",
                                       "--roster", roster])
            try #require(created.status == 0, "\(created.stderr)")
            let command = ["--plan", plan, "--as", "admin", "import"] + seeds
            if round == 1 { window = try KilledProcess.duration(command) } else {
                if try CrashTests.killLanded(command, within: &window, using: &random) { kills += 1 }
                locks += try Self.expectRecoverable(plan, "round \(round) after killing import")
                let again = try CLI.run(command)
                #expect(again.status == 0, "round \(round): \(again.stderr)")
            }
            try Self.expectRecoverable(plan, "round \(round) after importing again")
            let classes = try RemoteCLITests.git(plan, "ls-tree", "-r", "--name-only", "main", "classes/").stdout
            if let expected { #expect(classes == expected, "round \(round)") } else { expected = classes }
        }
        print("import crash test: \(kills) imports killed mid-run, \(locks) stale lock files cleared")
    }

    /// `clasp propose` claims a number, then writes the head ref and the version-file claims:
    /// a kill anywhere leaves the plan auditable and the next proposal can be opened.
    @Test func killedProposalsLeaveAConsistentPlan() throws {
        let (directory, plan) = try ApprovalCLITests.plan()
        var random = SeededGenerator(seed: 717)
        var window = 0.3, kills = 0, landed = 0, locks = 0
        for round in 1...SoakSettings.iterations(default: 8) {
            let file = try directory.write("p\(round).yaml", ApprovalCLITests.spec("\(2030 + round)-01-01", duty: "Round \(round) duties."))
            let command = ["--plan", plan, "--as", "aortiz", "propose", "finance-technician", "--file", file, "-m", "Round \(round)"]
            let before = try RepositoryCheck.references(plan).keys.filter { $0.hasSuffix("/meta") }.count
            if round == 1 { window = try KilledProcess.duration(command); continue }
            if try CrashTests.killLanded(command, within: &window, using: &random) { kills += 1 }
            locks += try Self.expectRecoverable(plan, "round \(round) after killing propose")
            let listed = try CLI.run(["--plan", plan, "proposals"])
            #expect(listed.status == 0, "round \(round): \(listed.stderr)")
            let opened = try RepositoryCheck.references(plan).keys.filter { $0.hasSuffix("/meta") }.count
            if opened > before {
                // The killed run had claimed its number: that proposal stands and reads back.
                landed += 1
                let shown = try CLI.run(["--plan", plan, "proposal", String(opened)])
                #expect(shown.status == 0, "round \(round): \(shown.stderr)")
            } else {
                let again = try CLI.run(command)
                #expect(again.status == 0, "round \(round): \(again.stderr)")
            }
            try Self.expectRecoverable(plan, "round \(round) after proposing again")
        }
        print("propose crash test: \(kills) proposals killed mid-run, \(landed) rounds found their proposal opened (killed late or not at all), \(locks) stale lock files cleared")
    }

    /// `clasp remote fetch` into a copy while the origin adopts: a killed fetch leaves the copy
    /// auditable, and fetching again brings it level with the origin.
    @Test func killedFetchesLeaveAConsistentCopy() throws {
        let (directory, origin) = try ApprovalCLITests.plan()
        let copy = directory.path("copy")
        try #require(try CLI.run(["remote", "clone", origin, copy]).status == 0)
        var random = SeededGenerator(seed: 718)
        var window = 0.3, kills = 0, locks = 0
        let command = ["--plan", copy, "remote", "fetch"]
        for round in 1...SoakSettings.iterations(default: 6) {
            for step in 1...2 {
                try RemoteCLITests.adoptOne(origin, in: directory, date: "\(2030 + round)-0\(step)-01", duty: "Round \(round) step \(step).")
            }
            if round == 1 { window = try KilledProcess.duration(command) } else {
                if try CrashTests.killLanded(command, within: &window, using: &random) { kills += 1 }
                locks += try Self.expectRecoverable(copy, "round \(round) after killing fetch")
                let again = try CLI.run(command)
                #expect(again.status == 0, "round \(round): \(again.stderr)")
            }
            #expect(try RemoteCLITests.references(copy) == RemoteCLITests.references(origin), "round \(round)")
            try RemoteCLITests.expectSound(copy, adoptions: 2 * round)
        }
        print("fetch crash test: \(kills) fetches killed mid-run, \(locks) stale lock files cleared")
    }
}
