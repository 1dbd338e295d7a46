import ClaspGit
import Foundation
import Testing

/// Remotes through libgit2 against bare repositories the git CLI reads back: naming, fetching
/// with explicit refspecs, pushing, and the receiving side's refusal of a non-fast-forward.
@Suite struct RemoteTests {
    static let person = Signature(name: "Ana Ruiz", email: "ana@example.gov", time: Date(timeIntervalSince1970: 1_700_000_000),
                                  timeZoneOffsetMinutes: 0)

    /// A commit of one file on top of `parent`.
    static func commit(_ repository: Repository, _ text: String, parent: ObjectID?) throws -> ObjectID {
        let blob = try repository.writeBlob(Data(text.utf8))
        let tree = try repository.updateTree(nil, [.upsert(path: "file.txt", blob: blob)])
        return try repository.createCommit(tree: tree, parents: parent.map { [$0] } ?? [], author: person, committer: person,
                                           message: "\(text)\n")
    }

    @Test func addedRemotesAreListedAndUnknownOnesAreNil() throws {
        try withTemporaryDirectory { directory in
            let repository = try Repository.create(at: directory.path + "/a.git", bare: true)
            try repository.addRemote(named: "origin", url: directory.path + "/b.git")
            try repository.addRemote(named: "backup", url: "git://127.0.0.1:1/b.git")
            #expect(try repository.remotes() == [Remote(name: "backup", url: "git://127.0.0.1:1/b.git"),
                                                 Remote(name: "origin", url: directory.path + "/b.git")])
            #expect(try repository.remote(named: "nowhere") == nil)
            #expect { try repository.addRemote(named: "origin", url: "/elsewhere") } throws: { GitErrorCode.exists ~= $0 }
            let git = GitCLI(directory: URL(fileURLWithPath: repository.path))
            #expect(try git.git("config", "remote.origin.url").trimmingFinalNewline == directory.path + "/b.git")
        }
    }

    @Test func pushThenFetchCarriesCommitsAndCustomReferences() throws {
        try withTemporaryDirectory { directory in
            let origin = try Repository.create(at: directory.path + "/origin.git", bare: true)
            let local = try Repository.create(at: directory.path + "/local.git", bare: true)
            try local.addRemote(named: "origin", url: origin.path)
            let first = try Self.commit(local, "one", parent: nil)
            try local.updateReference("refs/heads/main", to: first, expected: nil, message: "test")
            try local.updateReference("refs/proposals/1/meta", to: first, expected: nil, message: "test")
            let refused = try local.push(to: "origin", refspecs: ["refs/heads/main:refs/heads/main", "refs/proposals/1/meta:refs/proposals/1/meta"])
            #expect(refused.isEmpty)
            #expect(try origin.referenceTarget("refs/proposals/1/meta") == first)
            let git = GitCLI(directory: URL(fileURLWithPath: origin.path))
            #expect(try git.git("rev-parse", "main").trimmingFinalNewline == first.hex)
            #expect(try git.git("fsck", "--strict").isEmpty)

            let second = try Self.commit(origin, "two", parent: first)
            try origin.updateReference("refs/heads/main", to: second, expected: first, message: "test")
            try local.fetch(from: "origin", refspecs: ["+refs/heads/*:refs/remotes/origin/*"], message: "test fetch")
            #expect(try local.referenceTarget("refs/remotes/origin/main") == second)
            #expect(try local.readCommit(second).summary == "two")
            #expect(try local.referenceTarget("refs/heads/main") == first)
        }
    }

    @Test func aNonFastForwardPushIsRefusedAndTheRemoteKeepsItsHistory() throws {
        try withTemporaryDirectory { directory in
            let origin = try Repository.create(at: directory.path + "/origin.git", bare: true)
            let local = try Repository.create(at: directory.path + "/local.git", bare: true)
            try local.addRemote(named: "origin", url: origin.path)
            let base = try Self.commit(local, "base", parent: nil)
            try local.updateReference("refs/heads/main", to: base, expected: nil, message: "test")
            _ = try local.push(to: "origin", refspecs: ["refs/heads/main:refs/heads/main"])
            let theirs = try Self.commit(origin, "theirs", parent: base)
            try origin.updateReference("refs/heads/main", to: theirs, expected: base, message: "test")
            let ours = try Self.commit(local, "ours", parent: base)
            try local.updateReference("refs/heads/main", to: ours, expected: base, message: "test")
            var refusal: [PushRejection] = []
            do {
                refusal = try local.push(to: "origin", refspecs: ["refs/heads/main:refs/heads/main"])
                Issue.record("a non-fast-forward push went through: \(refusal)")
            } catch GitErrorCode.nonFastForward {
                // libgit2 refuses before sending anything.
            }
            #expect(try origin.referenceTarget("refs/heads/main") == theirs)
        }
    }

    @Test func anUnreachableRemoteIsAnErrorNamingIt() throws {
        try withTemporaryDirectory { directory in
            let local = try Repository.create(at: directory.path + "/local.git", bare: true)
            try local.addRemote(named: "gone", url: directory.path + "/missing.git")
            do {
                try local.fetch(from: "gone", refspecs: ["+refs/heads/*:refs/remotes/gone/*"], message: "test")
                Issue.record("fetching from a missing repository succeeded")
            } catch let error as GitError {
                #expect(error.description.contains("from gone"), "\(error)")
            }
            #expect { _ = try local.push(to: "nobody", refspecs: []) } throws: { GitErrorCode.notFound ~= $0 }
        }
    }
}
