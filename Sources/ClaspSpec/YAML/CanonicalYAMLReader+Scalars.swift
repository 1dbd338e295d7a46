/// Scalars and keys in canonical form: plain exactly when `CanonicalYAML.quote` leaves the text
/// plain, double-quoted otherwise with only the writer's escapes. A scalar written any other way
/// (a quoted text the writer would leave plain, a plain one it would quote, `\x41`, `\u000A`, a
/// raw tab) makes the whole file non-canonical, and the general reader takes it.
extension CanonicalYAMLReader.Cursor {
    /// Longest key read here, quotes included: libyaml looks no further than 1,024 characters
    /// for a key's `:` and refuses longer keys, so they are left to it to refuse. (Counted in
    /// bytes, which are never fewer than characters.)
    static let maximumKeyBytes = 1_024

    /// The key or scalar at `position`, up to the end of its line (not read) or, for a key,
    /// through its `:`.
    mutating func head() -> (text: String, isKey: Bool)? {
        guard position < bytes.count else { return nil }
        return bytes[position] == 0x22 ? quoted() : plain()
    }

    /// A plain scalar, or a plain key ending at the first `:` followed by a space or line break
    /// (a canonical plain text never holds `: ` nor ends with `:`). The scan also refuses what no
    /// plain text may hold (controls, DEL, ` #`), leaving only its ends to check.
    private mutating func plain() -> (text: String, isKey: Bool)? {
        var index = position
        var ascii = true
        var isKey = false
        while index < bytes.count {
            // Eight bytes at a time past text with nothing to check (most of a line of prose).
            while index + 8 <= bytes.count, let base = bytes.baseAddress,
                  !Self.mayNeedCheck(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
            }
            guard index < bytes.count else { break }
            let byte = bytes[index]
            // Letters, spaces and most punctuation: nothing to check.
            if (byte > 0x3A && byte < 0x7F) || byte == 0x20 {
                index += 1
                continue
            }
            if byte == 0x0A { break }
            if byte == 0x3A, index + 1 < bytes.count, bytes[index + 1] == 0x20 || bytes[index + 1] == 0x0A {
                isKey = true
                break
            }
            if byte < 0x20 || byte == 0x7F || (byte == 0x23 && index > position && bytes[index - 1] == 0x20) { return nil }
            if byte >= 0x80 { ascii = false }
            index += 1
        }
        guard index < bytes.count, !isKey || index - position <= Self.maximumKeyBytes else { return nil }
        let slice = UnsafeBufferPointer(rebasing: bytes[position..<index])
        let text = String(decoding: slice, as: UTF8.self)
        let plain = ascii ? Self.hasPlainSafeEnds(slice) : CanonicalYAML.isPlainSafe(text)
        guard plain || Self.isPlainDateOrNumber(text, slice) else { return nil }
        position = isKey ? index + 1 : index
        return (text, isKey)
    }

    /// Whether any of eight bytes may need a look in `plain`: a control character or line break,
    /// DEL or a non-ASCII byte, `:` or `#` (exact "any byte" tests on the whole word).
    @inline(__always)
    private static func mayNeedCheck(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let below0x20 = (word &- ones &* 0x20) & ~word & highs
        let above0x7E = ((word &+ ones &* (127 - 0x7E)) | word) & highs
        let colons = word ^ (ones &* 0x3A)
        let hashes = word ^ (ones &* 0x23)
        let zeroColon = (colons &- ones) & ~colons & highs
        let zeroHash = (hashes &- ones) & ~hashes & highs
        return (below0x20 | above0x7E | zeroColon | zeroHash) != 0
    }

    /// A double-quoted scalar or key on one line, with only the escapes `CanonicalYAML.quote`
    /// writes, each only where it writes it.
    private mutating func quoted() -> (text: String, isKey: Bool)? {
        let start = position
        var index = position + 1
        var run = index
        var escaped = false
        var ascii = true
        scratch.removeAll(keepingCapacity: true)
        while true {
            guard index < bytes.count else { return nil }
            let byte = bytes[index]
            if byte == 0x22 { break }
            if byte < 0x20 || byte == 0x7F { return nil }
            if byte >= 0x80 {
                ascii = false
                guard !Self.writerEscapes(bytes, at: index) else { return nil }
                index += 1
                continue
            }
            guard byte == 0x5C else {
                index += 1
                continue
            }
            escaped = true
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
            guard index + 1 < bytes.count else { return nil }
            switch bytes[index + 1] {
            case 0x22: scratch.append(0x22)
            case 0x5C: scratch.append(0x5C)
            case 0x6E: scratch.append(0x0A)
            case 0x74: scratch.append(0x09)
            case 0x72: scratch.append(0x0D)
            case 0x75:
                guard let scalar = unicodeEscape(at: index + 2) else { return nil }
                if scalar.value >= 0x80 { ascii = false }
                UTF8.encode(scalar) { scratch.append($0) }
                index += 4
            default:
                return nil
            }
            index += 2
            run = index
        }
        let text: String
        if escaped {
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
            text = String(decoding: scratch, as: UTF8.self)
        } else {
            text = String(decoding: UnsafeBufferPointer(rebasing: bytes[run..<index]), as: UTF8.self)
        }
        // libyaml's path leaves a text starting with U+FEFF to Yams, which drops it.
        guard !text.utf8.starts(with: [0xEF, 0xBB, 0xBF]) else { return nil }
        guard !Self.writerKeepsPlain(text, text.utf8, ascii: ascii) else { return nil }
        position = index + 1
        if position < bytes.count, bytes[position] == 0x3A {
            guard index - start < Self.maximumKeyBytes else { return nil }
            position += 1
            return (text, true)
        }
        return (text, false)
    }

