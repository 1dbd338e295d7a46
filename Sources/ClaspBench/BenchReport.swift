import Foundation

/// One row of the results table: Clasp's measurement and git's for the same job, if any.
struct BenchRow {
    var operation: String
    var clasp: Measurement?
    var plainGit: Measurement?
    var graphGit: Measurement?
    var note: String = ""

    static func ms(_ seconds: Double?) -> String {
        guard let seconds, seconds.isFinite else { return "–" }
        return seconds < 0.01 ? String(format: "%.2f ms", seconds * 1000) : String(format: "%.1f ms", seconds * 1000)
    }

    static func ratio(_ git: Measurement?, _ clasp: Measurement?) -> String {
        guard let git, let clasp, clasp.median > 0 else { return "–" }
        return String(format: "%.1fx", git.median / clasp.median)
    }

    var markdown: String {
        let memory = clasp?.peakKilobytes.map { "\($0 / 1024) MiB" } ?? "in-process"
        return "| \(operation) | \(Self.ms(clasp?.median)) | \(Self.ms(clasp?.p95)) | \(clasp == nil ? "–" : memory) | "
            + "\(Self.ms(plainGit?.median)) | \(Self.ratio(plainGit, clasp)) | \(Self.ms(graphGit?.median)) | "
            + "\(Self.ratio(graphGit, clasp)) | \(note) |"
    }

    static let header = """
        | operation | clasp median | clasp p95 | clasp peak RSS | git median | git ÷ clasp | git + commit-graph median | git+cg ÷ clasp | notes |
        | --- | --- | --- | --- | --- | --- | --- | --- | --- |
        """
}

/// Facts about the machine, for reading the figures.
enum MachineFacts {
    /// This process's peak resident memory so far (`ru_maxrss`), in MiB.
    static func peakResidentMiB() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss / 1024
    }

    static func describe() -> String {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) ?? "unknown"
        let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
        let total = meminfo.split(separator: "\n").first { $0.hasPrefix("MemTotal") }?
            .split(separator: " ").dropFirst().first.flatMap { Int($0) }.map { "\($0 / 1024 / 1024) GiB" } ?? "unknown"
        let git = (try? ChildProcess.output(["git", "--version"]))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "git ?"
        return "CPU: \(model); cores: \(ProcessInfo.processInfo.activeProcessorCount); memory: \(total); \(git)"
    }
}
