/// Why a plain-text spec could not be imported; every case names the file and, where there is
/// one, the line, so the message can be acted on without opening the importer.
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file has no text at all (or only white space).
    case empty(file: String?)
    /// The file holds a NUL byte: it is binary (a PDF or Word file given by mistake), not text.
    case binaryContent(file: String?, line: Int)
    /// The bytes are not UTF-8; `byteOffset` is the first byte that cannot be read.
    case invalidUTF8(file: String?, line: Int, byteOffset: Int)
    /// Nothing before the first section heading reads as a class title.
    case noTitle(file: String?, line: Int)
    /// No effective date was given and the source prints none (no revision, effective, adopted or
    /// updated date); `seen` lists the other dates it prints ("line 40: 03/01/2024"), if any.
    case noEffectiveDate(file: String?, seen: [String] = [])
    /// The file is larger than any class specification (`limit` bytes): most likely not a spec,
    /// and reading it would take minutes.
    case tooLarge(file: String?, bytes: Int, limit: Int)
    /// A date in a revision block or lineage chart does not exist (02/30/19).
    case invalidDate(String, file: String?, line: Int)

    /// The file is a Word or PDF document, which must be unpacked or converted to text first.
    case needsConversion(file: String?, format: String)

    public var description: String {
        switch self {
        case .empty(let file):
            return "\(Self.place(file, nil)): the file is empty; there is no spec text to import"
        case let .binaryContent(file, line):
            return "\(Self.place(file, line)): the file contains a NUL byte; it looks binary (export the spec as plain text first)"
        case let .invalidUTF8(file, line, offset):
            return "\(Self.place(file, line)): byte \(offset) is not valid UTF-8; save the file as UTF-8 text"
        case let .noTitle(file, line):
            return "\(Self.place(file, line)): no class title found; expected a title line (\"FINANCE TECHNICIAN I\"), "
                + "\"Class Specification – <title>\" or a \"Job Title\" header cell"
        case let .noEffectiveDate(file, seen):
            let dates = seen.isEmpty ? "it prints no dates at all"
                : "the dates it prints are not labelled as such (" + seen.prefix(8).joined(separator: "; ") + ")"
            return "\(Self.place(file, nil)): no effective date: the text prints no revised, effective, adopted or "
                + "\"last updated\" date; \(dates); pass --effective YYYY-MM-DD"
        case let .tooLarge(file, bytes, limit):
            return "\(Self.place(file, nil)): the file is \(bytes) bytes; a class specification is at most \(limit) bytes "
                + "(is this the right file?)"
        case let .needsConversion(file, format):
            return "\(Self.place(file, nil)): a \(format) file must be converted to text first (clasp import does this)"
        case let .invalidDate(text, file, line):
            return "\(Self.place(file, line)): '\(text)' is not a real date"
        }
    }

    private static func place(_ file: String?, _ line: Int?) -> String {
        (file ?? "<input>") + (line.map { ":\($0)" } ?? "")
    }
}
