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

    /// Refuses a format the command does not print, naming the ones it does.
    func require(_ allowed: [OutputFormat], for command: String) throws {
        guard allowed.contains(self) else {
            throw ValidationError("\(command) prints \(allowed.map(\.rawValue).joined(separator: ", ")), not \(rawValue)")
        }
    }
}
