public import Foundation
import Synchronization

/// What a command sees of the world outside the plan: where its output goes, its environment
/// variables, the directory relative paths start from, standard input, and whether a person is
/// at a terminal.
///
/// Commands read these from ``Console/current`` and never from the process (`print`,
/// `ProcessInfo`, `FileManager.currentDirectoryPath`, `isatty`): the `clasp` binary runs with
/// ``Console/process``, and tests run commands in process, in parallel, each with a console of
/// its own, so no run sees another's output, directory or variables.
public struct Console: Sendable {
    /// Where data goes (`clasp list` prints its list here).
    public var standardOutput: any ConsoleStream
    /// Where diagnostics go: errors, warnings and progress.
    public var standardError: any ConsoleStream
    /// The environment variables (`CLASP_PLAN`, `NO_COLOR`, `EDITOR`, proxies, ...).
    public var environment: [String: String]
    /// The absolute directory relative paths in arguments are resolved against.
    public var currentDirectory: String
    /// The next line of standard input without its newline, or nil at its end.
    public var readLine: @Sendable () -> String?
    /// Whether standard output is a terminal, so colour may be used.
    public var outputIsTerminal: Bool
    /// Whether standard input is a terminal, so an interactive editor (vi) can run.
    public var inputIsTerminal: Bool
    /// The width help and usage messages wrap to; nil asks the terminal (argument-parser's
    /// default, 80 when there is none).
    public var columns: Int?

    public init(standardOutput: any ConsoleStream, standardError: any ConsoleStream, environment: [String: String],
                currentDirectory: String, readLine: @escaping @Sendable () -> String? = { nil },
                outputIsTerminal: Bool = false, inputIsTerminal: Bool = false, columns: Int? = nil) {
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.readLine = readLine
        self.outputIsTerminal = outputIsTerminal
        self.inputIsTerminal = inputIsTerminal
        self.columns = columns
    }

    /// The console of the running command; the process's own unless a caller set another.
    @TaskLocal public static var current = Console.process

    /// The process's own streams, variables, working directory and terminals: what the `clasp`
    /// binary runs with.
    public static var process: Console {
        Console(standardOutput: StandardOutputStream(), standardError: StandardErrorStream(),
                environment: ProcessInfo.processInfo.environment,
                currentDirectory: FileManager.default.currentDirectoryPath,
                readLine: { Swift.readLine(strippingNewline: true) },
                outputIsTerminal: isatty(STDOUT_FILENO) != 0, inputIsTerminal: isatty(STDIN_FILENO) != 0)
    }

    /// Prints `text` and a newline (or `terminator`) to standard output, as `print` would.
    public func print(_ text: String, terminator: String = "\n") {
        standardOutput.write(text + terminator)
    }

    /// Writes one diagnostic line (a newline is added) to standard error.
    public func printError(_ line: String) {
        standardError.write(line.hasSuffix("\n") ? line : line + "\n")
    }

    /// A set, non-empty environment variable; an empty value counts as unset.
    public func variable(_ name: String) -> String? {
        environment[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A path from an argument, option or variable, made absolute against ``currentDirectory``
    /// (an absolute path is kept as given), for handing to the file system or libgit2, which
    /// would otherwise resolve it against the process's directory.
    public func path(_ given: String) -> String {
        if given.hasPrefix("/") { return given }
        return URL(fileURLWithPath: given, relativeTo: URL(fileURLWithPath: currentDirectory, isDirectory: true)).standardizedFileURL.path
    }

    /// A file URL for a path argument, resolved as ``path(_:)`` does.
    public func fileURL(_ given: String) -> URL {
        URL(fileURLWithPath: path(given))
    }
}

/// Somewhere a command's text goes: the process's standard output or error, or a buffer.
public protocol ConsoleStream: Sendable {
    func write(_ text: String)
}

/// The process's standard output, through the same buffered stream as `print`.
struct StandardOutputStream: ConsoleStream {
    func write(_ text: String) { Swift.print(text, terminator: "") }
}

/// The process's standard error, unbuffered, so diagnostics appear as they happen.
struct StandardErrorStream: ConsoleStream {
    func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}

/// Text written to a console, kept in memory: the output of a command run in process.
public final class CapturedStream: ConsoleStream {
    private let buffer = Mutex("")

    public init() {}

    public func write(_ text: String) { buffer.withLock { $0 += text } }

    /// Everything written so far.
    public var text: String { buffer.withLock { $0 } }
}
