import ClaspGit
import ClaspPlan
import ClaspSpec
import ClaspTestSupport
import Foundation
import Testing

/// A plan with several classes recorded over many commits, and a clone for making commits
/// with the real git CLI, so index tests can move `main` the ways people do.
struct IndexFixture {
    let fixture: PlanFixture
    var plan: Plan { fixture.plan }
    var classIDs: [String] { ["alpha", "beta", "gamma"] }

    /// Records `rounds` versions of "alpha" interleaved with "beta" and "gamma", one commit each.
    init(rounds: Int = 12) throws {
        fixture = try PlanFixture()
        var minute = 0
        func at() -> String {
            defer { minute += 7 }
            return String(format: "2026-02-%02dT%02d:%02d:00-08:00", 1 + minute / 600, 8 + (minute / 60) % 10, minute % 60)
        }
        for round in 0..<rounds {
            let year = 2000 + round
            try fixture.importVersion("alpha", PlanFixture.version("Alpha Analyst", "\(year)-07-01", duty: "Duty \(round)."), at: at())
            if round % 3 == 0 {
                try fixture.importVersion("beta", PlanFixture.version("Beta Buyer", "\(year)-01-01"), at: at())
            }
            if round % 5 == 1 {
                try fixture.importVersion("gamma", PlanFixture.version("Gamma Guard", "\(year)-03-01"), at: at())
            }
        }
    }

    /// Expects the index and the walking reference to give the same history and the same blame
    /// for every class.
    func expectAgreement(_ plan: Plan? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let plan = plan ?? self.plan
        for id in classIDs {
            let indexed = try plan.history(ofClass: id)
            let walked = try plan.historyByWalking(ofClass: id)
            #expect(indexed == walked, "history of \(id)", sourceLocation: sourceLocation)
            #expect(!indexed.isEmpty, sourceLocation: sourceLocation)
            let blame = try plan.blame(ofClass: id)
            #expect(blame == (try plan.blameByWalking(ofClass: id)), "blame of \(id)", sourceLocation: sourceLocation)
            #expect(!blame.isEmpty, sourceLocation: sourceLocation)
        }
    }

    /// A non-bare clone of the plan for git CLI work, with `main` checked out.
    func clone() throws -> String {
        let target = fixture.directory.path("clone-\(UUID().uuidString.prefix(8))")
        try run(["clone", "-q", "--branch", "main", fixture.path, target])
        return target
    }

    /// Runs the git CLI, failing the test with its output when it fails.
    @discardableResult
    func run(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:]) throws -> String {
        let result = try ProcessRunner.git(arguments, in: directory, environment: environment)
        try #require(result.status == 0, "git \(arguments.joined(separator: " ")): \(result.stderr)")
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Writes a file in a clone and commits it with the git CLI.
    func commitFile(_ path: String, _ content: String, in clone: String, message: String) throws {
        try FileManager.default.createDirectory(atPath: (clone + "/" + path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(content.utf8).write(to: URL(fileURLWithPath: clone + "/" + path))
        try run(["add", path], in: clone)
        try run(["commit", "-q", "-m", message], in: clone)
    }
}

/// Helpers for damaging an index file the way old versions or other tools might.
enum RecordedIndexTestSupport {
    /// Replaces the file with a valid SQLite database of another shape (an old schema version),
    /// written by Python's sqlite3 so the test does not share the index's own code.
    static func removeAndWriteForeignDatabase(at path: String) {
        try? FileManager.default.removeItem(atPath: path)
        let script = """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
            db.execute("INSERT INTO meta VALUES ('schema', '0'), ('head', 'not-a-commit')")
            db.execute("CREATE TABLE commits (position INTEGER PRIMARY KEY, id TEXT)")
            db.commit()
            """
        _ = try? ProcessRunner.run("/usr/bin/env", ["python3", "-c", script, path])
    }
}
