/// Turns a parsed version file into a `SpecVersion`, checking every field on the way.
///
/// Each mapping is read with a `YAMLFieldReader` and closed with `finish()`, so an unknown key is
/// reported at whatever depth it appears rather than silently ignored.
struct SpecVersionDecoder {
    let file: String?

    func version(from root: YAMLValue) throws -> SpecVersion {
        var reader = try YAMLFieldReader(root, file: file)
        let title = try reader.requiredString("title")
        let effective = try reader.requiredDate("effective")
        let textOnFile = try readTextMarker(&reader)
        let code = try reader.string("code")
        let levels = try reader.list("levels", seriesLevel)
        try checkUnique(levels, reader: reader)
        let flsa = try readFLSA(&reader)
        let pay = try reader.mapping("pay").map(payPlacement)
        let probation = try reader.string("probation")
        let sourceDates = try reader.mapping("source-dates").map(sourceDates)
        let attributes = try reader.list("attributes", attribute)
        let declared = levels.map(\.level)
        var sections: [Section] = []
        if textOnFile {
            guard reader.has("sections") else { throw reader.error("sections", .missingField) }
            sections = try reader.list("sections") { try section($0, path: $1, levels: declared) }
        } else if reader.has("sections") {
            throw reader.error("sections", .invalidValue(
                "a version whose text is not on file has no sections; remove 'text: \(SpecVersionCodec.notOnFile)' or the sections"))
        }
        try reader.finish()
        return SpecVersion(title: title, effective: effective, textOnFile: textOnFile, code: code, levels: levels,
                           flsa: flsa, pay: pay, probation: probation, sourceDates: sourceDates,
                           attributes: attributes, sections: sections)
    }

    /// `text:` exists only to say `not-on-file`; a version with text has `sections` instead.
    private func readTextMarker(_ reader: inout YAMLFieldReader) throws -> Bool {
        guard let marker = try reader.string("text") else { return true }
        guard marker == SpecVersionCodec.notOnFile else {
            throw reader.error("text", .invalidValue(
                "'\(marker)' is not accepted; the only value is '\(SpecVersionCodec.notOnFile)' (put the text in 'sections')"))
        }
        return false
    }

    private func readFLSA(_ reader: inout YAMLFieldReader) throws -> FLSAStatus? {
        guard let text = try reader.string("flsa") else { return nil }
        guard let status = FLSAStatus(rawValue: text) else {
            let accepted = FLSAStatus.allCases.map(\.rawValue).joined(separator: " or ")
            throw reader.error("flsa", .invalidValue("'\(text)' is not an FLSA status; use \(accepted)"))
        }
        return status
    }

    private func seriesLevel(_ value: YAMLValue, path: String) throws -> SeriesLevel {
        var reader = try YAMLFieldReader(value, file: file, path: path)
        let level = try reader.requiredString("level")
        let title = try reader.requiredString("title")
        try reader.finish()
        return SeriesLevel(level: level, title: title)
    }

    private func checkUnique(_ levels: [SeriesLevel], reader: YAMLFieldReader) throws {
        var seen = Set<String>()
        for (index, level) in levels.enumerated() where !seen.insert(level.level).inserted {
            throw reader.error("levels", .invalidValue("level '\(level.level)' is declared twice (levels[\(index)])"))
        }
    }

    private func payPlacement(_ reader: YAMLFieldReader) throws -> PayPlacement {
        var reader = reader
        let pay = PayPlacement(band: try reader.string("band"), zone: try reader.string("zone"),
                               range: try reader.string("range"))
        try reader.finish()
        return pay
    }

    private func sourceDates(_ reader: YAMLFieldReader) throws -> SourceDates {
        var reader = reader
        let dates = SourceDates(original: try reader.string("original"), revised: try reader.strings("revised"))
        try reader.finish()
        return dates
    }

    private func attribute(_ value: YAMLValue, path: String) throws -> Attribute {
        var reader = try YAMLFieldReader(value, file: file, path: path)
        let attribute = Attribute(name: try reader.requiredString("name"), value: try reader.string("value") ?? "")
        try reader.finish()
        return attribute
    }

    private func section(_ value: YAMLValue, path: String, levels: [String]) throws -> Section {
        var reader = try YAMLFieldReader(value, file: file, path: path)
        guard let kindText = try reader.string("kind") else { throw reader.error("kind", .missingField) }
        guard let kind = SectionKind(rawValue: kindText) else {
            let accepted = SectionKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw reader.error("kind", .invalidValue("'\(kindText)' is not a section kind; use one of: \(accepted)"))
        }
        let heading = try reader.string("heading")
        let level = try reader.string("level")
        if let level, !levels.contains(level) {
            let declared = levels.isEmpty ? "the version declares no levels"
                : "declared levels: " + levels.joined(separator: ", ")
            throw reader.error("level", .invalidValue("'\(level)' is not a level of this class (\(declared))"))
        }
        let text = try reader.strings("text")
        let items = try reader.list("items", item)
        let sections = try reader.list("sections") { try section($0, path: $1, levels: levels) }
        try reader.finish()
        return Section(kind: kind, heading: heading, level: level, text: text, items: items, sections: sections)
    }

    /// An item is either plain text or a mapping with `text` and optional `id`, `label`, `percent`.
    private func item(_ value: YAMLValue, path: String) throws -> Item {
        if case .scalar(let text, _) = value { return Item(text: text) }
        guard case .mapping = value else {
            throw SpecFormatError(file: file, line: value.line, field: path,
                                  problem: .wrongType(expected: "text or a mapping with 'text'", found: value.typeName))
        }
        var reader = try YAMLFieldReader(value, file: file, path: path)
        let id = try reader.string("id")
        let label = try reader.string("label")
        guard let text = try reader.string("text") else { throw reader.error("text", .missingField) }
        let percent = try reader.integer("percent", in: 0...100)
        try reader.finish()
        return Item(id: id, label: label, text: text, percent: percent)
    }
}
