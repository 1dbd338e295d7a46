import ClaspGit
import ClaspTrailers
import Foundation
import Testing

/// What ClaspGit writes is read back identically by the git CLI, and `git fsck --strict` finds nothing wrong.
@Suite struct WritingTests {
    static let author = Signature(
        name: "Ana Ruiz", email: "ana@example.gov", time: Date(timeIntervalSince1970: 1_700_000_000.75),
        timeZoneOffsetMinutes: -420)
    static let committer = Signature(
        name: "Ben Okafor", email: "ben@example.gov", time: Date(timeIntervalSince1970: 1_700_000_360),
        timeZoneOffsetMinutes: 330)

    @Test func blobsMatchGitHashObject() throws {
        try withTemporaryDirectory { directory in
            let repository = try Repository.create(at: directory.path + "/plan.git", bare: true)
            #expect(repository.isBare)
            let git = GitCLI(directory: URL(fileURLWithPath: repository.path))
            let contents = ["title: Finance Technician I\n", "", "no trailing newline", "ünïcödé ✓\n"]
            for text in contents {
                let id = try repository.writeBlob(Data(text.utf8))
                #expect(id.hex == (try git.git("hash-object", "--stdin", input: text).trimmingFinalNewline))
                #expect(try git.git("cat-file", "blob", id.hex) == text)
                #expect(try repository.readBlob(id) == Data(text.utf8))
            }
            let empty = try repository.emptyTree()
            #expect(empty.hex == (try git.git("hash-object", "-t", "tree", "--stdin", input: "").trimmingFinalNewline))
            #expect(try repository.readTree(empty).isEmpty)
        }
    }

