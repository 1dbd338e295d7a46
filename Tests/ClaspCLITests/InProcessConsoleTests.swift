@testable import ClaspCLI
import ClaspServeCommands
import ClaspTestSupport
import Foundation
import Testing

/// Commands run in process see only their own console: relative paths resolve against its
/// directory, variables come from it, output goes to it, and colour follows its terminal.
@Suite struct InProcessConsoleTests {
    @Test func relativePathsResolveAgainstTheGivenDirectory() throws {
        let demo = try CLI.demo()
        let root = demo.directory.path
        let relative = try CLI.run(["--plan", "plans/roseville", "list", "--as-of", "2010-01-01"], in: root)
        #expect(relative.status == 0, "\(relative.stderr)")
        #expect(relative.stdout == (try CLI.run(["--plan", demo.roseville, "list", "--as-of", "2010-01-01"])).stdout)
        #expect(try CLI.runBinary(["--plan", "plans/roseville", "list", "--as-of", "2010-01-01"], in: root).stdout == relative.stdout)

        let fromVariable = try CLI.run(["check"], in: root, environment: ["CLASP_PLAN": "plans/roseville"])
        #expect(fromVariable.status == 0, "\(fromVariable.stderr)")
        let cloned = try CLI.run(["remote", "clone", "plans/roseville", "copy"], in: root)
        #expect(cloned.status == 0, "\(cloned.stderr)")
        #expect(FileManager.default.fileExists(atPath: demo.directory.path("copy/HEAD")))
        let remotes = try CLI.run(["--plan", "copy", "remote", "list"], in: root)
        #expect(remotes.stdout == "origin\t\(demo.roseville)\n", "\(remotes.stdout)")
        let missing = try CLI.run(["--plan", "plans/nowhere", "list"], in: root)
        #expect(missing.status == 1 && missing.stderr.contains("no such directory"), "\(missing.stderr)")
    }

    /// Many commands at once, each in its own directory with its own plan variable: every one
    /// prints its own plan's answer and nothing of the others'.
    @Test func concurrentRunsKeepTheirOutputAndVariablesApart() throws {
        let demo = try CLI.demo()
        let plans = try FileManager.default.contentsOfDirectory(atPath: demo.plans).sorted()
        try #require(plans.count >= 2)
        let expected = try plans.map { try CLI.run(["--plan", "\(demo.plans)/\($0)", "list", "--all"]).stdout }
        let runs = plans.count * 4
        let results = SharedList<(Int, ProcessResult?)>()
        DispatchQueue.concurrentPerform(iterations: runs) { index in
            let plan = plans[index % plans.count]
            results.append((index, try? CLI.run(["list", "--all"], in: demo.plans, environment: ["CLASP_PLAN": plan])))
        }
        #expect(results.all.count == runs)
        for (index, result) in results.all {
            let result = try #require(result)
            #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
            #expect(result.stdout == expected[index % plans.count])
        }
    }

    @Test func colourFollowsTheConsolesTerminalAndNoColor() async throws {
        let demo = try CLI.demo()
        let arguments = ["--plan", demo.roseville, "diff", "finance-technician", "--levels", "I:II"]
        func diff(terminal: Bool, environment: [String: String]) async -> String {
            let output = CapturedStream()
            let console = Console(standardOutput: output, standardError: CapturedStream(), environment: environment,
                                  currentDirectory: demo.directory.path, outputIsTerminal: terminal)
            _ = await ClaspMain.run(arguments, root: ClaspCommand.self, console: console)
            return output.text
        }
        #expect(await diff(terminal: true, environment: [:]).contains("\u{1B}["))
        #expect(!(await diff(terminal: true, environment: ["NO_COLOR": "1"])).contains("\u{1B}["))
        let piped = await diff(terminal: false, environment: [:])
        #expect(piped.hasPrefix("Changes from finance-technician level I") && !piped.contains("\u{1B}["), "\(piped)")
    }
}
