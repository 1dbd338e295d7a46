import ClaspGit
import Foundation
import Testing

/// Batched writing: objects live in memory until a flush packs them; every flush adds one pack
/// the same handle reads from at once, and finishing indexes the packs for every later reader.
@Suite struct ObjectBatchTests {
    static let person = Signature(name: "Ana Ruiz", email: "ana@example.gov", time: Date(timeIntervalSince1970: 1_700_000_000),
                                  timeZoneOffsetMinutes: -480)

    @Test func flushedBatchesAreReadableAndFinishingIndexesThePacks() throws {
        try withTemporaryDirectory { directory in
            let repository = try Repository.create(at: directory.path + "/plan.git", bare: true)
            let git = GitCLI(directory: URL(fileURLWithPath: repository.path))
            try repository.startObjectBatch()
            var written: [(id: ObjectID, text: String)] = []
            var tree = try repository.emptyTree()
            var commit: ObjectID?
            for batch in 0..<3 {
                for item in 0..<5 {
                    let text = "batch \(batch) item \(item)\n" + String(repeating: "duty text \(item) ", count: 40)
                    written.append((try repository.writeBlob(Data(text.utf8)), text))
                }
                // A tree and a commit naming this batch's blobs, on top of the previous batch's.
                let blobs = written.suffix(5).enumerated().map { TreeUpdate.upsert(path: "classes/c\(batch)/v\($0.offset).yaml", blob: $0.element.id, mode: .blob) }
                tree = try repository.updateTree(tree, blobs)
                commit = try repository.createCommit(tree: tree, parents: commit.map { [$0] } ?? [], author: Self.person,
                                                     committer: Self.person, message: "Batch \(batch)\n")
                #expect(try repository.flushObjectBatch() > 0)
                // Everything written so far, in this batch's pack or an earlier one, reads back.
                for (id, text) in written { #expect(try repository.readBlob(id) == Data(text.utf8)) }
            }
            #expect(try repository.flushObjectBatch() == 0, "an empty batch writes no pack")
            try repository.finishObjectBatch()
            let packFolder = repository.path + "/objects/pack"
            let packs = try FileManager.default.contentsOfDirectory(atPath: packFolder).filter { $0.hasSuffix(".pack") }
            #expect(packs.count == 3)
            #expect(FileManager.default.fileExists(atPath: packFolder + "/multi-pack-index"))
            for (id, text) in written {
                #expect(try repository.readBlob(id) == Data(text.utf8))
                #expect(try git.git("cat-file", "blob", id.hex) == text)
            }
            let head = try #require(commit)
            #expect(try git.git("ls-tree", "-r", "--name-only", head.hex).split(separator: "\n").count == 15)
            _ = try git.git("fsck", "--strict", head.hex)
            _ = try git.git("multi-pack-index", "verify")
            // After finishing, writes go to disk again, as loose objects.
            let later = try repository.writeBlob(Data("after the batch\n".utf8))
            #expect(try git.git("cat-file", "blob", later.hex) == "after the batch\n")
        }
    }
}
