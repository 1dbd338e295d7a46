import ClaspGit
import Foundation
import Testing

/// Diffs read trees as stored bytes and compare large folders bytewise before parsing any entry
/// (`RawTree`): the skipped leading and trailing entries must never hide a change, packed and
/// loose objects must read alike, and bytes that are not the object named must be refused.
@Suite struct RawTreeDiffTests {
    /// A folder of `count` classes, each with one version file, as tree updates.
    static func classes(_ names: [String], blob: ObjectID) -> [TreeUpdate] {
        names.map { .upsert(path: "classes/\($0)/2020-01-01.yaml", blob: blob) }
    }

    @Test func editsAtEveryPlaceOfALargeFolderMatchDiffTree() throws {
        try withTemporaryDirectory { directory in
            let repository = try Repository.create(at: directory.path + "/plan.git", bare: true)
            let git = GitCLI(directory: URL(fileURLWithPath: repository.path))
            let blobs = try (0..<3).map { try repository.writeBlob(Data("version \($0)\n".utf8)) }
            // 400 folders (about 20 KB of entries): large enough to be compared bytewise and held.
            let names = (100..<500).map { "class-\($0)" }
            let base = try repository.updateTree(nil, Self.classes(names, blob: blobs[0]))
            let edits: [(String, [TreeUpdate])] = [
                ("first entry changed", [.upsert(path: "classes/class-100/2020-01-01.yaml", blob: blobs[1])]),
                ("last entry changed", [.upsert(path: "classes/class-499/2020-01-01.yaml", blob: blobs[1])]),
                ("middle entry changed", [.upsert(path: "classes/class-300/2020-01-01.yaml", blob: blobs[2])]),
                ("entry added before all", [.upsert(path: "classes/a/2020-01-01.yaml", blob: blobs[1])]),
                ("entry added after all", [.upsert(path: "classes/zz/2020-01-01.yaml", blob: blobs[1])]),
                ("entry added between names sharing a prefix", [.upsert(path: "classes/class-3000/x.yaml", blob: blobs[1])]),
                ("first entry removed", [.remove(path: "classes/class-100/2020-01-01.yaml")]),
                ("last entry removed", [.remove(path: "classes/class-499/2020-01-01.yaml")]),
                ("file whose name begins folders' names", [.upsert(path: "classes/class-30", blob: blobs[1])]),
                ("both ends and the middle", [
                    .upsert(path: "classes/class-100/2021-01-01.yaml", blob: blobs[1]),
                    .remove(path: "classes/class-250/2020-01-01.yaml"),
                    .upsert(path: "classes/class-499/2020-01-01.yaml", blob: blobs[2], mode: .executable),
                ]),
                ("a second version file in one folder", [.upsert(path: "classes/class-200/2021-06-30.yaml", blob: blobs[0])]),
            ]
            for (label, updates) in edits {
                let edited = try repository.updateTree(base, updates)
                for (old, new) in [(base, edited), (edited, base)] {
                    let expected = try git.git("diff-tree", "-r", "--name-only", old.hex, new.hex).outputLines
                    #expect(!expected.isEmpty, "\(label): the edit changed nothing")
                    #expect(try repository.changedPaths(from: old, to: new) == expected, "\(label)")
                }
                for change in try repository.treeChanges(from: base, to: edited) {
                    #expect(change.old == (try repository.entry(atPath: change.path, inTree: base)).flatMap { $0.mode == .tree ? nil : $0 }, "\(label)")
                    #expect(change.new == (try repository.entry(atPath: change.path, inTree: edited)).flatMap { $0.mode == .tree ? nil : $0 }, "\(label)")
                }
            }
        }
    }

