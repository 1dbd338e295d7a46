import ClaspPlan
import ClaspSpec
import Foundation

/// The import row: an administrator bootstrapping existing specs from plain text.
extension BenchRun {
    /// Renders `count` of the plan's current versions as plain text under new titles (what an
    /// agency's Word or PDF specs look like once extracted), then times one `clasp import` of all
    /// of them into a fresh copy of the plan per run: parsing, validation and one commit per spec.
    func importRow(planPath: String, count: Int) throws -> BenchRow {
        let snapshot = try Plan.open(at: planPath).current()
        guard let admin = try snapshot.roster().holders(of: .administrator).first?.id else {
            throw BenchError("the generated plan has no administrator")
        }
        let folder = "\(work)/import-texts"
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var files: [String] = []
        for id in try snapshot.classIDs().prefix(count) {
            guard let last = try snapshot.effectiveDates(id).last else { continue }
            var version = try snapshot.version(id, effective: last)
            // A title of its own gives each text a new class id (derived from the title).
            version.title = "Imported " + id.split(separator: "-").map(\.capitalized).joined(separator: " ")
            let file = "\(folder)/\(id).txt"
            try SpecVersionRenderer.text(version).write(toFile: file, atomically: true, encoding: .utf8)
            files.append(file)
        }
        let copy = "\(planPath)-import"
        defer { try? FileManager.default.removeItem(atPath: copy) }
        let arguments = [clasp, "--plan", copy, "--as", admin, "import", "--effective", "2030-01-01"] + files
        let measured = try Measurement.process("import", arguments, runs: 3, warmUp: 1) {
            try? FileManager.default.removeItem(atPath: copy)
            try ChildProcess.output(["cp", "-a", planPath, copy])
        }
        return BenchRow(operation: "import of \(files.count) plain-text specs (`clasp import *.txt`, whole process)", clasp: measured,
                        note: String(format: "%.0f specs/s (median of 3 runs, each into a fresh copy of the plan)",
                                     Double(files.count) / measured.median))
    }
}
