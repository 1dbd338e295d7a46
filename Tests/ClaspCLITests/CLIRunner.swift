import ClaspTestSupport
import Foundation

/// Runs the built `clasp` binary as a user would, with a clean identity environment.
enum CLI {
    static func run(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:]) throws -> ProcessResult {
        var env = ["CLASP_PLAN": "", "CLASP_USER": "", "NO_COLOR": "1"]
        for (key, value) in environment { env[key] = value }
        return try ProcessRunner.run(PackagePaths.claspExecutable, arguments, in: directory, environment: env)
    }

    /// Builds the demo plans into a fresh directory that lives as long as the returned value.
    static func demo() throws -> DemoPlans {
        let directory = try TemporaryDirectory("clasp-demo")
        let result = try run(["demo", directory.path("plans")])
        guard result.status == 0 else { throw DemoFailed(output: result.stderr + result.stdout) }
        return DemoPlans(directory: directory)
    }

    /// The demo plans of one test; the folder is removed when this is released.
    struct DemoPlans {
        let directory: TemporaryDirectory
        var plans: String { directory.path("plans") }
        var roseville: String { directory.path("plans/roseville") }
    }

    struct DemoFailed: Error { var output: String }
}
