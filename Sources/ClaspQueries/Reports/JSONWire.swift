public import Foundation

/// JSON as the CLI prints it and the API sends it: sorted keys, two-space indentation,
/// unescaped slashes, so a remote `--format json` is byte-for-byte the local one.
public enum JSONWire {
    public static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    public static func string(_ value: some Encodable) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
