/// A plan file that cannot be read: names the file, the line and the field, and says what
/// would be accepted, so an analyst can fix it without reading the source code.
public struct SpecFormatError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Problem: Equatable, Sendable {
        /// The text is not YAML at all (message from the YAML parser).
        case syntax(String)
        /// A key the format does not define.
        case unknownField
        /// A required key is absent.
        case missingField
        /// The value has the wrong shape.
        case wrongType(expected: String, found: String)
        /// The value has the right shape but is not acceptable.
        case invalidValue(String)
        /// The file cannot hold plan data at all (empty, binary, too large, anchors).
        case unreadable(String)
    }

    public var file: String?
    public var line: Int?
    /// Dotted path of the field ("sections[2].items[0].percent").
    public var field: String?
    public var problem: Problem

    public init(file: String? = nil, line: Int? = nil, field: String? = nil, problem: Problem) {
        self.file = file
        self.line = line
        self.field = field
        self.problem = problem
    }

    /// The same error attributed to a file, for readers that learn the name late.
    public func inFile(_ name: String) -> SpecFormatError {
        var copy = self
        if copy.file == nil { copy.file = name }
        return copy
    }

    public var description: String {
        var location = file ?? "<input>"
        if let line, line > 0 { location += ":\(line)" }
        let subject = field.map { "field '\($0)'" }
        let text: String
        switch problem {
        case .syntax(let message): text = "not valid YAML: \(message)"
        case .unknownField: text = "unknown field"
        case .missingField: text = "missing required field"
        case let .wrongType(expected, found): text = "expected \(expected), found \(found)"
        case .invalidValue(let message): text = message
        case .unreadable(let message): text = message
        }
        return [location, subject, text].compactMap { $0 }.joined(separator: ": ")
    }
}
