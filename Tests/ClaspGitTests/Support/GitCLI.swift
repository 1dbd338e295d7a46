import Foundation

/// Runs the real `git` (and `/bin/sh` fixture scripts) in a directory, isolated from the machine's git
/// configuration, so tests check ClaspGit against what git itself reads and writes.
struct GitCLI {
    /// Where commands run.
    let directory: URL

    /// A failed command, with what it printed on stderr.
    struct CommandError: Error, CustomStringConvertible {
        var arguments: [String]
        var status: Int32
        var standardError: String
        var description: String { "\(arguments.joined(separator: " ")) exited with \(status): \(standardError)" }
    }

    /// The environment every command gets: no system or user configuration, a fixed identity, UTC.
    static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        environment["GIT_AUTHOR_NAME"] = "Ana Ruiz"
        environment["GIT_AUTHOR_EMAIL"] = "ana@example.gov"
        environment["GIT_COMMITTER_NAME"] = "Ben Okafor"
        environment["GIT_COMMITTER_EMAIL"] = "ben@example.gov"
        environment["TZ"] = "UTC"
        environment["LC_ALL"] = "C"
        return environment
    }

    /// Runs `git arguments…`, feeding `input` on stdin, and returns stdout.
    ///
    /// - Throws: ``CommandError`` when git exits with a non-zero status.
    @discardableResult
    func git(_ arguments: String..., input: String? = nil) throws -> String {
        try run("/usr/bin/git", arguments, input: input)
    }

    /// Runs `git` with an argument array (for computed arguments).
    @discardableResult
    func git(arguments: [String], input: String? = nil) throws -> String {
        try run("/usr/bin/git", arguments, input: input)
    }

    /// Runs a `/bin/sh -e` script, the way fixture repositories are built.
    @discardableResult
    func shell(_ script: String) throws -> String {
        try run("/bin/sh", ["-e", "-c", script], input: nil)
    }

    private func run(_ executable: String, _ arguments: [String], input: String?) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = Self.environment
        let output = Pipe()
        let errors = Pipe()
        let standardInput = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = standardInput
        try process.run()
        if let input {
            standardInput.fileHandleForWriting.write(Data(input.utf8))
        }
        try standardInput.fileHandleForWriting.close()
        // Drain stderr on another thread so a chatty command cannot block on a full pipe.
        let errorData = ErrorCollector(errors.fileHandleForReading)
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let standardError = errorData.wait()
        guard process.terminationStatus == 0 else {
            throw CommandError(
                arguments: [executable] + arguments, status: process.terminationStatus,
                standardError: String(decoding: standardError, as: UTF8.self))
        }
        return String(decoding: outputData, as: UTF8.self)
    }
}

/// Reads a pipe to its end on a background thread.
private final class ErrorCollector: @unchecked Sendable {
    // Safe: `data` is written once by the reader thread before `done` is signalled and read only after waiting.
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
