import ClaspGit
import ClaspPlan
import ClaspSpec
import ClaspTestSupport
import Foundation
import Testing

@Suite struct PlanRepositoryTests {
    @Test func createdPlanOpensAndHoldsItsConfigurationAndRoster() throws {
        let fixture = try PlanFixture()
        let reopened = try Plan.open(at: fixture.path)
        let snapshot = try reopened.current()
        #expect(try snapshot.config() == PlanConfig(id: "testville", agency: "City of Testville", timeZone: "America/Los_Angeles"))
        #expect(try snapshot.roster().people.map(\.id) == ["admin", "alma"])
        #expect(try snapshot.classIDs().isEmpty)
        let log = try fixture.git("log", "--format=%an|%ai|%(trailers:key=Change,valueonly)", "main")
        #expect(log.stdout.trimmingWhitespace == "Dana Admin|2026-01-05 09:00:00 -0800|create-plan testville")
    }

    @Test func openingSomethingThatIsNotAPlanSaysWhy() throws {
        let directory = try TemporaryDirectory()
        #expect(throws: PlanError.notAPlan(path: directory.path("missing"), reason: "no such directory")) {
            try Plan.open(at: directory.path("missing"))
        }
        #expect(throws: PlanError.notAPlan(path: directory.path, reason: "not a git repository")) {
            try Plan.open(at: directory.path)
        }
        let bare = directory.path("bare.git")
        _ = try ProcessRunner.git(["init", "--bare", "-q", "-b", "main", bare])
        #expect(throws: PlanError.notAPlan(path: bare, reason: "the repository has no main branch")) {
            try Plan.open(at: bare)
        }
    }

    @Test func creatingOverANonEmptyDirectoryIsRefused() throws {
        let directory = try TemporaryDirectory()
        try directory.write("keep.txt", "data")
        let admin = Person(id: "admin", name: "A", email: "a@x.example", roles: [.administrator])
        #expect(throws: PlanError.alreadyExists(path: directory.path)) {
            try Plan.create(at: directory.path, config: PlanConfig(id: "x", agency: "X"), roster: Roster(people: [admin]), by: admin)
        }
        #expect(FileManager.default.fileExists(atPath: directory.path("keep.txt")))
    }

    @Test func aStaleExpectedHeadWritesNothing() throws {
        let fixture = try PlanFixture()
        let before = try fixture.plan.mainHead()
        try fixture.importVersion("finance-technician", PlanFixture.version("Finance Technician", "2019-07-16"), at: "2026-01-06T10:00:00-08:00")
        let after = try fixture.plan.mainHead()
        #expect(throws: PlanError.concurrentUpdate(ref: "refs/heads/main")) {
            try fixture.plan.record([PlanFileWrite(path: "classes/finance-technician/2020-01-01.yaml", content: "x")],
                                    message: "late", trailers: [], by: fixture.admin, timeZone: "UTC", expectedHead: before)
        }
        #expect(try fixture.plan.mainHead() == after)
    }

    @Test func everythingWrittenPassesGitFsckStrictAndReadsBackThroughTheGitCLI() throws {
        let fixture = try PlanFixture()
        let version = PlanFixture.version("Finance Technician I/II", "2019-07-16")
        try fixture.importVersion("finance-technician", version, at: "2026-01-06T10:00:00-08:00")
        let fsck = try fixture.git("fsck", "--strict", "--no-dangling")
        #expect(fsck.status == 0, "\(fsck.stderr)")
        let shown = try fixture.git("show", "main:classes/finance-technician/2019-07-16.yaml")
        #expect(shown.stdout == SpecVersionCodec.encode(version))
        let trailers = try fixture.git("log", "-1", "--format=%(trailers:only,unfold)", "main")
        #expect(trailers.stdout.contains("Change: import finance-technician 2019-07-16"))
        #expect(trailers.stdout.contains("Effective-Date: 2019-07-16"))
        #expect(trailers.stdout.contains("Bootstrap: administrator import, not an adoption"))
        #expect(trailers.stdout.contains("Recorded-By: admin <admin@plan.example>"))
        let parsed = try ProcessRunner.run("/usr/bin/git", ["--git-dir", fixture.path, "log", "-1", "--format=%B", "main"])
        let interpreted = try ProcessRunner.run("/usr/bin/git", ["interpret-trailers", "--parse"], input: Data(parsed.stdout.utf8))
        #expect(interpreted.stdout.contains("Effective-Date: 2019-07-16"))
    }
}
