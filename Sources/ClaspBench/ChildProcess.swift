import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to completion with output discarded, measuring its wall time and, separately,
/// its own peak resident memory.
///
/// `ru_maxrss` from `wait4` on a child this process spawned is not the child's alone: glibc's
/// `posix_spawn` starts the child in this process's address space (`CLONE_VM`), and at `exec`
/// Linux carries that address space's high-water mark into the child's `maxrss`, so every
/// child reads at least the bench's own peak (the in-process generation's). A small process
/// that forks its own child (GNU `time`) does not have that problem: ``peakKilobytes(_:)``
/// measures through it, in a run of its own so the wall times stay free of its start-up.
enum ChildProcess {
    struct Sample {
        var seconds: Double
        var peakKilobytes: Int
    }

    enum Failure: Error, CustomStringConvertible {
        case spawn(command: String, errno: Int32)
        case exit(command: String, status: Int32)
        var description: String {
            switch self {
            case .spawn(let command, let code): "could not start \(command): errno \(code)"
            case .exit(let command, let status): "\(command) exited with status \(status)"
            }
        }
    }

    static func run(_ arguments: [String]) throws -> Sample {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var cArguments = arguments.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, &cArguments, environ)
        guard spawned == 0 else { throw Failure.spawn(command: arguments.joined(separator: " "), errno: spawned) }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let exitStatus = (status >> 8) & 0xFF
        guard status & 0x7F == 0, exitStatus == 0 else {
            throw Failure.exit(command: arguments.joined(separator: " "), status: exitStatus)
        }
        return Sample(seconds: seconds, peakKilobytes: usage.ru_maxrss)
    }

    /// The peak resident memory of one run of `arguments` alone, in KiB, as GNU `time` measures
    /// it (`%M`, the child's `ru_maxrss`); nil when `/usr/bin/time` is not installed.
    static func peakKilobytes(_ arguments: [String]) throws -> Int? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else { return nil }
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("clasp-bench-rss-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: report) }
        _ = try run(["/usr/bin/time", "-f", "%M", "-o", report, "--"] + arguments)
        let text = try String(contentsOfFile: report, encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// Runs a shell command line and returns its standard output (setup steps, not timed).
    @discardableResult
    static func output(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure.exit(command: arguments.joined(separator: " "), status: process.terminationStatus)
        }
        return String(decoding: data, as: UTF8.self)
    }
}