    /// Versions of a large folder in a chain, each diffed with the one before, as the audit does:
    /// a version that changes only one entry's id takes the entry starts found for the version
    /// before (`RawTree+EntryStarts`), so a chain of such edits, broken by added and removed
    /// entries, must still match `git diff-tree` at every step.
    @Test func chainedVersionsOfALargeFolderMatchDiffTree() throws {
        try withTemporaryDirectory { directory in
            let repository = try Repository.create(at: directory.path + "/plan.git", bare: true)
            let git = GitCLI(directory: URL(fileURLWithPath: repository.path))
            let blobs = try (0..<4).map { try repository.writeBlob(Data("version \($0)\n".utf8)) }
            var versions = [try repository.updateTree(nil, Self.classes((100..<500).map { "class-\($0)" }, blob: blobs[0]))]
            let edits: [[TreeUpdate]] = [
                [.upsert(path: "classes/class-250/2020-01-01.yaml", blob: blobs[1])],
                [.upsert(path: "classes/class-120/2020-01-01.yaml", blob: blobs[2])],
                [.upsert(path: "classes/class-499/2020-01-01.yaml", blob: blobs[3])],
                [.upsert(path: "classes/class-300/2021-01-01.yaml", blob: blobs[1])],
                [.upsert(path: "classes/class-2500/2020-01-01.yaml", blob: blobs[1])],
                [.upsert(path: "classes/class-100/2020-01-01.yaml", blob: blobs[3])],
                [.remove(path: "classes/class-400/2020-01-01.yaml")],
                [.upsert(path: "classes/class-401/2020-01-01.yaml", blob: blobs[2])],
                [.upsert(path: "classes/class-401/2020-01-01.yaml", blob: blobs[3])],
            ]
            for updates in edits { versions.append(try repository.updateTree(versions[versions.count - 1], updates)) }
            for (old, new) in zip(versions, versions.dropFirst()) {
                let expected = try git.git("diff-tree", "-r", "--name-only", old.hex, new.hex).outputLines
                #expect(try repository.changedPaths(from: old, to: new) == expected, "\(old.hex.prefix(7))..\(new.hex.prefix(7))")
            }
            // And back down the chain, each version now read with the starts it was handed.
            for (old, new) in zip(versions, versions.dropFirst()).reversed() {
                let expected = try git.git("diff-tree", "-r", "--name-only", new.hex, old.hex).outputLines
                #expect(try repository.changedPaths(from: new, to: old) == expected, "\(new.hex.prefix(7))..\(old.hex.prefix(7))")
            }
        }
    }

    /// The same diffs read the same from loose objects and, after `git repack`, from a pack
    /// whose trees are stored as deltas of one another.
    @Test func packedTreesReadLikeLooseOnes() throws {
        try withTemporaryDirectory { directory in
            let path = directory.path + "/plan.git"
            var repository: Repository? = try Repository.create(at: path, bare: true)
            let git = GitCLI(directory: URL(fileURLWithPath: path))
            let blobs = try (0..<2).map { try #require(repository).writeBlob(Data("version \($0)\n".utf8)) }
            var trees = [try #require(repository).updateTree(nil, Self.classes((0..<300).map { "c\($0)" }, blob: blobs[0]))]
            for index in stride(from: 0, to: 300, by: 37) {
                trees.append(try #require(repository).updateTree(trees[trees.count - 1],
                                                                 [.upsert(path: "classes/c\(index)/2020-01-01.yaml", blob: blobs[1])]))
            }
            let loose = try zip(trees, trees.dropFirst()).map { try #require(repository).treeChanges(from: $0, to: $1) }
            // Reference every tree so the repack keeps them, then pack and drop the loose copies.
            for (index, tree) in trees.enumerated() { try git.git("update-ref", "refs/trees/\(index)", tree.hex) }
            try git.git("repack", "-a", "-d", "-f", "--depth=50", "--window=50")
            try git.git("prune-packed")
            #expect(try FileManager.default.contentsOfDirectory(atPath: path + "/objects").filter { $0.count == 2 }.allSatisfy {
                try FileManager.default.contentsOfDirectory(atPath: path + "/objects/" + $0).isEmpty
            })
            repository = nil
            let reopened = try Repository.open(at: path)
            let packed = try zip(trees, trees.dropFirst()).map { try reopened.treeChanges(from: $0, to: $1) }
            #expect(packed == loose)
            #expect(packed.allSatisfy { $0.count == 1 })
        }
    }

    /// A loose object file whose bytes are another object's: the read must refuse it by name,
    /// not diff the wrong content.
    @Test func anObjectWhoseBytesAreNotItsOwnIsRefused() throws {
        try withTemporaryDirectory { directory in
            let path = directory.path + "/plan.git"
            let repository = try Repository.create(at: path, bare: true)
            let blob = try repository.writeBlob(Data("text\n".utf8))
            let honest = try repository.updateTree(nil, [.upsert(path: "classes/clerk/2020-01-01.yaml", blob: blob)])
            let victim = try repository.updateTree(nil, [.upsert(path: "classes/clerk/2021-01-01.yaml", blob: blob)])
            func looseFile(_ id: ObjectID) -> String { "\(path)/objects/\(id.hex.prefix(2))/\(id.hex.dropFirst(2))" }
            let files = FileManager.default
            try files.removeItem(atPath: looseFile(victim))
            try files.copyItem(atPath: looseFile(honest), toPath: looseFile(victim))
            let reopened = try Repository.open(at: path)
            let error = try #require(throws: GitError.self) { try reopened.treeChanges(from: nil, to: victim) }
            #expect(error.message.contains("hash mismatch"), "\(error)")
            #expect(error.description.contains(victim.hex), "\(error)")
        }
    }

