import ClaspGit
import Foundation
import Testing

/// Bulk writers add references straight into `packed-refs` and move a packed `main` in the same
/// rewrite: all of it lands at once or none of it, and git reads the result.
@Suite struct PackedReferenceTests {
    @Test func referencesAreAddedAndMainMovedInOneRewrite() throws {
        try withTemporaryDirectory { directory in
            let (path, commits) = try ReferenceCompareAndSwapTests.repositoryWithCommits(in: directory)
            let repository = try Repository.open(at: path)
            try repository.updateReference("refs/heads/main", to: commits[0], expected: nil, message: "create")
            try repository.packReferences()
            try repository.addPackedReferences([("refs/proposals/10/meta", commits[1]), ("refs/proposals/9/meta", commits[0])],
                                               moving: ("refs/heads/main", commits[0], commits[1]))
            try repository.addPackedReferences([("refs/proposals/1/meta", commits[2])], moving: ("refs/heads/main", commits[1], commits[2]))
            let git = GitCLI(directory: URL(fileURLWithPath: path))
            #expect(try git.git("for-each-ref", "--format=%(refname) %(objectname)").outputLines == [
                "refs/heads/main \(commits[2].hex)", "refs/proposals/1/meta \(commits[2].hex)",
                "refs/proposals/10/meta \(commits[1].hex)", "refs/proposals/9/meta \(commits[0].hex)"])
            #expect(try git.git("fsck", "--strict", "--no-dangling").isEmpty)
            // Sorted as git sorts (byte order), so git may binary-search the file.
            let names = try String(contentsOfFile: path + "/packed-refs", encoding: .utf8).split(separator: "\n").dropFirst().map { $0.split(separator: " ")[1] }
            #expect(names == names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
            #expect(try repository.referenceTarget("refs/heads/main") == commits[2])
            // A packed reference whose folder was never made moves too (its lock's folder is made).
            try repository.addPackedReferences([("refs/custom/deep/ref", commits[0])])
            try repository.addPackedReferences([], moving: ("refs/custom/deep/ref", commits[0], commits[1]))
            #expect(try repository.referenceTarget("refs/custom/deep/ref") == commits[1])
        }
    }

    @Test func aStaleExpectationOrALooseMainChangesNothing() throws {
        try withTemporaryDirectory { directory in
            let (path, commits) = try ReferenceCompareAndSwapTests.repositoryWithCommits(in: directory)
            let repository = try Repository.open(at: path)
            try repository.updateReference("refs/heads/main", to: commits[0], expected: nil, message: "create")
            let loose = try #require(throws: GitError.self) {
                try repository.addPackedReferences([("refs/proposals/1/meta", commits[1])], moving: ("refs/heads/main", commits[0], commits[1]))
            }
            #expect(loose.code == .modified, "\(loose)")
            try repository.packReferences()
            let before = try String(contentsOfFile: path + "/packed-refs", encoding: .utf8)
            let stale = try #require(throws: GitError.self) {
                try repository.addPackedReferences([("refs/proposals/1/meta", commits[1])], moving: ("refs/heads/main", commits[1], commits[2]))
            }
            #expect(stale.isReferenceConflict, "\(stale)")
            #expect(try String(contentsOfFile: path + "/packed-refs", encoding: .utf8) == before)
            #expect(try repository.referenceTarget("refs/proposals/1/meta") == nil)
            #expect(!FileManager.default.fileExists(atPath: path + "/refs/heads/main"))
            #expect(!FileManager.default.fileExists(atPath: path + "/refs/heads/main.lock"))
            #expect(!FileManager.default.fileExists(atPath: path + "/packed-refs.lock"))
        }
    }

    /// A `packed-refs.lock` left by a killed process is named, with git's recovery; a fresh one
    /// is another writer at work.
    @Test func aLeftoverLockIsNamedWithItsRecovery() throws {
        try withTemporaryDirectory { directory in
            let (path, commits) = try ReferenceCompareAndSwapTests.repositoryWithCommits(in: directory)
            let repository = try Repository.open(at: path)
            let lock = path + "/packed-refs.lock"
            #expect(FileManager.default.createFile(atPath: lock, contents: Data()))
            let fresh = try #require(throws: GitError.self) { try repository.addPackedReferences([("refs/proposals/1/meta", commits[0])]) }
            #expect(fresh.code == .locked)
            #expect(fresh.description.contains(lock) && fresh.description.contains("another process is writing"), "\(fresh)")
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -600)], ofItemAtPath: lock)
            let stale = try #require(throws: GitError.self) { try repository.addPackedReferences([("refs/proposals/1/meta", commits[0])]) }
            #expect(stale.description.contains("\(lock) exists (left 60"), "\(stale)")
            #expect(stale.description.contains("if no clasp or git process is working on this plan, delete that file"), "\(stale)")
            try FileManager.default.removeItem(atPath: lock)
            try repository.addPackedReferences([("refs/proposals/1/meta", commits[0])])
            #expect(try repository.referenceTarget("refs/proposals/1/meta") == commits[0])
        }
    }
}
