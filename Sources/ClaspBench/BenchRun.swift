import ClaspGit
import ClaspPlan
import ClaspSpec
import Foundation

/// The benchmark: builds the plans, measures every operation, prints and writes the table.
struct BenchRun {
    var preset: String
    var runs: Int
    var work: String
    var clasp: String
    var reuse: Bool
    /// Whether to add the 10,000-adoption audit row (a plan generated for it).
    var auditTenThousand: Bool

    func log(_ line: String) { FileHandle.standardError.write(Data("\(line)\n".utf8)) }

    func run(writingTo output: String) throws {
        guard let options = PlanGenerator.Options.preset(preset) else { throw BenchError("unknown preset \(preset)") }
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let planPath = "\(work)/plan-\(preset)", graphPath = "\(work)/plan-\(preset)-commit-graph"
        var rows: [BenchRow] = []
        var sizes = ""
        if !(reuse && FileManager.default.fileExists(atPath: planPath)) {
            try? FileManager.default.removeItem(atPath: planPath)
            log("generating \(preset): \(options.classes) classes × \(options.versionsPerClass) versions")
            let start = Date()
            let report = try PlanGenerator(options: options).generate(at: planPath, checkpointEvery: 1_000) { commits in
                log("  \(commits) commits")
            }
            let seconds = Date().timeIntervalSince(start)
            rows.append(BenchRow(operation: "generate through the adoption path (proposal, votes, adoption per change)", note: String(
                format: "%d adoptions (%d specs) in %.0f s: %.0f adoptions/s, peak RSS %d MiB",
                report.commits - 1, report.versions, seconds, Double(report.commits - 1) / seconds, MachineFacts.peakResidentMiB())))
        }
        try ChildProcess.output(["git", "--git-dir", planPath, "repack", "-a", "-d", "-q"])
        try? FileManager.default.removeItem(atPath: graphPath)
        try ChildProcess.output(["cp", "-a", planPath, graphPath])
        try ChildProcess.output(["git", "--git-dir", graphPath, "commit-graph", "write", "--reachable", "--changed-paths"])

        let plan = try Plan.open(at: planPath)
        let snapshot = try plan.current()
        let ids = try snapshot.classIDs()
        var target = ids[0], most = 0
        for id in ids.prefix(400) {
            let count = try snapshot.effectiveDates(id).count
            if count > most { (target, most) = (id, count) }
        }
        let dates = try snapshot.effectiveDates(target)
        let asOf = dates[dates.count / 2]
        let commits = try plan.mainHistory().count
        sizes = "\(ids.count) classes, \(commits) commits on main; measured class `\(target)` (\(most) versions, "
            + "\(try plan.historyByWalking(ofClass: target).count) recorded changes)"
        log(sizes)

        let indexStart = Date()
        RecordedIndex.removeIfPresent(plan.recordedIndexPath)
        _ = try plan.recordedIndex()
        rows.append(BenchRow(operation: "build the recorded-time index from scratch (once)",
                             note: String(format: "%.2f s for %d commits", Date().timeIntervalSince(indexStart), commits)))

        // Recorded history of one class.
        let gitLog = { (path: String) in ["git", "--git-dir", path, "log", "--format=%H%x09%an%x09%ad%x09%s", "main", "--", "classes/\(target)/"] }
        rows.append(BenchRow(operation: "history of one class (`clasp history --format json`, whole process)",
                             clasp: try .process("history", [clasp, "--plan", planPath, "history", target, "--format", "json"], runs: runs),
                             plainGit: try .process("git log", gitLog(planPath), runs: runs),
                             graphGit: try .process("git log cg", gitLog(graphPath), runs: runs),
                             note: "git: `git log --format=… -- classes/<id>/`"))
        rows.append(BenchRow(operation: "history of one class, walking main (reference, in-process)",
                             clasp: try .inProcess("walk", runs: max(3, runs / 5), warmUp: 1) { _ = try plan.historyByWalking(ofClass: target) }))
        rows.append(BenchRow(operation: "history of one class, index (in-process)",
                             clasp: try .inProcess("indexed", runs: runs) { _ = try plan.history(ofClass: target) }))

        // Version in effect on a date.
        let file = "classes/\(target)/\(asOf.iso).yaml"
        let lsShow = { (path: String, rev: String) in
            "git --git-dir \(path) ls-tree \(rev) classes/\(target)/ >/dev/null && git --git-dir \(path) show \(rev):\(file) >/dev/null"
        }
        rows.append(BenchRow(operation: "version in effect (`clasp show --as-of --format yaml`, whole process)",
                             clasp: try .process("show", [clasp, "--plan", planPath, "show", target, "--as-of", asOf.iso, "--format", "yaml"], runs: runs),
                             plainGit: try .shell("ls-tree+show", lsShow(planPath, "main"), runs: runs),
                             graphGit: try .shell("ls-tree+show cg", lsShow(graphPath, "main"), runs: runs),
                             note: "git: `ls-tree main classes/<id>/` + `show main:<file>`"))
        rows.append(BenchRow(operation: "version in effect (PlanSnapshot.versionInEffect, in-process)",
                             clasp: try .inProcess("versionInEffect", runs: runs * 10) { _ = try snapshot.versionInEffect(target, on: asOf) }))

        // As known on a recorded day.
        let history = try plan.history(ofClass: target)
        let knownOn = history[history.count / 2].recordedOn
        let before = "\(knownOn.iso) 23:59:59 -0800"
        let revList = { (path: String) in
            "c=$(git --git-dir \(path) rev-list -1 --first-parent --before='\(before)' main) && "
                + "git --git-dir \(path) show $c:\(file) >/dev/null 2>&1; true"
        }
        rows.append(BenchRow(operation: "as known on a day (`clasp show --as-of --as-known-on`, whole process)",
                             clasp: try .process("known-on", [clasp, "--plan", planPath, "show", target, "--as-of", asOf.iso,
                                                              "--as-known-on", knownOn.iso, "--format", "yaml"], runs: runs),
                             plainGit: try .shell("rev-list+show", revList(planPath), runs: runs),
                             graphGit: try .shell("rev-list+show cg", revList(graphPath), runs: runs),
                             note: "git: `rev-list -1 --before=… main` + `show`"))
        rows.append(BenchRow(operation: "as known on a day (Plan.snapshot(asKnownOn:) + versionInEffect, in-process)",
                             clasp: try .inProcess("knownOn", runs: runs * 10) {
                                 _ = try plan.snapshot(asKnownOn: knownOn).versionInEffect(target, on: asOf)
                             }))

        // Semantic diff.
        let pair = PlanGenerator.largeSpecPair(words: 10_000, seed: 11)
        let words = SpecVersionCodec.encode(pair.old).split(whereSeparator: \.isWhitespace).count
        rows.append(BenchRow(operation: "semantic diff of two ~\(words / 1000)k-word specs (in-process)",
                             clasp: try .inProcess("diff-large", runs: runs) { _ = try SpecDiff().compare(pair.old, pair.new) },
                             note: "target < 50 ms"))
        let first = try snapshot.version(target, effective: dates[0]), last = try snapshot.version(target, effective: dates[dates.count - 1])
        let wordDiff = { (path: String) in
            ["git", "--git-dir", path, "diff", "--word-diff", "main:classes/\(target)/\(dates[0].iso).yaml",
             "main:classes/\(target)/\(dates[dates.count - 1].iso).yaml"]
        }
        rows.append(BenchRow(operation: "diff of a class's first and last versions (SpecDiff in-process vs git process)",
                             clasp: try .inProcess("diff-class", runs: runs) { _ = try SpecDiff().compare(first, last) },
                             plainGit: try .process("word-diff", wordDiff(planPath), runs: runs),
                             note: "git: `diff --word-diff` of the two files; not like for like (process vs in-process, words vs structure)"))

        // Lineage.
        guard let lineageOptions = PlanGenerator.Options.preset("lineage") else { throw BenchError("no lineage preset") }
        let lineageClasses = PlanGenerator(options: lineageOptions).lineageClasses()
        let graph = LineageGraph(lineageClasses)
        let deepest = graph.classIDs.max { graph.predecessors(of: $0, transitive: true).count < graph.predecessors(of: $1, transitive: true).count } ?? ""
        let ancestors = graph.predecessors(of: deepest, transitive: true).count
        let events = lineageClasses.reduce(0) { $0 + $1.record.events.filter { $0.kind != .established || !$0.from.isEmpty }.count }
        rows.append(BenchRow(operation: "lineage graph of \(lineageClasses.count) classes, \(events) lineage events: build + every class's status",
                             clasp: .inProcess("lineage", runs: runs) {
                                 let graph = LineageGraph(lineageClasses)
                                 for id in graph.classIDs { _ = graph.status(of: id, on: PlanDate(year: 2015, month: 1, day: 1)!) }
                             }, note: "target < 50 ms"))
        rows.append(BenchRow(operation: "lineage of the class with the most ancestors (\(ancestors)), transitive both ways",
                             clasp: .inProcess("ancestors", runs: runs * 10) {
                                 _ = graph.predecessors(of: deepest, transitive: true)
                                 _ = graph.successors(of: deepest, transitive: true)
                             }, note: ancestors >= 20 ? "" : "fewer than 20 ancestors in this plan"))
        let latestFile = "classes/\(target)/\(dates[dates.count - 1].iso).yaml"
        rows.append(try blameRow(planPath: planPath, target: target, file: latestFile))
        rows.append(try auditRow(planPath: planPath, label: "\(preset) plan"))
        if auditTenThousand { rows.append(try auditRow(planPath: try tenThousandAdoptionPlan(), label: "1,000 × 10 plan")) }
        rows.append(try importRow(planPath: planPath, count: 200))
        rows.append(try adoptionThroughputRow(planPath: planPath, target: target, count: 5))

        let table = ([BenchRow.header] + rows.map(\.markdown)).joined(separator: "\n")
        let report = """
            ## Results (\(preset) preset, \(runs) runs per operation after warm-up)

            \(MachineFacts.describe())

            Plan: \(sizes).

            \(table)

            """
        print(report)
        try report.write(toFile: output, atomically: true, encoding: .utf8)
        log("written to \(output)")
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension RecordedIndex {
    /// Deletes an index file so the next query rebuilds it.
    static func removeIfPresent(_ path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
