public import ArgumentParser
import ClaspGit
import ClaspPlan
import ClaspSpec
import Foundation

/// Runs `clasp` and maps failures to the exit codes scripts rely on: 0 success, 1 a problem
/// with the data (bad file, unknown class, check findings), 2 a usage error.
public enum ClaspMain {
    /// Runs `clasp` as the process it is: its arguments, streams, variables and directory.
    ///
    /// - Parameter root: the root command, assembled from ``Clasp``'s commands and the server's.
    public static func run(_ root: any ParsableCommand.Type,
                           _ arguments: [String] = Array(CommandLine.arguments.dropFirst())) async -> Int32 {
        await run(arguments, root: root, console: .process)
    }

    /// Runs `arguments` against `root` with `console` in place of the process's streams,
    /// variables and directory, exactly as the binary would run: the same parsing, output and
    /// exit status. Nothing exits the process, so tests can run many of these at once.
    ///
    /// - Returns: the exit status the binary would end with.
    public static func run(_ arguments: [String], root: any ParsableCommand.Type, console: Console) async -> Int32 {
        await Console.$current.withValue(console) {
            do {
                var command = try root.parseAsRoot(arguments)
                if var asyncCommand = command as? any AsyncParsableCommand {
                    try await asyncCommand.run()
                } else {
                    try command.run()
                }
                return 0
            } catch {
                return report(error, root: root, console: console)
            }
        }
    }

    static func report(_ error: any Error, root: any ParsableCommand.Type, console: Console) -> Int32 {
        if let exit = error as? ExitCode { return exit.rawValue }
        if let message = dataErrorMessage(error) {
            console.printError("clasp: error: \(message)")
            if let hint = CommandLineHint.hint(for: error) { console.printError("clasp: hint: \(hint)") }
            return 1
        }
        let code = root.exitCode(for: error)
        let message = root.fullMessage(for: error, columns: console.columns)
        if code == .success {
            console.print(message)
            return 0
        }
        console.printError(message)
        return 2
    }

    /// The message for errors about the plan's data (exit 1), or nil for usage errors.
    static func dataErrorMessage(_ error: any Error) -> String? {
        switch error {
        case let error as PlanError: return error.description
        case let error as ApprovalError: return error.description
        case let error as SpecFormatError: return error.description
        case let error as ImportError: return error.description
        case let error as GitError: return error.description
        case let error as SpecDiffError: return error.description
        case let error as CommandFailure: return error.message
        default: return nil
        }
    }
}

/// A command's refusal about data (not usage): printed as an error, exit status 1.
package struct CommandFailure: Error {
    var message: String
    package init(_ message: String) { self.message = message }
}
