import ClaspGit
import Foundation
import Testing

/// `changedPaths` walks trees itself, skipping subtrees whose ids match: it must list exactly what
/// `git diff-tree -r` lists, in the same order, for trees that differ anywhere and in any way.
@Suite struct TreeDiffTests {
    /// A deterministic generator, so a failure reproduces.
    struct SplitMix {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    @Test func randomEditsOfDeepTreesMatchDiffTree() throws {
        try withTemporaryDirectory { directory in
            let repository = try Repository.create(at: directory.path + "/plan.git", bare: true)
            let git = GitCLI(directory: URL(fileURLWithPath: repository.path))
            let blobs = try (0..<4).map { try repository.writeBlob(Data("text \($0)\n".utf8)) }
            // Names that sort differently as files and as folders ("a" < "a-b" < "a.b" < "a/").
            let names = ["a", "a-b", "a.b", "b", "class-10", "class-2", "z"]
            var random = SplitMix(state: 7)
            func randomPath() -> String { (0...random.next(3)).map { _ in names[random.next(names.count)] }.joined(separator: "/") }
            /// Applies updates one by one, skipping any libgit2 refuses (a file where a folder is, a duplicate).
            func apply(_ updates: [TreeUpdate], to tree: ObjectID?) -> ObjectID? {
                updates.reduce(tree) { tree, update in (try? repository.updateTree(tree, [update])) ?? tree }
            }
            var tree = try #require(apply((0..<40).map { _ in .upsert(path: randomPath(), blob: blobs[random.next(4)]) }, to: nil))
            var compared = 0
            for round in 0..<60 {
                var updates: [TreeUpdate] = []
                for _ in 0...random.next(4) {
                    switch random.next(4) {
                    case 0: updates.append(.remove(path: randomPath()))
                    case 1: updates.append(.upsert(path: randomPath(), blob: blobs[random.next(4)], mode: .executable))
                    case 2: updates.append(.upsert(path: randomPath(), blob: blobs[random.next(4)], mode: .link))
                    default: updates.append(.upsert(path: randomPath(), blob: blobs[random.next(4)]))
                    }
                }
                guard let next = apply(updates, to: tree), next != tree else { continue }
                let expected = try git.git("diff-tree", "-r", "--name-only", tree.hex, next.hex).outputLines
                #expect(try repository.changedPaths(from: tree, to: next) == expected, "round \(round)")
                #expect(try repository.changedPaths(from: next, to: tree) == git.git("diff-tree", "-r", "--name-only", next.hex, tree.hex).outputLines)
                for change in try repository.treeChanges(from: tree, to: next) {
                    let name = String(change.path.split(separator: "/").last ?? "")
                    for (entry, root, folder) in [(change.old, tree, change.oldFolder), (change.new, next, change.newFolder)] {
                        #expect(entry == (try repository.entry(atPath: change.path, inTree: root)).flatMap { $0.mode == .tree ? nil : $0 },
                                "\(change.path) in round \(round)")
                        #expect(try folder.map { try repository.readTree($0).first { $0.name == name && $0.mode != .tree } } ?? nil == entry)
                    }
                }
                tree = next
                compared += 1
            }
            #expect(compared > 30, "too few rounds changed the tree to test anything")
        }
    }

    /// Large folders are kept parsed by the repository handle (a few at a time): diffs that meet
    /// more versions of a large folder than are kept, in and out of order, must still list what
    /// `git diff-tree -r` lists.
    @Test func diffsThroughManyVersionsOfALargeFolderMatchDiffTree() throws {
        try withTemporaryDirectory { directory in
            let repository = try Repository.create(at: directory.path + "/plan.git", bare: true)
            let git = GitCLI(directory: URL(fileURLWithPath: repository.path))
            let blobs = try (0..<3).map { try repository.writeBlob(Data("text \($0)\n".utf8)) }
            let initial = (0..<300).map { TreeUpdate.upsert(path: "classes/c\($0)/v1.yaml", blob: blobs[0]) }
            var trees = [try repository.updateTree(nil, initial)]
            var random = SplitMix(state: 11)
            for round in 0..<20 {
                let path = "classes/c\(random.next(300))/v\(round % 2 == 0 ? 1 : 2).yaml"
                trees.append(try repository.updateTree(trees[trees.count - 1], [.upsert(path: path, blob: blobs[1 + round % 2])]))
            }
            for _ in 0..<40 {
                let old = trees[random.next(trees.count)], new = trees[random.next(trees.count)]
                let expected = try git.git("diff-tree", "-r", "--name-only", old.hex, new.hex).outputLines
                #expect(try repository.changedPaths(from: old, to: new) == expected)
                #expect(try repository.readTree(new).count == 1)
            }
        }
    }
}
