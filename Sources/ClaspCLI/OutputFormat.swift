import ArgumentParser

/// How a read command prints its result. JSON shapes are documented in README.md and stable.
public enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text
    case json
    case yaml
    case markdown
}
