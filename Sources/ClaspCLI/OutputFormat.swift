import ArgumentParser
import ClaspSpec

/// How a command prints its result. JSON shapes are documented in README.md and stable.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text
    case json
    case yaml
    case markdown
    case html
    case dot
    case mermaid
    case svg

    /// Each command's `--format` help names the formats it prints; the shared list of every
    /// format would offer ones the command refuses.
    static var allValueStrings: [String] { [] }

    /// The `--format` help of a command that prints `formats`: only those, so the help never
    /// offers a format the command refuses.
    static func help(_ formats: [OutputFormat]) -> ArgumentHelp {
        ArgumentHelp("Output format: \(Plural.list(formats.map(\.rawValue))).", valueName: "format")
    }

    /// Refuses a format the command does not print, naming the ones it does.
    func require(_ allowed: [OutputFormat], for command: String) throws {
        guard allowed.contains(self) else {
            throw ValidationError("\(command) prints \(Plural.list(allowed.map(\.rawValue))), not \(rawValue)")
        }
    }
}
