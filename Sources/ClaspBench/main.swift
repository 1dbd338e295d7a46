import ClaspGit
import ClaspPlan
import ClaspSpec
import Foundation

/// `clasp-bench`: generates a plan, then times Clasp and the git CLI doing the same jobs on it.
/// Usage: clasp-bench [--preset ci|default] [--work DIR] [--runs N] [--out FILE] [--reuse] [--audit-10k]
///
/// `--audit-10k` adds issue 5's row, `audit verify` over 10,000 adoptions, on a 1,000 × 10 plan
/// generated for it: several minutes more, so the ci preset leaves it out unless asked.
let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
    let arguments = Array(CommandLine.arguments.dropFirst())
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
let preset = option("--preset") ?? "default"
let runs = Int(option("--runs") ?? "") ?? 15
let work = option("--work") ?? ".build/bench"
let output = option("--out") ?? "bench-results.md"
let reuse = arguments.contains("--reuse")
let auditTenThousand = arguments.contains("--audit-10k")
let binDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path
let clasp = option("--clasp") ?? "\(binDir)/clasp"

do {
    try BenchRun(preset: preset, runs: runs, work: work, clasp: clasp, reuse: reuse, auditTenThousand: auditTenThousand)
        .run(writingTo: output)
} catch {
    FileHandle.standardError.write(Data("clasp-bench: \(error)\n".utf8))
    exit(1)
}
