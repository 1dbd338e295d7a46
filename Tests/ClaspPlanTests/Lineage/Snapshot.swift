import Foundation
import Testing

/// Golden files in `Tests/ClaspPlanTests/Lineage/Snapshots/`. Run with
/// `CLASP_RECORD_SNAPSHOTS=1` to (re)write them after an intended change, then review the diff.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func assertMatches(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["CLASP_RECORD_SNAPSHOTS"] != nil {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from its golden file", sourceLocation: sourceLocation)
    }
}
