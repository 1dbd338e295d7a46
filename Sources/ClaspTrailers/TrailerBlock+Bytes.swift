/// git's byte-level helpers (`next_line`, `last_line`, `is_blank_line`, `find_separator`, `unfold_value`) and
/// its ASCII-only character classes, so offsets match git's C code exactly.
extension TrailerBlock {
    /// git's `isspace`: space, tab, line feed, carriage return.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0a || byte == 0x0d
    }

    /// git's `isalnum`: ASCII letters and digits only.
    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5a).contains(byte) || (0x61...0x7a).contains(byte)
    }

    /// The offset just past the line feed ending the line at `start`, or the end of the buffer.
    static func nextLine(_ buffer: [UInt8], _ start: Int) -> Int {
        guard let newline = buffer[start...].firstIndex(of: 0x0a) else { return buffer.count }
        return newline + 1
    }

    /// git's `last_line`: the start of the line that ends at `length` (a final line feed belongs to that line),
    /// or -1 when `length` is 0.
    static func lastLine(_ buffer: [UInt8], _ length: Int) -> Int {
        if length == 0 { return -1 }
        if length == 1 { return 0 }
        var index = length - 2
        while index >= 0 {
            if buffer[index] == 0x0a { return index + 1 }
            index -= 1
        }
        return 0
    }

    /// Whether the line at `start` holds nothing but whitespace.
    static func isBlankLine(_ buffer: [UInt8], _ start: Int) -> Bool {
        var index = start
        while index < buffer.count && buffer[index] != 0x0a && isSpace(buffer[index]) { index += 1 }
        return index == buffer.count || buffer[index] == 0x0a
    }

    /// git's `endsWithBlankLine` for the first `length` bytes.
    static func endsWithBlankLine(_ buffer: [UInt8], _ length: Int) -> Bool {
        let line = lastLine(buffer, length)
        return line >= 0 && isBlankLine(buffer, line)
    }

    /// git's `find_separator`: the offset of `:` when the line starts with a key (letters, digits, hyphens,
    /// then optional whitespace), otherwise -1.
    static func findSeparator(_ line: ArraySlice<UInt8>) -> Int {
        var whitespaceFound = false
        for (offset, byte) in line.enumerated() {
            if byte == 0x3a { return offset }
            if !whitespaceFound && (isAlphanumeric(byte) || byte == 0x2d) { continue }
            if offset != 0 && (byte == 0x20 || byte == 0x09) {
                whitespaceFound = true
                continue
            }
            break
        }
        return -1
    }

    /// git's `strbuf_trim`.
    static func trimmed(_ bytes: [UInt8]) -> [UInt8] {
        Array(trimmed(bytes[...]))
    }

    /// git's `strbuf_trim`, as a part of `bytes`.
    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard let first = bytes.firstIndex(where: { !isSpace($0) }),
            let last = bytes.lastIndex(where: { !isSpace($0) })
        else { return [] }
        return bytes[first...last]
    }

    /// git's `unfold_value`: each line break and the whitespace after it become one space.
    static func unfold(_ value: [UInt8]) -> String {
        // Nearly every value is one line: nothing to fold.
        guard value.contains(0x0a) else { return String(decoding: trimmed(value[...]), as: UTF8.self) }
        var output: [UInt8] = []
        var index = 0
        while index < value.count {
            let byte = value[index]
            index += 1
            if byte == 0x0a {
                while index < value.count && isSpace(value[index]) { index += 1 }
                output.append(0x20)
            } else {
                output.append(byte)
            }
        }
        return String(decoding: trimmed(output), as: UTF8.self)
    }

    /// git's `token_len_without_separator`: the key without trailing non-alphanumerics.
    static func withoutTrailingSeparator(_ key: [UInt8]) -> [UInt8] {
        var length = key.count
        while length > 0 && !isAlphanumeric(key[length - 1]) { length -= 1 }
        return Array(key[..<length])
    }

    /// ASCII lower-casing, as `strcasecmp` does.
    static func lowercased(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        bytes.map(lowercased)
    }

    /// One byte lower-cased as `strcasecmp` does: ASCII letters only.
    static func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5a).contains(byte) ? byte + 0x20 : byte
    }
}
