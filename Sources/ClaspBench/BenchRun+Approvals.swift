import ClaspGit
import ClaspPlan
import ClaspSpec
import Foundation

/// Rows for the approval side: audit verify, blame, and adoption through the public commands.
extension BenchRun {
    /// `audit verify` over every adoption of `planPath`, as a whole process (it re-derives
    /// everything from git, so one warm-up run and a few timed runs).
    func auditRow(planPath: String, label: String) throws -> BenchRow {
        let plan = try Plan.open(at: planPath)
        let adoptions = try plan.mainHistory().count - 1
        // Five runs, not one: on this shared 2-core machine one audit of 60,000 adoptions ranges over
        // about 10% from one minute to the next, and a single run decided whether the target was met.
        let runs = 5
        let measured = try Measurement.process("audit", [clasp, "--plan", planPath, "audit", "verify"], runs: runs, warmUp: 1)
        return BenchRow(operation: "audit verify of \(adoptions) adoptions (\(label), whole process)", clasp: measured,
                        note: "\(Plural.count(runs, "run", "runs")) after 1 warm-up; re-derives routing, votes and content from git alone")
    }

    /// A plan of about 10,000 adoptions for the audit target of issue 5 (1,000 classes × 10 versions).
    func tenThousandAdoptionPlan() throws -> String {
        let path = "\(work)/plan-audit-10k"
        if !(reuse && FileManager.default.fileExists(atPath: path)) {
            try? FileManager.default.removeItem(atPath: path)
            log("generating the 10k-adoption plan")
            _ = try PlanGenerator(options: PlanGenerator.Options(classes: 1_000, versionsPerClass: 10, seed: 5)).generate(at: path)
        }
        return path
    }

    func blameRow(planPath: String, target: String, file: String) throws -> BenchRow {
        BenchRow(operation: "blame of one class (`clasp blame --format json`, whole process)",
                 clasp: try .process("blame", [clasp, "--plan", planPath, "blame", target, "--format", "json"], runs: runs),
                 plainGit: try .process("git blame", ["git", "--git-dir", planPath, "blame", "main", "--", file], runs: runs),
                 note: "git: `git blame main -- <latest version file>` (one file; Clasp follows text across the class's version files)")
    }

    /// Proposes, approves and adopts `count` revisions of `target` through `Plan.propose`,
    /// `Plan.vote` and `Plan.adopt` (each re-reading the plan from git), on a copy of the plan.
    func adoptionThroughputRow(planPath: String, target: String, count: Int) throws -> BenchRow {
        let copy = "\(planPath)-adoptions"
        try? FileManager.default.removeItem(atPath: copy)
        try ChildProcess.output(["cp", "-a", planPath, copy])
        defer { try? FileManager.default.removeItem(atPath: copy) }
        let plan = try Plan.open(at: copy)
        let snapshot = try plan.current()
        guard let last = try snapshot.effectiveDates(target).last else { throw BenchError("\(target) has no versions") }
        let base = try snapshot.version(target, effective: last)
        let roster = try snapshot.roster()
        let author = roster.holders(of: .analyst)[0].id
        var seconds: [Double] = []
        for index in 0..<count {
            var version = base
            version.effective = PlanDate(year: 2030 + index / 300, month: 1 + (index / 28) % 12, day: 1 + index % 28) ?? last
            version.sections = version.sections.map { section in
                var section = section
                if section.kind == .duties, !section.items.isEmpty { section.items[0].text += " Revision \(index)." }
                return section
            }
            let start = DispatchTime.now().uptimeNanoseconds
            let proposal = try plan.propose(.revise(target, to: version, reason: "Benchmark revision \(index)"), by: author)
            for stage in try plan.status(of: proposal.number).stages {
                for voter in roster.holders(of: stage.role).filter({ $0.id != author }).prefix(stage.needed) {
                    try plan.vote(proposal.number, .approve, comment: "", by: voter.id, stage: stage.stage)
                }
            }
            try plan.adopt(proposal.number, by: author)
            seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return BenchRow(operation: "adoption through the commands (propose + votes + adopt, in-process)",
                        clasp: Measurement(name: "adopt", seconds: seconds, peakKilobytes: nil),
                        note: String(format: "%d adoptions: %.1f adoptions/s", count, Double(count) / seconds.reduce(0, +)))
    }
}
