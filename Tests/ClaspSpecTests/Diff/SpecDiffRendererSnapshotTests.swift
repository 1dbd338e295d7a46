import Foundation
import Testing
@testable import ClaspSpec

/// Golden renderings of ``RichDiffCase`` in all four formats, kept in `Tests/ClaspSpecTests/Snapshots/`.
/// Run with `CLASP_RECORD_SNAPSHOTS=1` to rewrite them after an intended change, then review the git diff.
@Suite struct SpecDiffRendererSnapshotTests {
    static let snapshots = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")

    func assertSnapshot(_ rendered: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = Self.snapshots.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["CLASP_RECORD_SNAPSHOTS"] == "1" {
            try rendered.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let golden = try #require(try? String(contentsOf: file, encoding: .utf8),
                                  "missing snapshot \(name); record it with CLASP_RECORD_SNAPSHOTS=1",
                                  sourceLocation: sourceLocation)
        #expect(rendered == golden, "rendering differs from \(name)", sourceLocation: sourceLocation)
    }

    @Test func plainText() throws {
        let text = SpecDiffRenderer.text(try RichDiffCase.changes(), colour: false)
        #expect(!text.contains("\u{1B}"))
        try assertSnapshot(text, named: "spec-diff.txt")
    }

    @Test func colouredText() throws {
        let text = SpecDiffRenderer.text(try RichDiffCase.changes(), colour: true)
        #expect(text.contains("\u{1B}[32m"))
        #expect(text.contains("\u{1B}[31;9m"))
        try assertSnapshot(text, named: "spec-diff.ansi.txt")
    }

    @Test func json() throws {
        try assertSnapshot(SpecDiffRenderer.json(try RichDiffCase.changes()), named: "spec-diff.json")
    }

    @Test func markdown() throws {
        let packet = SpecDiffRenderer.markdown(try RichDiffCase.changes(), title: "Proposal 12: Finance Technician I/II")
        #expect(packet.contains("Summary: 6 substantive changes, 1 editorial"))
        try assertSnapshot(packet, named: "spec-diff.md")
    }

    @Test func html() throws {
        try assertSnapshot(SpecDiffRenderer.html(try RichDiffCase.changes()), named: "spec-diff.html")
    }

    @Test func jsonIsStableAndParses() throws {
        let set = try RichDiffCase.changes()
        let once = SpecDiffRenderer.json(set)
        #expect(once == SpecDiffRenderer.json(try RichDiffCase.changes()))
        let object = try JSONSerialization.jsonObject(with: Data(once.utf8)) as? [String: Any]
        let changes = try #require(object?["changes"] as? [[String: Any]])
        #expect(changes.count == set.changes.count)
        #expect(object?["format"] as? String == "clasp.spec-diff/1")
    }
}
