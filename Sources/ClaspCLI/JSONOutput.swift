import Foundation

/// Writes JSON the same way everywhere: sorted keys, two-space indentation, unescaped slashes,
/// so the output is stable enough to diff and to script against.
enum JSONOutput {
    static func string(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func print(_ value: some Encodable) throws {
        Console.current.print(try string(value))
    }
}
