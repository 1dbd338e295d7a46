import ClaspTestSupport
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the `clasp` binary and kills it with SIGKILL after a delay: the harshest crash a process
/// can suffer (no handler runs, no buffer is flushed, locks and journals stay as they were).
enum KilledProcess {
    /// Whether the kill landed before the process finished on its own.
    enum Outcome { case killed, finished(Int32) }

    static func run(_ arguments: [String], killAfter delay: TimeInterval) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: PackagePaths.claspExecutable)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["CLASP_PLAN"] = ""
        environment["CLASP_USER"] = ""
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(UInt32(max(0, delay) * 1_000_000))
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal ? .killed : .finished(process.terminationStatus)
    }

    /// How long one run takes when left alone, in seconds.
    static func duration(_ arguments: [String]) throws -> TimeInterval {
        let start = Date()
        _ = try CLI.runBinary(arguments)
        return Date().timeIntervalSince(start)
    }
}
