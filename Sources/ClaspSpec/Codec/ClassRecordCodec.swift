/// Reads and writes `classes/<class-id>/class.yaml`, the identity and lineage of one class.
///
/// The canonical form fixes the key order (`id`, `events`, `notes`; in each event `date`,
/// `kind`, `title`, `old-title`, `from`, `into`, `note`) and omits empty optional fields, so
/// re-saving an unchanged record rewrites the same bytes and `git diff` shows only real edits.
/// Decoding checks each event's shape (which fields its kind needs and allows); whether the
/// events agree with other classes is the lineage checker's job, since that needs the whole plan.
public enum ClassRecordCodec {
    /// Parses a class record.
    ///
    /// - Parameters:
    ///   - text: the content of `class.yaml`.
    ///   - file: the name used in error messages, usually `classes/<id>/class.yaml`.
    /// - Returns: the record, events in file order.
    /// - Throws: `SpecFormatError` naming the file, line and field of the first problem.
    public static func decode(_ text: String, file: String?) throws -> ClassRecord {
        var root = try YAMLFieldReader(YAMLParser.parse(text, file: file), file: file)
        let id = try root.requiredString("id")
        guard Slug.isValid(id) else { throw root.error("id", .invalidValue(slugMessage(id))) }
        let events = try root.list("events") { value, path in
            try decodeEvent(value, file: file, path: path)
        }
        let notes = try root.strings("notes")
        try root.finish()
        return ClassRecord(id: id, events: events, notes: notes)
    }

    /// Writes a record in canonical form (LF endings, trailing newline).
    ///
    /// - Parameter record: the record to write; it is written as given, not validated.
    /// - Returns: the text of `class.yaml`.
    public static func encode(_ record: ClassRecord) -> String {
        var pairs = [YAMLPair("id", .scalar(record.id))]
        pairs.append(YAMLPair("events", .sequence(record.events.map(encodeEvent))))
        if !record.notes.isEmpty {
            pairs.append(YAMLPair("notes", .sequence(record.notes.map { .scalar($0) })))
        }
        return CanonicalYAML.render(.mapping(pairs))
    }

    // MARK: - Events

    private static func decodeEvent(_ value: YAMLValue, file: String?, path: String) throws -> LineageEvent {
        var reader = try YAMLFieldReader(value, file: file, path: path)
        let date = try reader.requiredDate("date")
        let kindText = try reader.requiredString("kind")
        guard let kind = LineageEventKind(rawValue: kindText) else {
            let known = LineageEventKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw reader.error("kind", .invalidValue("'\(kindText)' is not a lineage event kind; expected one of \(known)"))
        }
        let title = try nonEmpty(&reader, "title")
        let oldTitle = try nonEmpty(&reader, "old-title")
        let from = try classIDs(&reader, "from")
        let into = try classIDs(&reader, "into")
        let note = try nonEmpty(&reader, "note")
        try reader.finish()

        /// Refuses a field the event's kind has no use for, so a misplaced `into` is not silently kept.
        func refuse(_ key: String, present: Bool) throws {
            if present {
                throw reader.error(key, .invalidValue("'\(key)' does not apply to '\(kind.rawValue)' events"))
            }
        }
        switch kind {
        case .established:
            try refuse("old-title", present: oldTitle != nil)
            try refuse("into", present: !into.isEmpty)
        case .retitled:
            guard title != nil else { throw reader.error("title", .missingField) }
            guard let oldTitle else { throw reader.error("old-title", .missingField) }
            if oldTitle == title {
                throw reader.error("title", .invalidValue("a retitle must change the title, but both are '\(oldTitle)'"))
            }
            try refuse("from", present: !from.isEmpty)
            try refuse("into", present: !into.isEmpty)
        case .mergedInto, .splitInto:
            let needed = kind == .mergedInto ? 1 : 2
            if into.isEmpty { throw reader.error("into", .missingField) }
            if kind == .mergedInto && into.count != 1 {
                throw reader.error("into", .invalidValue("a class merges into exactly one class; \(into.count) are listed (use split-into)"))
            }
            if into.count < needed {
                throw reader.error("into", .invalidValue("a split needs at least two successor classes; \(into.count) is listed"))
            }
            try refuse("title", present: title != nil)
            try refuse("old-title", present: oldTitle != nil)
            try refuse("from", present: !from.isEmpty)
        case .abolished, .reinstated:
            try refuse("title", present: title != nil && kind == .abolished)
            try refuse("old-title", present: oldTitle != nil)
            try refuse("from", present: !from.isEmpty)
            try refuse("into", present: !into.isEmpty)
        }
        return LineageEvent(date: date, kind: kind, from: from, into: into,
                            oldTitle: oldTitle, title: title, note: note)
    }

    private static func encodeEvent(_ event: LineageEvent) -> YAMLValue {
        var pairs = [YAMLPair("date", .scalar(event.date.iso)), YAMLPair("kind", .scalar(event.kind.rawValue))]
        if let title = event.title { pairs.append(YAMLPair("title", .scalar(title))) }
        if let oldTitle = event.oldTitle { pairs.append(YAMLPair("old-title", .scalar(oldTitle))) }
        if !event.from.isEmpty { pairs.append(YAMLPair("from", .sequence(event.from.map { .scalar($0) }))) }
        if !event.into.isEmpty { pairs.append(YAMLPair("into", .sequence(event.into.map { .scalar($0) }))) }
        if let note = event.note { pairs.append(YAMLPair("note", .scalar(note))) }
        return .mapping(pairs)
    }

    // MARK: - Field helpers

    /// An optional text field that, when present, must say something.
    private static func nonEmpty(_ reader: inout YAMLFieldReader, _ key: String) throws -> String? {
        guard let text = try reader.string(key) else { return nil }
        guard !text.trimmingWhitespace.isEmpty else { throw reader.error(key, .invalidValue("must not be empty")) }
        return text
    }

    /// A list of class ids: each a slug, none repeated.
    private static func classIDs(_ reader: inout YAMLFieldReader, _ key: String) throws -> [String] {
        let file = reader.file
        var seen = Set<String>()
        return try reader.list(key) { element, path in
            guard case .scalar(let id, let line) = element else {
                throw SpecFormatError(file: file, line: element.line, field: path,
                                      problem: .wrongType(expected: "a class id", found: element.typeName))
            }
            guard Slug.isValid(id) else {
                throw SpecFormatError(file: file, line: line, field: path, problem: .invalidValue(slugMessage(id)))
            }
            guard seen.insert(id).inserted else {
                throw SpecFormatError(file: file, line: line, field: path,
                                      problem: .invalidValue("class '\(id)' is listed twice"))
            }
            return id
        }
    }

    private static func slugMessage(_ id: String) -> String {
        "'\(id)' is not a valid class id; use lower-case letters, digits and hyphens, starting with a letter or digit"
    }
}
