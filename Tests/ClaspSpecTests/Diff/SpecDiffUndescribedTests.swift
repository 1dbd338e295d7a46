import ClaspSpec
import Foundation
import Testing

/// `describesChanges: false` (what `audit verify` routes with) must find the same changes with
/// the same categories as the full diff; it only leaves out how they read.
@Suite struct SpecDiffUndescribedTests {
    static func canonical(_ name: String) throws -> SpecVersion {
        var folder = URL(fileURLWithPath: #filePath)
        for _ in 0..<2 { folder.deleteLastPathComponent() }
        let url = folder.appendingPathComponent("Fixtures/canonical/\(name)")
        return try SpecVersionCodec.decode(String(decoding: try Data(contentsOf: url), as: UTF8.self), file: name)
    }

    static func pairs() throws -> [(SpecVersion, SpecVersion)] {
        let a = try canonical("accounting-technician-ii-2015-02-01.yaml")
        let b = try canonical("finance-technician-2019-07-16.yaml")
        var reworded = a
        reworded.title += " Senior"
        reworded.sections[0].text = reworded.sections[0].text.map { $0.replacingOccurrences(of: "the", with: "teh") }
        if reworded.sections.count > 2 { reworded.sections.swapAt(1, 2) }
        var trimmed = b
        trimmed.sections.removeLast()
        if !trimmed.sections[0].items.isEmpty { trimmed.sections[0].items.removeFirst() }
        return [(a, b), (b, a), (a, reworded), (reworded, a), (b, trimmed), (a, a)]
    }

    @Test func undescribedDiffFindsTheSameChangesAndCategories() throws {
        let full = SpecDiff()
        let routing = SpecDiff(options: SpecDiffOptions(describesChanges: false))
        for (old, new) in try Self.pairs() {
            let described = try full.compare(old, new), bare = try routing.compare(old, new)
            #expect(bare.changes.map(\.path) == described.changes.map(\.path))
            #expect(bare.changes.map(\.operation) == described.changes.map(\.operation))
            #expect(bare.changes.map(\.category) == described.changes.map(\.category))
            #expect(bare.categories == described.categories)
            #expect(bare.changes.allSatisfy { $0.summary.isEmpty && $0.words.isEmpty && $0.quantities.isEmpty })
        }
    }

    @Test func identicalSectionsAddNoChangesAndEditedOnesStillDo() throws {
        let a = try Self.canonical("accounting-technician-ii-2015-02-01.yaml")
        #expect(try SpecDiff().compare(a, a).changes.isEmpty)
        var edited = a
        edited.sections[edited.sections.count - 1].text.append("One more sentence.")
        let changes = try SpecDiff().compare(a, edited).changes
        #expect(changes.count == 1)
        #expect(changes.first?.operation == .added)
    }
}