    /// A large folder's id is checked by resuming SHA-1 from the previous version's saved states
    /// over the bytes the two share (`HashCheckpoints`): bytes swapped for another version that
    /// shares an even longer run with the previous one must still be refused.
    @Test func aLargeFolderWhoseBytesAreAnotherVersionsIsRefusedWhenHashingResumes() throws {
        try withTemporaryDirectory { directory in
            let path = directory.path + "/plan.git"
            let repository = try Repository.create(at: path, bare: true)
            let blobs = try (0..<3).map { try repository.writeBlob(Data("version \($0)\n".utf8)) }
            let base = try repository.updateTree(nil, Self.classes((100..<500).map { "class-\($0)" }, blob: blobs[0]))
            let victim = try repository.updateTree(base, [.upsert(path: "classes/class-450/2020-01-01.yaml", blob: blobs[1])])
            let impostor = try repository.updateTree(base, [.upsert(path: "classes/class-490/2020-01-01.yaml", blob: blobs[2])])
            func looseFile(_ id: ObjectID) -> String { "\(path)/objects/\(id.hex.prefix(2))/\(id.hex.dropFirst(2))" }
            func folder(_ root: ObjectID) throws -> ObjectID { try #require(try repository.entry(atPath: "classes", inTree: root)).id }
            let files = FileManager.default
            try files.removeItem(atPath: looseFile(try folder(victim)))
            try files.copyItem(atPath: looseFile(try folder(impostor)), toPath: looseFile(try folder(victim)))
            let reopened = try Repository.open(at: path)
            // The impostor reads fine, then the victim is read against the base's saved states.
            #expect(try reopened.changedPaths(from: base, to: impostor) == ["classes/class-490/2020-01-01.yaml"])
            let error = try #require(throws: GitError.self) { try reopened.treeChanges(from: base, to: victim) }
            #expect(error.message.contains("hash mismatch"), "\(error)")
            #expect(error.description.contains(try folder(victim).hex), "\(error)")
        }
    }

    /// A tree object whose bytes are not tree entries is refused with the tree's id.
    @Test func aMalformedTreeIsRefusedByName() throws {
        try withTemporaryDirectory { directory in
            let path = directory.path + "/plan.git"
            let repository = try Repository.create(at: path, bare: true)
            let git = GitCLI(directory: URL(fileURLWithPath: path))
            let garbage = directory.path + "/garbage"
            try Data("100644 no-terminator".utf8).write(to: URL(fileURLWithPath: garbage))
            let bad = try #require(ObjectID(hex: try git.git("hash-object", "-t", "tree", "--literally", "-w", garbage)
                .trimmingCharacters(in: .whitespacesAndNewlines)))
            let error = try #require(throws: GitError.self) { try repository.changedPaths(from: nil, to: bad) }
            #expect(error.message.contains("malformed tree"), "\(error)")
            #expect(error.description.contains(bad.hex), "\(error)")
        }
    }

    /// git's empty tree is known without being stored: diffing against it lists every file.
    @Test func theEmptyTreeReadsWithoutBeingStored() throws {
        try withTemporaryDirectory { directory in
            let repository = try Repository.create(at: directory.path + "/plan.git", bare: true)
            let blob = try repository.writeBlob(Data("text\n".utf8))
            let tree = try repository.updateTree(nil, [.upsert(path: "a/b.yaml", blob: blob), .upsert(path: "c.yaml", blob: blob)])
            let empty = try #require(ObjectID(hex: "4b825dc642cb6eb9a060e54bf8d69288fbee4904"))
            #expect(try repository.changedPaths(from: empty, to: tree) == ["a/b.yaml", "c.yaml"])
            #expect(try repository.changedPaths(from: tree, to: empty) == ["a/b.yaml", "c.yaml"])
        }
    }
}
