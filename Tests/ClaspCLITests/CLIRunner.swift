import ClaspTestSupport
import Foundation

/// Runs the built `clasp` binary as a user would, with a clean identity environment.
enum CLI {
    static func run(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:]) throws -> ProcessResult {
        var env = ["CLASP_PLAN": "", "CLASP_USER": "", "NO_COLOR": "1"]
        for (key, value) in environment { env[key] = value }
        return try ProcessRunner.run(PackagePaths.claspExecutable, arguments, in: directory, environment: env)
    }

    /// Builds the demo plans once per test into a fresh directory.
    static func demo() throws -> (TemporaryDirectory, String) {
        let directory = try TemporaryDirectory("clasp-demo")
        let result = try run(["demo", directory.path("plans")])
        guard result.status == 0 else { throw DemoFailed(output: result.stderr + result.stdout) }
        return (directory, directory.path("plans"))
    }

    struct DemoFailed: Error { var output: String }
}
