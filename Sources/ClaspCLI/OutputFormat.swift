import ArgumentParser

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

    /// Refuses a format the command does not print, naming the ones it does.
    func require(_ allowed: [OutputFormat], for command: String) throws {
        guard allowed.contains(self) else {
            throw ValidationError("\(command) prints \(allowed.map(\.rawValue).joined(separator: ", ")), not \(rawValue)")
        }
    }
}

/// "1 class", "2 classes": counts in sentences.
enum Plural {
    static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
}
