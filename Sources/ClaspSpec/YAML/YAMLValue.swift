/// A YAML document reduced to what plan files use: strings, ordered mappings and lists.
///
/// Plan files are read into this tree (keeping line numbers for error messages) and written
/// from it by `CanonicalYAML`, so reading and writing are symmetric and key order is the
/// writer's, never a dictionary's.
public indirect enum YAMLValue: Equatable, Sendable {
    case scalar(String, line: Int = 0)
    case mapping([YAMLPair], line: Int = 0)
    case sequence([YAMLValue], line: Int = 0)

    /// Line of the value in its source text, 1-based; 0 for values built in code.
    public var line: Int {
        switch self {
        case .scalar(_, let line), .mapping(_, let line), .sequence(_, let line): return line
        }
    }

    /// A short noun for messages ("a list", "a mapping", "text").
    public var typeName: String {
        switch self {
        case .scalar: return "text"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }

    /// Values compare by content; line numbers are provenance, not content.
    public static func == (a: YAMLValue, b: YAMLValue) -> Bool {
        switch (a, b) {
        case let (.scalar(x, _), .scalar(y, _)): return x == y
        case let (.mapping(x, _), .mapping(y, _)): return x == y
        case let (.sequence(x, _), .sequence(y, _)): return x == y
        default: return false
        }
    }
}

/// One key and its value, in the order written.
public struct YAMLPair: Equatable, Sendable {
    public var key: String
    public var value: YAMLValue
    public var line: Int

    public init(_ key: String, _ value: YAMLValue, line: Int = 0) {
        self.key = key
        self.value = value
        self.line = line
    }

    public static func == (a: YAMLPair, b: YAMLPair) -> Bool { a.key == b.key && a.value == b.value }
}
