/// Writes `YAMLValue` trees in Clasp's canonical form: block style, two-space indent, keys in
/// the order given, one scalar per line, LF endings and a final newline.
///
/// Canonical output is what makes plain `git diff` readable and re-saving an unchanged spec a
/// no-op: the same tree always produces the same bytes.
public enum CanonicalYAML {
    /// Renders a document.
    public static func render(_ value: YAMLValue) -> String {
        var out = ""
        switch value {
        case .scalar(let text, _):
            out = quote(text) + "\n"
        case .mapping(let pairs, _):
            writeMapping(pairs, indent: 0, into: &out)
        case .sequence(let values, _):
            writeSequence(values, indent: 0, into: &out)
        }
        return out
    }

    private static func writeMapping(_ pairs: [YAMLPair], indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        for (index, pair) in pairs.enumerated() {
            // The first key of a mapping that is a list element shares the "- " line.
            if !(index == 0 && out.hasSuffix("- ")) { out += pad }
            out += key(pair.key) + ":"
            writeNested(pair.value, indent: indent, into: &out)
        }
    }

    private static func writeSequence(_ values: [YAMLValue], indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        for value in values {
            out += pad + "- "
            switch value {
            case .scalar(let text, _):
                out += quote(text) + "\n"
            case .mapping(let pairs, _):
                if pairs.isEmpty { out += "{}\n" } else { writeMapping(pairs, indent: indent + 2, into: &out) }
            case .sequence(let inner, _):
                if inner.isEmpty { out += "[]\n" } else {
                    out.removeLast(1)
                    out += "\n"
                    writeSequence(inner, indent: indent + 2, into: &out)
                }
            }
        }
    }

    /// Writes the value after "key:" — inline for scalars and empty collections, on the
    /// following lines otherwise. Lists under a key are not indented further (the common
    /// block style `key:\n- a`), keeping long paragraphs close to the left margin.
    private static func writeNested(_ value: YAMLValue, indent: Int, into out: inout String) {
        switch value {
        case .scalar(let text, _):
            out += " " + quote(text) + "\n"
        case .mapping(let pairs, _):
            if pairs.isEmpty { out += " {}\n"; return }
            out += "\n"
            writeMapping(pairs, indent: indent + 2, into: &out)
        case .sequence(let values, _):
            if values.isEmpty { out += " []\n"; return }
            out += "\n"
            writeSequence(values, indent: indent, into: &out)
        }
    }

    private static func key(_ name: String) -> String {
        isPlainSafe(name) ? name : quote(name)
    }

    /// Quotes a scalar unless it reads back as the same string when plain. Dates (`2019-07-16`)
    /// and whole numbers in canonical form (`45`, `11002`, never `012`) stay plain because every
    /// reader here takes scalars as text, and a YAML reader that does convert them prints them
    /// back identically.
    public static func quote(_ text: String) -> String {
        if isPlainSafe(text) || PlanDate(iso: text) != nil || isCanonicalWholeNumber(text) { return text }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if needsEscape(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `0` or a decimal without leading zeros, short enough for any reader's integer type.
    static func isCanonicalWholeNumber(_ text: String) -> Bool {
        let digits = text.utf8
        guard let first = digits.first, digits.count <= 15,
              digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        return first != 0x30 || digits.count == 1
    }

    /// Words a YAML 1.1 reader would turn into booleans or null.
    static let reservedWords: Set<String> = [
        "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~", "<<", "=",
    ]

    /// True when `text` can be written without quotes and read back unchanged by any YAML
    /// reader. Conservative on purpose: anything number-like or punctuation-led is quoted.
    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if reservedWords.contains(text.lowercased()) { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if first == " " || last == " " || last == ":" { return false }
        if first.properties.numericType != nil || first == "." || first == "+" { return false }
        if text.contains(": ") || text.contains(" #") { return false }
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) { return false }
            if scalar.properties.isWhitespace && scalar != " " { return false }
        }
        return true
    }

    /// Characters YAML does not allow in a file (C0/C1 controls, DEL, the non-characters U+FFFE and
    /// U+FFFF) or that readers treat as line ends or byte-order marks: written as escapes so that
    /// the file stays readable and the text comes back unchanged.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value)
            || value == 0x2028 || value == 0x2029 || value == 0xFEFF || value == 0xFFFE || value == 0xFFFF
    }
}
