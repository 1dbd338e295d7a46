import ClaspGit
import Foundation
import Testing

/// History walks and tree comparisons agree with `git rev-list`, `git merge-base` and `git diff-tree`.
@Suite struct HistoryTests {
    @Test func firstParentHistoryFollowsOnlyFirstParents() throws {
        try withTemporaryDirectory { directory in
            let git = try Fixtures.historyRepository(in: directory)
            let repository = try Repository.open(at: git.directory.path)
            let head = try #require(try repository.referenceTarget("HEAD"))
            let history = try repository.firstParentHistory(from: head)
            #expect(history.map(\.hex) == (try git.git("rev-list", "--first-parent", "HEAD").outputLines))
            let sideOnly = try git.git("rev-list", "HEAD", "^HEAD~1^1").outputLines.filter { !history.map(\.hex).contains($0) }
            #expect(sideOnly.count == 2, "the merged side commits exist but are not on the first-parent chain")

            let walk = try repository.firstParentWalk(from: head)
            #expect(try walk.next() == history[0])
            #expect(try walk.next() == history[1])
        }
    }

    @Test func ancestryAndMergeBasesMatchGit() throws {
        try withTemporaryDirectory { directory in
            let git = try Fixtures.historyRepository(in: directory)
            let repository = try Repository.open(at: git.directory.path)
            let revisions = ["HEAD", "HEAD~1", "HEAD~2", "side", "side~1", "v1^{commit}"]
            let ids = try revisions.map { try #require(ObjectID(hex: try git.git("rev-parse", $0).trimmingFinalNewline)) }
            for ancestor in ids {
                for descendant in ids {
                    let gitSays = (try? git.git("merge-base", "--is-ancestor", ancestor.hex, descendant.hex)) != nil
                    #expect(try repository.isAncestor(ancestor, of: descendant) == gitSays, "\(ancestor) → \(descendant)")
                    let base = try git.git("merge-base", ancestor.hex, descendant.hex).trimmingFinalNewline
                    #expect(try repository.mergeBase(ancestor, descendant)?.hex == base)
                }
            }
        }
    }

    @Test func unrelatedHistoriesHaveNoMergeBase() throws {
        try withTemporaryDirectory { directory in
            let repository = try Repository.create(at: directory.path + "/plan.git", bare: true)
            let signature = Signature(name: "Ana", email: "ana@example.gov", time: Date(timeIntervalSince1970: 0))
            let tree = try repository.emptyTree()
            let first = try repository.createCommit(tree: tree, parents: [], author: signature, committer: signature, message: "one\n")
            let second = try repository.createCommit(tree: tree, parents: [], author: signature, committer: signature, message: "two\n")
            #expect(try repository.mergeBase(first, second) == nil)
            #expect(try repository.isAncestor(first, of: second) == false)
        }
    }

    @Test func changedPathsMatchDiffTreeForEveryCommit() throws {
        try withTemporaryDirectory { directory in
            let git = try Fixtures.historyRepository(in: directory)
            let repository = try Repository.open(at: git.directory.path)
            for hex in try git.git("rev-list", "--all").outputLines {
                let commit = try repository.readCommit(try #require(ObjectID(hex: hex)))
                let parentTree = try commit.parentIDs.first.map { try repository.readCommit($0).treeID }
                let expected: [String]
                if let parent = commit.parentIDs.first {
                    expected = try git.git("diff-tree", "-r", "--name-only", parent.hex, hex).outputLines
                } else {
                    expected = try git.git("diff-tree", "-r", "--name-only", "--no-commit-id", "--root", hex).outputLines
                }
                #expect(try repository.changedPaths(from: parentTree, to: commit.treeID) == expected, "\(commit.summary)")
            }
        }
    }

    @Test func changedPathsHandleOrderingTypeChangesAndFoldersReplacingFiles() throws {
        try withTemporaryDirectory { directory in
            let repository = try Repository.create(at: directory.path + "/plan.git", bare: true)
            let git = GitCLI(directory: URL(fileURLWithPath: repository.path))
            let one = try repository.writeBlob(Data("one\n".utf8))
            let two = try repository.writeBlob(Data("two\n".utf8))
            let before = try repository.updateTree(nil, [
                .upsert(path: "a.txt", blob: one), .upsert(path: "a/b", blob: one), .upsert(path: "link", blob: one),
                .upsert(path: "node", blob: one), .upsert(path: "z/keep", blob: one),
            ])
            let after = try repository.updateTree(before, [
                .remove(path: "a.txt"), .upsert(path: "a/b", blob: two), .upsert(path: "a-b", blob: one),
                .upsert(path: "link", blob: one, mode: .link), .remove(path: "node"),
                .upsert(path: "node/child", blob: two), .upsert(path: "a/c", blob: one, mode: .executable),
            ])
            let expected = try git.git("diff-tree", "-r", "--name-only", before.hex, after.hex).outputLines
            #expect(try repository.changedPaths(from: before, to: after) == expected)
            let everything = try git.git("ls-tree", "-r", "--name-only", after.hex).outputLines
            #expect(try repository.changedPaths(from: nil, to: after) == everything)
            #expect(try repository.changedPaths(from: after, to: nil) == everything)
            #expect(try repository.changedPaths(from: after, to: after).isEmpty)
            #expect(try repository.changedPaths(from: nil, to: nil).isEmpty)
        }
    }
}
