internal import CYaml

/// Reads a well-formed plan file straight from libyaml's events into `YAMLValue`.
///
/// `YAMLParser` used to build Yams' `Node` tree (a tag, style, mark and anchor per node, a
/// hashed duplicate-key check per mapping) and then convert it: two trees for every file, half
/// of `audit verify`'s decoding time. This reader builds the one tree directly and checks
/// duplicate keys on the key texts.
///
/// It only ever answers for files that are fine: on anything `YAMLParser` refuses (a libyaml
/// error, an anchor or alias, a complex or repeated key, nesting past the limit, no document or
/// several) it returns nil, and `YAMLParser` reads the file again through Yams to report the
/// problem exactly as before. A file it accepts yields the value the Yams path yields, line
/// numbers included (`YAMLEventReaderTests` compares both on the seeds, fixtures, fuzz corpus
/// and mutations of it).
///
/// Public so that the `clasp-fuzz` harness can hold `CanonicalYAMLReader` to this reader's
/// answers; plan code goes through `YAMLParser.parse`.
public enum YAMLEventReader {
    /// The document of `text`, or nil when the file is not a single plain document of text
    /// keys, lists and scalars (the caller then reads it the strict way to say why).
    public static func read(_ text: String) -> YAMLValue? {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            var parser = yaml_parser_t()
            return withUnsafeMutablePointer(to: &parser) { parser in
                guard yaml_parser_initialize(parser) == 1 else { return nil }
                defer { yaml_parser_delete(parser) }
                yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
                yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
                var events = EventStream(parser: parser)
                return events.document()
            }
        } ?? nil
    }

    /// The parser's events, one at a time; each is freed once the value it starts is read.
    private struct EventStream {
        let parser: UnsafeMutablePointer<yaml_parser_t>

        /// The single document of the stream.
        mutating func document() -> YAMLValue? {
            guard expect(YAML_STREAM_START_EVENT), expect(YAML_DOCUMENT_START_EVENT) else { return nil }
            guard var event = next() else { return nil }
            defer { yaml_event_delete(&event) }
            guard let root = value(from: &event, depth: 0),
                  expect(YAML_DOCUMENT_END_EVENT), expect(YAML_STREAM_END_EVENT) else { return nil }
            return root
        }

        /// Reads one event and reports whether it is of `type`.
        private mutating func expect(_ type: yaml_event_type_t) -> Bool {
            guard var event = next() else { return false }
            defer { yaml_event_delete(&event) }
            return event.type == type
        }

        /// The next event, or nil on a libyaml error. The caller deletes it.
        private mutating func next() -> yaml_event_t? {
            var event = yaml_event_t()
            guard yaml_parser_parse(parser, &event) == 1 else { return nil }
            return event
        }

        /// The value starting with `event` (a scalar, or a list or mapping start, whose
        /// remaining events are read here).
        private mutating func value(from event: inout yaml_event_t, depth: Int) -> YAMLValue? {
            guard depth <= YAMLParser.maximumDepth else { return nil }
            let line = Int(event.start_mark.line) + 1
            switch event.type {
            case YAML_SCALAR_EVENT:
                guard event.data.scalar.anchor == nil, !Self.startsWithByteOrderMark(event) else { return nil }
                return .scalar(Self.text(of: event), line: line)
            case YAML_SEQUENCE_START_EVENT:
                guard event.data.sequence_start.anchor == nil else { return nil }
                var values: [YAMLValue] = []
                while true {
                    guard var element = next() else { return nil }
                    defer { yaml_event_delete(&element) }
                    if element.type == YAML_SEQUENCE_END_EVENT { return .sequence(values, line: line) }
                    guard let value = value(from: &element, depth: depth + 1) else { return nil }
                    values.append(value)
                }
            case YAML_MAPPING_START_EVENT:
                guard event.data.mapping_start.anchor == nil else { return nil }
                var pairs: [YAMLPair] = []
                // Spec mappings hold a handful of keys: a scan beats hashing until one holds many.
                var keys = Set<String>()
                while true {
                    guard var key = next() else { return nil }
                    defer { yaml_event_delete(&key) }
                    if key.type == YAML_MAPPING_END_EVENT { return .mapping(pairs, line: line) }
                    guard key.type == YAML_SCALAR_EVENT, key.data.scalar.anchor == nil, !Self.startsWithByteOrderMark(key) else { return nil }
                    let name = Self.text(of: key)
                    if pairs.count < 16 {
                        guard !pairs.contains(where: { $0.key == name }) else { return nil }
                    } else {
                        if keys.isEmpty { keys = Set(pairs.map(\.key)) }
                        guard keys.insert(name).inserted else { return nil }
                    }
                    guard var valueEvent = next() else { return nil }
                    defer { yaml_event_delete(&valueEvent) }
                    guard let value = value(from: &valueEvent, depth: depth + 1) else { return nil }
                    pairs.append(YAMLPair(name, value, line: Int(key.start_mark.line) + 1))
                }
            default:
                // An alias, or an event no well-formed document has here.
                return nil
            }
        }

        /// Whether a scalar begins with U+FEFF: Yams' Foundation decoding drops it there, so such
        /// a (rare, odd) file is left to the Yams path rather than imitated.
        private static func startsWithByteOrderMark(_ event: yaml_event_t) -> Bool {
            guard event.data.scalar.length >= 3, let bytes = event.data.scalar.value else { return false }
            return bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        }

        /// A scalar event's text; libyaml hands out UTF-8 (it may hold NUL characters).
        private static func text(of event: yaml_event_t) -> String {
            let bytes = UnsafeBufferPointer(start: event.data.scalar.value, count: event.data.scalar.length)
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}