    @Test func nestedTreesAndRemovalsAreWhatLsTreeShows() throws {
        try withTemporaryDirectory { directory in
            let repository = try Repository.create(at: directory.path + "/plan.git", bare: true)
            let git = GitCLI(directory: URL(fileURLWithPath: repository.path))
            let one = try repository.writeBlob(Data("one\n".utf8))
            let two = try repository.writeBlob(Data("two\n".utf8))
            let script = try repository.writeBlob(Data("#!/bin/sh\n".utf8))
            let target = try repository.writeBlob(Data("classes".utf8))
            let first = try repository.updateTree(nil, [
                .upsert(path: "classes/finance/technician/1.yaml", blob: one),
                .upsert(path: "classes/finance/technician/2.yaml", blob: two),
                .upsert(path: "bin/build.sh", blob: script, mode: .executable),
                .upsert(path: "shortcut", blob: target, mode: .link),
                .upsert(path: "README", blob: one),
            ])
            #expect(try git.git("ls-tree", "-r", first.hex).outputLines == [
                "100644 blob \(one)\tREADME",
                "100755 blob \(script)\tbin/build.sh",
                "100644 blob \(one)\tclasses/finance/technician/1.yaml",
                "100644 blob \(two)\tclasses/finance/technician/2.yaml",
                "120000 blob \(target)\tshortcut",
            ])
            let second = try repository.updateTree(first, [
                .remove(path: "bin/build.sh"),
                .remove(path: "classes/finance/technician/1.yaml"),
                .upsert(path: "classes//finance/accountant.yaml", blob: two),
                .upsert(path: "README", blob: two),
            ])
            #expect(try git.git("ls-tree", "-r", "-t", second.hex).outputLines.map { $0.components(separatedBy: "\t")[1] } == [
                "README", "classes", "classes/finance", "classes/finance/accountant.yaml", "classes/finance/technician",
                "classes/finance/technician/2.yaml", "shortcut",
            ])
            // Emptying a folder removes it: git cannot record an empty tree inside a tree.
            let third = try repository.updateTree(second, [.remove(path: "classes/finance/technician/2.yaml")])
            #expect(try repository.entry(atPath: "classes/finance/technician", inTree: third) == nil)
            #expect(try git.git("ls-tree", "-r", "-t", "--name-only", third.hex).outputLines == [
                "README", "classes", "classes/finance", "classes/finance/accountant.yaml", "shortcut",
            ])
            let everything = try repository.updateTree(third, [
                .remove(path: "README"), .remove(path: "classes/finance/accountant.yaml"), .remove(path: "shortcut"),
            ])
            #expect(everything == (try repository.emptyTree()))
        }
    }

    @Test func commitsAndReferencesAreReadByGitAndPassFsck() throws {
        try withTemporaryDirectory { directory in
            let repository = try Repository.create(at: directory.path + "//plan.git/", bare: true)
            let git = GitCLI(directory: URL(fileURLWithPath: repository.path))
            let blob = try repository.writeBlob(Data("title: Accountant\n".utf8))
            let tree = try repository.updateTree(nil, [.upsert(path: "classes/accountant.yaml", blob: blob)])
            let root = try repository.createCommit(
                tree: tree, parents: [], author: Self.author, committer: Self.committer, message: "Adopt the plan\n")
            let message = try Trailers.append(
                [Trailer(key: "Proposal", value: "12"), Trailer(key: "Approved-by", value: "Ana Ruiz <ana@example.gov>")],
                to: "Correct the accountant class\n\nFixes a typo.\n")
            let second = try repository.createCommit(
                tree: try repository.updateTree(tree, [.upsert(path: "README", blob: blob)]), parents: [root],
                author: Self.author, committer: Self.committer, message: message)
            #expect(try repository.referenceTarget("refs/heads/main") == nil, "createCommit must not move a reference")

            try repository.updateReference("refs/heads/main", to: root, expected: nil, message: "clasp: adopt")
            try repository.updateReference("refs/heads/main", to: second, expected: root, message: "clasp: correct")
            try repository.updateReference("refs/proposals/12/meta", to: root, expected: nil, message: "clasp: open 12")
            #expect(try git.git("rev-parse", "refs/heads/main", "HEAD").outputLines == [second.hex, second.hex])
            #expect(try git.git("reflog", "show", "--format=%gs", "refs/heads/main").outputLines == ["clasp: correct", "clasp: adopt"])
            #expect(try git.git("reflog", "show", "--format=%gs", "refs/proposals/12/meta").outputLines == ["clasp: open 12"])

            let log = try git.git("log", "--date=raw", "--format=%H %P|%an <%ae> %ad|%cn <%ce> %cd|%s", "main").outputLines
            #expect(log == [
                "\(second) \(root)|Ana Ruiz <ana@example.gov> 1700000000 -0700|Ben Okafor <ben@example.gov> 1700000360 +0530|Correct the accountant class",
                "\(root) |Ana Ruiz <ana@example.gov> 1700000000 -0700|Ben Okafor <ben@example.gov> 1700000360 +0530|Adopt the plan",
            ])
            #expect(try git.git("cat-file", "commit", second.hex).hasSuffix("\n\n" + message))
            #expect(try git.git("log", "-1", "--format=%(trailers:only,unfold)", "main").outputLines.filter { !$0.isEmpty } == [
                "Proposal: 12", "Approved-by: Ana Ruiz <ana@example.gov>",
            ])
            try git.git("fsck", "--strict", "--no-dangling")
            let readBack = try repository.readCommit(second)
            #expect(readBack.author == Signature(
                name: "Ana Ruiz", email: "ana@example.gov", time: Date(timeIntervalSince1970: 1_700_000_000),
                timeZoneOffsetMinutes: -420))
            #expect(readBack.committer == Self.committer)
        }
    }

    @Test func setHeadPointsHeadAtAnotherBranch() throws {
        try withTemporaryDirectory { directory in
            let repository = try Repository.create(at: directory.path + "/plan.git", bare: true)
            let git = GitCLI(directory: URL(fileURLWithPath: repository.path))
            let commit = try repository.createCommit(
                tree: try repository.emptyTree(), parents: [], author: Self.author, committer: Self.committer,
                message: "Start\n")
            try repository.updateReference("refs/heads/adopted", to: commit, expected: nil, message: "start")
            try repository.setHead("refs/heads/adopted")
            #expect(try git.git("symbolic-ref", "HEAD").trimmingFinalNewline == "refs/heads/adopted")
            #expect(try repository.referenceTarget("HEAD") == commit)
        }
    }

    @Test func removingAnAbsentPathOrWritingAnEmptyPathFails() throws {
        try withTemporaryDirectory { directory in
            let repository = try Repository.create(at: directory.path + "/plan.git", bare: true)
            let blob = try repository.writeBlob(Data("x\n".utf8))
            let tree = try repository.updateTree(nil, [.upsert(path: "a/b", blob: blob)])
            #expect(throws: GitError.self) { try repository.updateTree(tree, [.remove(path: "a/missing")]) }
            #expect(throws: GitError.self) { try repository.updateTree(tree, [.upsert(path: "//", blob: blob)]) }
        }
    }
}
