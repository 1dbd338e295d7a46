import Foundation

/// Timings of one operation: repeated after warm-up runs, summarised by median and p95.
struct Measurement {
    var name: String
    var seconds: [Double]
    var peakKilobytes: Int?

    var median: Double { percentile(0.5) }
    var p95: Double { percentile(0.95) }

    func percentile(_ fraction: Double) -> Double {
        let sorted = seconds.sorted()
        guard !sorted.isEmpty else { return .nan }
        let rank = Int((fraction * Double(sorted.count - 1)).rounded(.up))
        return sorted[min(rank, sorted.count - 1)]
    }

    /// Runs a whole process `runs` times after `warmUp` discarded runs (at least one); the first
    /// warm-up runs through GNU `time` and gives the child's own peak memory (see ``ChildProcess``).
    /// `beforeEach` runs untimed before every run, warm-ups included (e.g. a fresh copy of a plan
    /// for a command that changes it).
    static func process(_ name: String, _ arguments: [String], runs: Int, warmUp: Int = 3,
                        beforeEach: () throws -> Void = {}) throws -> Measurement {
        try beforeEach()
        let peak = try ChildProcess.peakKilobytes(arguments)
        for _ in 1..<max(1, warmUp) {
            try beforeEach()
            _ = try ChildProcess.run(arguments)
        }
        var samples: [ChildProcess.Sample] = []
        for _ in 0..<runs {
            try beforeEach()
            samples.append(try ChildProcess.run(arguments))
        }
        return Measurement(name: name, seconds: samples.map(\.seconds), peakKilobytes: peak)
    }

    /// Runs a shell pipeline (for git jobs of two commands) the same way.
    static func shell(_ name: String, _ script: String, runs: Int, warmUp: Int = 3) throws -> Measurement {
        try process(name, ["/bin/sh", "-c", script], runs: runs, warmUp: warmUp)
    }

    /// Times an in-process closure.
    static func inProcess(_ name: String, runs: Int, warmUp: Int = 3, _ body: () throws -> Void) rethrows -> Measurement {
        for _ in 0..<warmUp { try body() }
        var seconds: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return Measurement(name: name, seconds: seconds, peakKilobytes: nil)
    }
}
