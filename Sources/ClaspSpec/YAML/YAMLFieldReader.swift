/// Typed, checked access to one YAML mapping: every read names its field, and `finish()`
/// reports the first key nobody asked for, so a misspelt field is an error rather than
/// silently ignored data.
public struct YAMLFieldReader {
    public let file: String?
    /// Dotted path of this mapping in the document ("" for the root).
    public let path: String
    public let line: Int
    private let pairs: [YAMLPair]
    private var consumed = Set<String>()

    /// Wraps `value`, which must be a mapping.
    public init(_ value: YAMLValue, file: String?, path: String = "") throws {
        guard case .mapping(let pairs, let line) = value else {
            throw SpecFormatError(file: file, line: value.line, field: path.isEmpty ? nil : path,
                                  problem: .wrongType(expected: "a mapping", found: value.typeName))
        }
        self.file = file
        self.path = path
        self.line = line
        self.pairs = pairs
    }

    /// The full path of a field of this mapping.
    public func fieldPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// An error located at `key` (or at the mapping when the key is absent).
    public func error(_ key: String, _ problem: SpecFormatError.Problem) -> SpecFormatError {
        let line = pairs.first(where: { $0.key == key })?.line ?? self.line
        return SpecFormatError(file: file, line: line, field: fieldPath(key), problem: problem)
    }

    /// The raw value of `key`, marking it read.
    public mutating func value(_ key: String) -> YAMLValue? {
        consumed.insert(key)
        return pairs.first(where: { $0.key == key })?.value
    }

    public mutating func has(_ key: String) -> Bool { pairs.contains { $0.key == key } }

    /// An optional text field; an empty string counts as absent only when `allowEmpty` is false.
    public mutating func string(_ key: String) throws -> String? {
        guard let value = value(key) else { return nil }
        guard case .scalar(let text, _) = value else {
            throw error(key, .wrongType(expected: "text", found: value.typeName))
        }
        return text
    }

    /// A required, non-empty text field.
    public mutating func requiredString(_ key: String) throws -> String {
        guard let text = try string(key) else { throw error(key, .missingField) }
        guard !text.trimmingWhitespace.isEmpty else { throw error(key, .invalidValue("must not be empty")) }
        return text
    }

    /// An optional date field in `YYYY-MM-DD` form.
    public mutating func date(_ key: String) throws -> PlanDate? {
        guard let text = try string(key) else { return nil }
        guard let date = PlanDate(iso: text) else {
            throw error(key, .invalidValue("'\(text)' is not a real date in YYYY-MM-DD form"))
        }
        return date
    }

    public mutating func requiredDate(_ key: String) throws -> PlanDate {
        guard let date = try date(key) else { throw error(key, .missingField) }
        return date
    }

    /// An optional `true` / `false`.
    public mutating func bool(_ key: String) throws -> Bool? {
        guard let text = try string(key) else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default: throw error(key, .invalidValue("'\(text)' is neither true nor false"))
        }
    }

    /// An optional whole number.
    public mutating func integer(_ key: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = try string(key) else { return nil }
        guard let number = Int(text), range.contains(number) else {
            throw error(key, .invalidValue("'\(text)' is not a whole number from \(range.lowerBound) to \(range.upperBound)"))
        }
        return number
    }

    /// A list field (absent means empty), handing each element and its path to `read`.
    public mutating func list<T>(_ key: String, _ read: (YAMLValue, String) throws -> T) throws -> [T] {
        guard let value = value(key) else { return [] }
        guard case .sequence(let values, _) = value else {
            throw error(key, .wrongType(expected: "a list", found: value.typeName))
        }
        return try values.enumerated().map { index, element in
            try read(element, "\(fieldPath(key))[\(index)]")
        }
    }

    /// A list of text (absent means empty).
    public mutating func strings(_ key: String) throws -> [String] {
        let file = self.file
        return try list(key) { element, path in
            guard case .scalar(let text, _) = element else {
                throw SpecFormatError(file: file, line: element.line, field: path,
                                      problem: .wrongType(expected: "text", found: element.typeName))
            }
            return text
        }
    }

    /// A nested mapping field.
    public mutating func mapping(_ key: String) throws -> YAMLFieldReader? {
        guard let value = value(key) else { return nil }
        return try YAMLFieldReader(value, file: file, path: fieldPath(key))
    }

    /// Fails on the first key that was never read.
    public func finish() throws {
        if let unknown = pairs.first(where: { !consumed.contains($0.key) }) {
            throw SpecFormatError(file: file, line: unknown.line, field: fieldPath(unknown.key), problem: .unknownField)
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space (Foundation-free).
    public var trimmingWhitespace: String {
        guard let start = firstIndex(where: { !$0.isWhitespace }),
              let end = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[start...end])
    }
}
