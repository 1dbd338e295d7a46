import ClaspCLI
import ClaspServeCommands
import ClaspTestSupport
import Foundation

/// Runs `clasp` as a user would, with a clean identity environment: in process by default (the
/// same parsing, output and exit status as the binary, without starting a process per command),
/// or as the built binary for what needs a real process.
enum CLI {
    /// What every run starts from: no plan, no person and no colour, whatever the machine sets.
    static let cleanEnvironment = ["CLASP_PLAN": "", "CLASP_USER": "", "NO_COLOR": "1"]

    /// Whether every test runs the built binary instead (`CLASP_TEST_BINARY=1`): the same tests
    /// then check a release build (`CLASP_BIN`) or compare the two ways' run time.
    static let runsBinary = ProcessInfo.processInfo.environment["CLASP_TEST_BINARY"] == "1"

    /// Runs `clasp arguments` in process, in `directory` (default: the test process's) with the
    /// test process's variables plus `environment`, reading `input` as standard input.
    static func run(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:],
                    input: String? = nil) throws -> ProcessResult {
        if runsBinary { return try runBinary(arguments, in: directory, environment: environment, input: input) }
        var variables = ProcessInfo.processInfo.environment
        for (key, value) in cleanEnvironment.merging(environment, uniquingKeysWith: { _, given in given }) { variables[key] = value }
        let output = CapturedStream(), errors = CapturedStream()
        let lines = InputLines(input ?? "")
        // A pipe, as for the binary: not a terminal, and help wraps at COLUMNS or argument-parser's 80.
        let console = Console(standardOutput: output, standardError: errors, environment: variables,
                              currentDirectory: directory ?? FileManager.default.currentDirectoryPath,
                              readLine: { lines.next() }, columns: variables["COLUMNS"].flatMap { Int($0) } ?? 80)
        let status = InProcessRun.wait { await ClaspMain.run(arguments, root: ClaspCommand.self, console: console) }
        return ProcessResult(status: status, stdout: output.text, stderr: errors.text)
    }

    /// Runs the built `clasp` binary, for what needs a process of its own: a kill, a child
    /// process's terminal, the binary's start-up and exit.
    static func runBinary(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:],
                          input: String? = nil) throws -> ProcessResult {
        let variables = cleanEnvironment.merging(environment) { _, given in given }
        return try ProcessRunner.run(PackagePaths.claspExecutable, arguments, in: directory, environment: variables,
                                     input: input.map { Data($0.utf8) })
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
