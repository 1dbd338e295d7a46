import ClaspGit
import ClaspPlan
import ClaspSpec
import ClaspTestSupport
import Foundation
import Testing

@Suite struct RecordedIndexTests {
    @Test func agreesWithWalkingAndCatchesUpIncrementally() throws {
        let setup = try IndexFixture(rounds: 14)
        let first = try setup.plan.recordedIndex().update
        #expect(first == .rebuilt(commits: try setup.plan.mainHistory().count))
        try setup.expectAgreement()
        #expect(try setup.plan.history(ofClass: "alpha").count == 14)

        try setup.fixture.importVersion("alpha", PlanFixture.version("Alpha Analyst", "2030-07-01"), at: "2026-03-01T09:00:00-08:00")
        try setup.fixture.importVersion("beta", PlanFixture.version("Beta Buyer", "2030-01-01"), at: "2026-03-01T10:00:00-08:00")
        #expect(try setup.plan.recordedIndex().update == .extended(commits: 2))
        #expect(try setup.plan.recordedIndex().update == .upToDate)
        try setup.expectAgreement()
        #expect(try setup.plan.history(ofClass: "alpha").first?.effectiveDates == [PlanDate(iso: "2030-07-01")!])
    }

    @Test func persistsAcrossPlanInstances() throws {
        let setup = try IndexFixture(rounds: 4)
        _ = try setup.plan.history(ofClass: "alpha")
        let reopened = try Plan.open(at: setup.fixture.path)
        #expect(try reopened.recordedIndex().update == .upToDate)
        #expect(FileManager.default.fileExists(atPath: reopened.recordedIndexPath))
        try setup.expectAgreement(reopened)
    }

    @Test func unknownClassIsStillAnError() throws {
        let setup = try IndexFixture(rounds: 2)
        #expect(throws: PlanError.unknownClass("delta")) { try setup.plan.history(ofClass: "delta") }
        #expect(throws: PlanError.invalidClassID("Not A Slug")) { try setup.plan.history(ofClass: "Not A Slug") }
    }

    @Test func followsOnlyTheFirstParentOfMergesMadeByGit() throws {
        let setup = try IndexFixture(rounds: 5)
        try setup.expectAgreement()
        let clone = try setup.clone()
        try setup.run(["checkout", "-q", "-b", "side", "HEAD~3"], in: clone)
        try setup.commitFile("classes/alpha/notes.txt", "side note\n", in: clone, message: "Side note on alpha")
        let sideCommit = try setup.run(["rev-parse", "HEAD"], in: clone)
        try setup.run(["checkout", "-q", "main"], in: clone)
        try setup.commitFile("classes/beta/notes.txt", "main note\n", in: clone, message: "Main note on beta")
        try setup.run(["merge", "-q", "--no-ff", "-m", "Merge the side note", "side"], in: clone)
        try setup.run(["push", "-q", "origin", "main"], in: clone)

        #expect(try setup.plan.recordedIndex().update == .extended(commits: 2))
        try setup.expectAgreement()
        let alpha = try setup.plan.history(ofClass: "alpha")
        #expect(alpha.first?.summary == "Merge the side note")
        #expect(alpha.first?.files == ["notes.txt"])
        #expect(!alpha.contains { $0.commit.hex == sideCommit })
    }

    @Test func blameFromTheIndexFollowsAFileDeletedAndRestoredByGit() throws {
        let setup = try IndexFixture(rounds: 5)
        _ = try setup.plan.recordedIndex()
        let clone = try setup.clone()
        let latest = "classes/alpha/2004-07-01.yaml"
        try setup.run(["rm", "-q", latest], in: clone)
        try setup.run(["commit", "-q", "-m", "Drop alpha's latest version"], in: clone)
        try setup.run(["revert", "--no-edit", "HEAD"], in: clone)
        let restore = try setup.run(["rev-parse", "HEAD"], in: clone)
        try setup.run(["push", "-q", "origin", "main"], in: clone)

        #expect(try setup.plan.recordedIndex().update == .extended(commits: 2))
        try setup.expectAgreement()
        // "Duty 4." is only in the deleted file: it left the class and came back with the restore.
        let duty = try #require(try setup.plan.blame(ofClass: "alpha").first { $0.text == "Duty 4." })
        #expect(duty.commit.hex == restore)
        // Text the other version files kept throughout keeps its first origin.
        let carried = try #require(try setup.plan.blame(ofClass: "alpha").first { $0.section == .definition })
        #expect(carried.commit.hex != restore)
    }

    @Test func rebuildsWhenTheIndexedHeadLeavesTheFirstParentLine() throws {
        let setup = try IndexFixture(rounds: 5)
        _ = try setup.plan.recordedIndex()
        let clone = try setup.clone()
        // A branch from an older commit merges main in, then becomes main by fast-forward: the
        // old head is still an ancestor, but only through a second parent.
        try setup.run(["checkout", "-q", "-b", "other", "HEAD~2"], in: clone)
        try setup.commitFile("classes/gamma/notes.txt", "other\n", in: clone, message: "Note on gamma")
        try setup.run(["merge", "-q", "--no-ff", "-m", "Merge main into other", "main"], in: clone)
        try setup.run(["push", "-q", "origin", "other:main"], in: clone)

        let update = try setup.plan.recordedIndex().update
        #expect(update == .rebuilt(commits: try setup.plan.mainHistory().count))
        try setup.expectAgreement()
    }

