import Foundation

/// Reads the SSH wire encoding (RFC 4251 §5): big-endian `uint32`, and `string` as a
/// `uint32` length followed by that many bytes.
struct SSHWireReader {
    private var bytes: ArraySlice<UInt8>

    init(_ bytes: [UInt8]) { self.bytes = bytes[...] }

    var isAtEnd: Bool { bytes.isEmpty }

    /// The bytes not read yet.
    var remaining: [UInt8] { Array(bytes) }

    mutating func uint32(_ what: String) throws(SSHSignatureError) -> UInt32 {
        let raw = try take(4, what)
        return raw.reduce(0) { $0 << 8 | UInt32($1) }
    }

    mutating func string(_ what: String) throws(SSHSignatureError) -> [UInt8] {
        let count = try uint32(what)
        return try take(Int(count), what)
    }

    mutating func text(_ what: String) throws(SSHSignatureError) -> String {
        String(decoding: try string(what), as: UTF8.self)
    }

    mutating func take(_ count: Int, _ what: String) throws(SSHSignatureError) -> [UInt8] {
        guard count >= 0, bytes.count >= count else { throw .malformed("truncated at \(what)") }
        let taken = Array(bytes.prefix(count))
        bytes = bytes.dropFirst(count)
        return taken
    }
}

/// Writes the SSH wire encoding.
struct SSHWireWriter {
    private(set) var bytes: [UInt8] = []

    mutating func raw(_ data: some Sequence<UInt8>) { bytes.append(contentsOf: data) }

    mutating func uint32(_ value: UInt32) {
        bytes += [UInt8(value >> 24 & 0xff), UInt8(value >> 16 & 0xff), UInt8(value >> 8 & 0xff), UInt8(value & 0xff)]
    }

    mutating func string(_ data: some Collection<UInt8>) {
        uint32(UInt32(data.count))
        bytes.append(contentsOf: data)
    }

    mutating func string(_ text: String) { string(Array(text.utf8)) }
}

/// PEM-like armor of OpenSSH files: a BEGIN line, base64 lines, an END line.
enum SSHArmor {
    /// The base64 body between `-----BEGIN <label>-----` and `-----END <label>-----`, decoded.
    static func decode(_ text: String, label: String) throws(SSHSignatureError) -> [UInt8] {
        let begin = "-----BEGIN \(label)-----", end = "-----END \(label)-----"
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = lines.firstIndex(of: begin), let last = lines.lastIndex(of: end), first < last else {
            throw .notArmored(label: label)
        }
        let body = lines[(first + 1)..<last].joined()
        guard let data = Data(base64Encoded: body) else { throw .malformed("the text between the \(label) lines is not base64") }
        return Array(data)
    }

    /// The armored text, base64 wrapped at `width` columns as OpenSSH writes it, ending with a newline.
    static func encode(_ bytes: [UInt8], label: String, width: Int = 70) -> String {
        let body = Data(bytes).base64EncodedString()
        var lines = ["-----BEGIN \(label)-----"]
        var start = body.startIndex
        while start < body.endIndex {
            let stop = body.index(start, offsetBy: width, limitedBy: body.endIndex) ?? body.endIndex
            lines.append(String(body[start..<stop]))
            start = stop
        }
        lines.append("-----END \(label)-----")
        return lines.joined(separator: "\n") + "\n"
    }
}
