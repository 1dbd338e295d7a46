import ClaspGit
import Foundation
import Testing

/// Reference updates are compare-and-swap: a stale expectation is refused, and racing writers cannot both win.
@Suite struct ReferenceCompareAndSwapTests {
    /// A bare repository with three distinct commits, for moving references between.
    static func repositoryWithCommits(in directory: URL) throws -> (path: String, commits: [ObjectID]) {
        let repository = try Repository.create(at: directory.path + "/plan.git", bare: true)
        let signature = Signature(name: "Ana Ruiz", email: "ana@example.gov", time: Date(timeIntervalSince1970: 1_700_000_000))
        var commits: [ObjectID] = []
        for index in 0..<3 {
            let tree = try repository.updateTree(nil, [.upsert(path: "n", blob: try repository.writeBlob(Data("\(index)".utf8)))])
            commits.append(try repository.createCommit(
                tree: tree, parents: commits.suffix(1), author: signature, committer: signature, message: "Commit \(index)\n"))
        }
        return (repository.path, commits)
    }

    @Test func staleExpectationIsRefused() throws {
        try withTemporaryDirectory { directory in
            let (path, commits) = try Self.repositoryWithCommits(in: directory)
            let repository = try Repository.open(at: path)
            try repository.updateReference("refs/heads/main", to: commits[0], expected: nil, message: "create")
            try repository.updateReference("refs/heads/main", to: commits[1], expected: commits[0], message: "advance")
            let error = try #require(throws: GitError.self) {
                try repository.updateReference("refs/heads/main", to: commits[2], expected: commits[0], message: "stale")
            }
            #expect(error.isReferenceConflict)
            #expect(error.code == .modified)
            #expect(try repository.referenceTarget("refs/heads/main") == commits[1])
        }
    }

    @Test func creatingAnExistingReferenceIsRefused() throws {
        try withTemporaryDirectory { directory in
            let (path, commits) = try Self.repositoryWithCommits(in: directory)
            let repository = try Repository.open(at: path)
            try repository.updateReference("refs/proposals/1/meta", to: commits[0], expected: nil, message: "open")
            let error = try #require(throws: GitError.self) {
                try repository.updateReference("refs/proposals/1/meta", to: commits[1], expected: nil, message: "again")
            }
            #expect(error.isReferenceConflict)
            #expect(error.code == .exists)
            #expect(try repository.referenceTarget("refs/proposals/1/meta") == commits[0])
        }
    }

    @Test func expectingAnAbsentReferenceIsAConflict() throws {
        try withTemporaryDirectory { directory in
            let (path, commits) = try Self.repositoryWithCommits(in: directory)
            let repository = try Repository.open(at: path)
            let error = try #require(throws: GitError.self) {
                try repository.updateReference("refs/heads/gone", to: commits[1], expected: commits[0], message: "move")
            }
            #expect(error.isReferenceConflict)
            #expect(try repository.referenceTarget("refs/heads/gone") == nil)
        }
    }

    @Test func deleteChecksTheExpectedTarget() throws {
        try withTemporaryDirectory { directory in
            let (path, commits) = try Self.repositoryWithCommits(in: directory)
            let repository = try Repository.open(at: path)
            try repository.updateReference("refs/proposals/2/meta", to: commits[1], expected: nil, message: "open")
            let stale = try #require(throws: GitError.self) {
                try repository.deleteReference("refs/proposals/2/meta", expected: commits[0])
            }
            #expect(stale.isReferenceConflict)
            #expect(try repository.referenceTarget("refs/proposals/2/meta") == commits[1])
            try repository.deleteReference("refs/proposals/2/meta", expected: commits[1])
            #expect(try repository.referenceTarget("refs/proposals/2/meta") == nil)
            let absent = try #require(throws: GitError.self) {
                try repository.deleteReference("refs/proposals/2/meta", expected: commits[1])
            }
            #expect(absent.isReferenceConflict)
        }
    }

    /// A lock file left by a killed writer is named in the error, not reported as a race to retry.
    @Test func aStaleLockIsNamedAndAFreshOneIsAConflict() throws {
        try withTemporaryDirectory { directory in
            let (path, commits) = try Self.repositoryWithCommits(in: directory)
            let repository = try Repository.open(at: path)
            try repository.updateReference("refs/heads/locked", to: commits[0], expected: nil, message: "create")
            let lock = "\(repository.path)/refs/heads/locked.lock"
            #expect(FileManager.default.createFile(atPath: lock, contents: Data()))
            do {
                try repository.updateReference("refs/heads/locked", to: commits[1], expected: commits[0], message: "fresh lock")
                Issue.record("a held lock must refuse the update")
            } catch let error as GitError {
                #expect(error.isReferenceConflict, "\(error)")
            }
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -600)], ofItemAtPath: lock)
            do {
                try repository.updateReference("refs/heads/locked", to: commits[1], expected: commits[0], message: "stale lock")
                Issue.record("a stale lock must refuse the update")
            } catch let error as GitError {
                #expect(!error.isReferenceConflict)
                #expect(error.description.contains("locked by \(lock)"), "\(error)")
            }
            try FileManager.default.removeItem(atPath: lock)
            try repository.updateReference("refs/heads/locked", to: commits[1], expected: commits[0], message: "after recovery")
            #expect(try repository.referenceTarget("refs/heads/locked") == commits[1])
        }
    }

    /// Many rounds, because a lost update between two creators is a narrow window (libgit2's
    /// plain create checks for an existing reference before taking its lock).
    @Test(arguments: [false, true])
    func racingWritersProduceExactlyOneWinner(startFromNothing: Bool) throws {
        try withTemporaryDirectory { directory in
            let (path, commits) = try Self.repositoryWithCommits(in: directory)
            for round in 0..<25 {
                let name = "refs/race/\(round)"
                let old: ObjectID? = startFromNothing ? nil : commits[0]
                if let old {
                    try Repository.open(at: path).updateReference(name, to: old, expected: nil, message: "create")
                }
                let writers = 8
                let outcomes = Outcomes()
                DispatchQueue.concurrentPerform(iterations: writers) { index in
                    do {
                        // Each thread has its own Repository: a handle must never be shared between threads.
                        let repository = try Repository.open(at: path)
                        let target = commits[1 + index % 2]
                        try repository.updateReference(name, to: target, expected: old, message: "writer \(index)")
                        outcomes.record(.won(target))
                    } catch let error as GitError where error.isReferenceConflict {
                        outcomes.record(.lost)
                    } catch {
                        outcomes.record(.failed("\(error)"))
                    }
                }
                let results = outcomes.all
                let winners = results.compactMap { if case .won(let target) = $0 { target } else { nil } }
                #expect(results.count == writers)
                #expect(winners.count == 1, "round \(round): \(results)")
                #expect(results.filter { if case .failed = $0 { true } else { false } }.isEmpty, "\(results)")
                #expect(try Repository.open(at: path).referenceTarget(name) == winners.first)
            }
        }
    }
}

/// Thread-safe collection of what each racing writer saw.
private final class Outcomes: @unchecked Sendable {
    enum Outcome { case won(ObjectID), lost, failed(String) }
    // Safe: every access to `values` holds `lock`.
    private var values: [Outcome] = []
    private let lock = NSLock()

    func record(_ outcome: Outcome) {
        lock.lock()
        defer { lock.unlock() }
        values.append(outcome)
    }

    var all: [Outcome] {
        lock.lock()
        defer { lock.unlock() }
        return values
    }
}