    @Test func rebuildsAfterHistoryIsRewritten() throws {
        let setup = try IndexFixture(rounds: 6)
        let before = try setup.plan.history(ofClass: "alpha")
        let clone = try setup.clone()
        try setup.run(["reset", "-q", "--hard", "HEAD~3"], in: clone)
        try setup.commitFile("classes/alpha/notes.txt", "rewritten\n", in: clone, message: "Rewrite alpha")
        try setup.run(["push", "-q", "--force", "origin", "main"], in: clone)

        #expect(try setup.plan.recordedIndex().update == .rebuilt(commits: try setup.plan.mainHistory().count))
        try setup.expectAgreement()
        let after = try setup.plan.history(ofClass: "alpha")
        #expect(after.first?.summary == "Rewrite alpha")
        #expect(after.count < before.count + 1)
    }

    @Test(arguments: ["delete", "garbage", "truncate", "foreign-schema"])
    func survivesADamagedIndexFile(damage: String) throws {
        let setup = try IndexFixture(rounds: 4)
        let expected = try setup.plan.historyByWalking(ofClass: "alpha")
        #expect(try setup.plan.history(ofClass: "alpha") == expected)
        let file = setup.plan.recordedIndexPath
        switch damage {
        case "delete":
            try FileManager.default.removeItem(atPath: file)
        case "garbage":
            try Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }).write(to: URL(fileURLWithPath: file))
        case "truncate":
            let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
            try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: file))
        default:
            // A valid SQLite file of some other shape: an index from an older schema.
            RecordedIndexTestSupport.removeAndWriteForeignDatabase(at: file)
        }
        #expect(try setup.plan.history(ofClass: "alpha") == expected)
        try setup.expectAgreement()
        let reopened = try Plan.open(at: setup.fixture.path)
        #expect(try reopened.recordedIndex().update == .upToDate)
    }

    @Test func asKnownOnAgreesWithTheCommitTimes() throws {
        let setup = try IndexFixture(rounds: 3)
        let history = try setup.plan.mainHistory().map { try setup.plan.commit($0) }
        for day in ["2026-01-05", "2026-02-01", "2026-02-02", "2027-01-01"] {
            let date = PlanDate(iso: day)!
            let limit = RecordedTime.startOfDay(after: date, timeZone: "America/Los_Angeles")
            let expected = history.first { $0.committer.time < limit }?.id
            #expect(try setup.plan.snapshot(asKnownOn: date).commit.id == expected, "known on \(day)")
        }
        #expect(throws: PlanError.self) { try setup.plan.snapshot(asKnownOn: PlanDate(iso: "2025-12-31")!) }
    }

    @Test func asKnownOnTakesWhatAWalkMeetsFirstWhenCommitClocksRunBackwards() throws {
        let setup = try IndexFixture(rounds: 3)
        _ = try setup.plan.recordedIndex()
        // Two commits made after the fixture's (February 2026) with clocks set earlier, the
        // second arriving after the index was extended by the first.
        let clone = try setup.clone()
        for (index, time) in ["2025-06-01T12:00:00-08:00", "2026-01-20T12:00:00-08:00"].enumerated() {
            try Data("note \(index)\n".utf8).write(to: URL(fileURLWithPath: "\(clone)/classes/beta/notes-\(index).txt"))
            try setup.run(["add", "."], in: clone)
            try setup.run(["commit", "-q", "-m", "Note \(index)"], in: clone, environment: ["GIT_COMMITTER_DATE": time])
            try setup.run(["push", "-q", "origin", "main"], in: clone)
            #expect(try setup.plan.recordedIndex().update == .extended(commits: 1))
        }
        func expectWalkAnswers() throws {
            let history = try setup.plan.mainHistory().map { try setup.plan.commit($0) }
            for day in ["2025-05-31", "2025-06-01", "2026-01-19", "2026-01-20", "2026-02-01", "2026-02-02", "2027-01-01"] {
                let date = PlanDate(iso: day)!
                let limit = RecordedTime.startOfDay(after: date, timeZone: "America/Los_Angeles")
                if let expected = history.first(where: { $0.committer.time < limit })?.id {
                    #expect(try setup.plan.snapshot(asKnownOn: date).commit.id == expected, "known on \(day)")
                } else {
                    #expect(throws: PlanError.self, "known on \(day)") { try setup.plan.snapshot(asKnownOn: date) }
                }
            }
        }
        try expectWalkAnswers()
        try FileManager.default.removeItem(atPath: setup.plan.recordedIndexPath)
        try expectWalkAnswers()
        #expect(try setup.plan.recordedIndex().update == .upToDate)
    }
}