    /// The character of a `\uXXXX` escape whose four uppercase hex digits start at `index`, if
    /// the writer escapes it that way (and not as `\n`, `\t` or `\r`).
    private func unicodeEscape(at index: Int) -> Unicode.Scalar? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[index..<index + 4] {
            switch byte {
            case 0x30...0x39: value = value << 4 | UInt32(byte - 0x30)
            case 0x41...0x46: value = value << 4 | UInt32(byte - 0x41 + 10)
            default: return nil
            }
        }
        guard value != 0x0A, value != 0x09, value != 0x0D, let scalar = Unicode.Scalar(value),
              CanonicalYAML.needsEscape(scalar) else { return nil }
        return scalar
    }

    /// Whether the multi-byte character starting at `index` is one the writer escapes (C1
    /// controls, U+2028, U+2029, U+FEFF, U+FFFE, U+FFFF). The text is valid UTF-8.
    private static func writerEscapes(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        switch bytes[index] {
        case 0xC2: return bytes[index + 1] <= 0x9F
        case 0xE2: return bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
        case 0xEF:
            return (bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF)
                || (bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE)
        default: return false
        }
    }

    /// `CanonicalYAML.quote` leaves `text` plain: checked on the bytes for ASCII text, through
    /// the writer's own rules otherwise (and for dates and numbers).
    private static func writerKeepsPlain(_ text: String, _ utf8: some BidirectionalCollection<UInt8>, ascii: Bool) -> Bool {
        if ascii ? isPlainSafeASCII(utf8) : CanonicalYAML.isPlainSafe(text) { return true }
        return isPlainDateOrNumber(text, utf8)
    }

    /// A date or canonical whole number, which the writer leaves plain though not plain-safe.
    private static func isPlainDateOrNumber(_ text: String, _ utf8: some Collection<UInt8>) -> Bool {
        guard let first = utf8.first, first >= 0x30, first <= 0x39 else { return false }
        // `PlanDate(iso:)` reads the bytes and stops at the first one out of place.
        return CanonicalYAML.isCanonicalWholeNumber(text) || PlanDate(iso: text) != nil
    }

    /// `CanonicalYAML.isPlainSafe` for an ASCII text, on its bytes.
    private static func isPlainSafeASCII(_ utf8: some BidirectionalCollection<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in utf8 {
            guard byte >= 0x20, byte < 0x7F else { return false }
            if (previous == 0x3A && byte == 0x20) || (previous == 0x20 && byte == 0x23) { return false }
            previous = byte
        }
        return hasPlainSafeEnds(utf8)
    }

    /// The rest of `isPlainSafeASCII` once the bytes are known to be printable ASCII without
    /// `: ` or ` #`: the first and last characters, and the reserved words.
    private static func hasPlainSafeEnds(_ utf8: some BidirectionalCollection<UInt8>) -> Bool {
        guard let first = utf8.first, let last = utf8.last else { return false }
        switch first {
        // -?:,[]{}#&*!|>'"%@` and a space, a digit, '.' or '+'
        case 0x2D, 0x3F, 0x3A, 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x23, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x27, 0x22,
             0x25, 0x40, 0x60, 0x20, 0x30...0x39, 0x2E, 0x2B:
            return false
        default: break
        }
        if last == 0x20 || last == 0x3A { return false }
        guard utf8.count <= 5 else { return true }
        let code = utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1 >= 0x41 && $1 <= 0x5A ? $1 | 0x20 : $1) }
        return !reservedWordCodes.contains(code)
    }

    /// `CanonicalYAML.reservedWords` (none longer than five bytes) packed into integers, so a
    /// short ASCII text is compared without building a lowercased string.
    private static let reservedWordCodes: [UInt64] = CanonicalYAML.reservedWords.map { word in
        word.utf8.reduce(0) { $0 << 8 | UInt64($1) }
    }
}
