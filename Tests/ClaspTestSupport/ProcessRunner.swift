public import Foundation

/// The outcome of running a program to completion.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    public init(status: Int32, stdout: String, stderr: String) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }
}

/// Runs real programs (the `git` CLI, the built `clasp` binary) for interoperability tests.
public enum ProcessRunner {
    /// Runs `executable` with `arguments`, waiting for it to finish.
    ///
    /// - Parameters:
    ///   - environment: variables added to (or replacing) the test process's environment.
    ///   - input: bytes written to the program's standard input.
    public static func run(_ executable: String, _ arguments: [String], in directory: String? = nil,
                           environment: [String: String] = [:], input: Data? = nil) throws -> ProcessResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        // Standard error goes to a file, so a chatty program cannot block on a full pipe while
        // standard output is being read.
        let errFile = FileManager.default.temporaryDirectory.appendingPathComponent("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errFile) }
        let err = try FileHandle(forWritingTo: errFile)
        defer { try? err.close() }
        let out = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(input) }
        try inPipe.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errData = FileManager.default.contents(atPath: errFile.path) ?? Data()
        return ProcessResult(status: process.terminationStatus,
                             stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs the real `git` CLI with a fixed identity, so tests do not depend on the machine's config;
    /// `environment` adds to it (e.g. `GIT_COMMITTER_DATE`).
    public static func git(_ arguments: [String], in directory: String? = nil,
                           environment: [String: String] = [:]) throws -> ProcessResult {
        try run("/usr/bin/git", arguments, in: directory, environment: [
            "GIT_AUTHOR_NAME": "Test Git", "GIT_AUTHOR_EMAIL": "git@test.example",
            "GIT_COMMITTER_NAME": "Test Git", "GIT_COMMITTER_EMAIL": "git@test.example",
            "GIT_CONFIG_NOSYSTEM": "1", "HOME": FileManager.default.temporaryDirectory.path,
        ].merging(environment) { _, added in added })
    }
}
