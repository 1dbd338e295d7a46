/// Reads files in Clasp's canonical YAML form (exactly what `CanonicalYAML.render` writes)
/// byte by byte into `YAMLValue`, without libyaml.
///
/// Every plan file Clasp writes is canonical, and `audit verify` decodes tens of thousands of
/// them: libyaml's event parsing was most of that time. This reader knows only the one layout
/// the writer produces (block style, two-space indent, one scalar per line, `- ` items, lists
/// under a key not indented further, `{}`/`[]` for empty collections, scalars plain exactly when
/// the writer keeps them plain, double-quoted otherwise with only the writer's escapes, LF
/// endings and a final newline) and returns nil on anything else, so `YAMLParser` then reads the
/// file with `YAMLEventReader` as before. Because it refuses every variation, a value it returns
/// is the value `YAMLEventReader` returns, line numbers included (`CanonicalYAMLReaderTests` and
/// the `yaml` fuzz target compare the two).
public enum CanonicalYAMLReader {
    /// The document of `text` if `text` is in canonical form, else nil (the caller reads it the
    /// general way).
    public static func read(_ text: String) -> YAMLValue? {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            var cursor = Cursor(bytes: bytes)
            return cursor.document()
        } ?? nil
    }

    /// A position in the text and the 1-based line it is on; each method reads one construct
    /// of the canonical form and returns nil when the bytes are anything else.
    struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0
        var line = 1
        /// Reused for decoding quoted scalars with escapes.
        var scratch: [UInt8] = []

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// The root value, which must end exactly at the end of the text.
        mutating func document() -> YAMLValue? {
            guard !bytes.isEmpty else { return nil }
            let root: YAMLValue?
            if isItemDash(at: 0) {
                root = sequence(indent: 0, depth: 0)
            } else {
                guard let head = head() else { return nil }
                if head.isKey {
                    root = mapping(indent: 0, depth: 0, firstKey: head.text)
                } else {
                    guard endLine() else { return nil }
                    root = .scalar(head.text, line: 1)
                }
            }
            guard let root, position == bytes.count else { return nil }
            return root
        }

        /// A block mapping whose first key (at `indent`, or after its list item's `- `) has been
        /// read; its line is that key's, as libyaml reports it. Stops at the start of a line
        /// indented less than `indent`.
        private mutating func mapping(indent: Int, depth: Int, firstKey: String) -> YAMLValue? {
            guard depth <= YAMLParser.maximumDepth else { return nil }
            let start = line
            var pairs: [YAMLPair] = []
            // Spec mappings hold a few keys: one allocation rather than growing through 1, 2, 4.
            pairs.reserveCapacity(8)
            var keys = Set<String>()
            var key = firstKey
            while true {
                // Spec mappings hold a handful of keys: a scan beats hashing until one holds many.
                if pairs.count < 16 {
                    guard !pairs.contains(where: { $0.key == key }) else { return nil }
                } else {
                    if keys.isEmpty { keys = Set(pairs.map(\.key)) }
                    guard keys.insert(key).inserted else { return nil }
                }
                let keyLine = line
                guard let value = pairValue(indent: indent, depth: depth + 1) else { return nil }
                pairs.append(YAMLPair(key, value, line: keyLine))
                let spaces = indentation()
                if position == bytes.count || spaces < indent { return .mapping(pairs, line: start) }
                guard spaces == indent, !isItemDash(at: position + spaces) else { return nil }
                position += spaces
                guard let next = head(), next.isKey else { return nil }
                key = next.text
            }
        }

        /// What follows a key's `:`: ` scalar`, ` {}` or ` []` to the end of the line, or a
        /// mapping indented two more or a list at the key's own indent on the following lines.
        private mutating func pairValue(indent: Int, depth: Int) -> YAMLValue? {
            guard depth <= YAMLParser.maximumDepth, position < bytes.count else { return nil }
            if bytes[position] == 0x20 {
                position += 1
                return inlineValue()
            }
            guard endLine() else { return nil }
            let spaces = indentation()
            if spaces == indent, isItemDash(at: position + spaces) {
                position += spaces
                return sequence(indent: indent, depth: depth)
            }
            guard spaces == indent + 2 else { return nil }
            position += spaces
            guard let head = head(), head.isKey else { return nil }
            return mapping(indent: indent + 2, depth: depth, firstKey: head.text)
        }

        /// A block list whose first `- ` is at `position`, at `indent`; its line is that of
        /// the first `- `. Stops at the start of a line that is not an item at `indent`.
        private mutating func sequence(indent: Int, depth: Int) -> YAMLValue? {
            guard depth <= YAMLParser.maximumDepth else { return nil }
            let start = line
            var values: [YAMLValue] = []
            while true {
                guard let value = item(indent: indent, depth: depth + 1) else { return nil }
                values.append(value)
                let spaces = indentation()
                if position == bytes.count || spaces < indent { return .sequence(values, line: start) }
                guard spaces == indent else { return nil }
                if !isItemDash(at: position + spaces) { return .sequence(values, line: start) }
                position += spaces
            }
        }

        /// One list item from its `-`: a nested list on the following lines (`-` alone), or
        /// after `- ` a scalar, `{}`, `[]`, or a mapping whose first key shares the line.
        private mutating func item(indent: Int, depth: Int) -> YAMLValue? {
            guard depth <= YAMLParser.maximumDepth else { return nil }
            if bytes[position + 1] == 0x0A {
                position += 1
                guard endLine() else { return nil }
                let spaces = indentation()
                guard spaces == indent + 2, isItemDash(at: position + spaces) else { return nil }
                position += spaces
                return sequence(indent: indent + 2, depth: depth)
            }
            position += 2
            if let empty = emptyCollection() { return empty }
            let start = line
            guard let head = head() else { return nil }
            if head.isKey { return mapping(indent: indent + 2, depth: depth, firstKey: head.text) }
            guard endLine() else { return nil }
            return .scalar(head.text, line: start)
        }

        /// A scalar, `{}` or `[]` and the line break after it.
        private mutating func inlineValue() -> YAMLValue? {
            if let empty = emptyCollection() { return empty }
            let start = line
            guard let head = head(), !head.isKey, endLine() else { return nil }
            return .scalar(head.text, line: start)
        }

        /// `{}` or `[]` ending the line, read with its line break; nil (reading nothing) otherwise.
        private mutating func emptyCollection() -> YAMLValue? {
            guard position + 2 < bytes.count, bytes[position + 2] == 0x0A else { return nil }
            let start = line
            let value: YAMLValue
            switch (bytes[position], bytes[position + 1]) {
            case (0x7B, 0x7D): value = .mapping([], line: start)
            case (0x5B, 0x5D): value = .sequence([], line: start)
            default: return nil
            }
            position += 3
            line += 1
            return value
        }

        /// Whether a list item's `-` is at `index`: followed by a space or a line break.
        private func isItemDash(at index: Int) -> Bool {
            index + 1 < bytes.count && bytes[index] == 0x2D && (bytes[index + 1] == 0x20 || bytes[index + 1] == 0x0A)
        }

        /// The number of spaces starting at `position` (the start of a line); reads nothing.
        private func indentation() -> Int {
            var index = position
            while index < bytes.count, bytes[index] == 0x20 { index += 1 }
            return index - position
        }

        /// Reads the line break ending a line.
        private mutating func endLine() -> Bool {
            guard position < bytes.count, bytes[position] == 0x0A else { return false }
            position += 1
            line += 1
            return true
        }
    }
}
