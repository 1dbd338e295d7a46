import ClaspPlan
import ClaspSpec

/// What the structured spec editor holds, exactly as typed: every value is a string, so a form
/// re-rendered after "Add a section" or a refused preview shows what the person typed even when
/// it is not valid yet. Built from a `SpecVersion` to start, from the posted fields afterwards,
/// and turned back into a `SpecVersion` (with its checks) only to preview or propose.
///
/// Field names carry the structure, so plain HTML forms need no JavaScript: section `s0_2` (the
/// third section inside the first) posts `s0_2-kind`, `s0_2-heading`, `s0_2-level`, `s0_2-text`
/// and, for its fifth item, `s0_2-i5-text`, `-label`, `-percent` and `-id`. Numbers are read in
/// order and gaps are allowed, so a row removed in the page leaves the rest intact.
struct SpecEditorModel: Sendable {
    struct ItemRow: Sendable {
        /// The number the row was posted under; rows are renumbered when rendered.
        var number = 0
        var id = ""
        var label = ""
        var text = ""
        var percent = ""
    }

    struct SectionBlock: Sendable {
        /// The key the block was posted under (`s0_2`); blocks are re-keyed when rendered.
        var key = ""
        var kind = SectionKind.other.rawValue
        var heading = ""
        var level = ""
        /// Paragraphs, a blank line between two.
        var text = ""
        var items: [ItemRow] = []
        var sections: [SectionBlock] = []
    }

    /// The header fields the form shows, by name (`SpecQuickEdit.fields`).
    var header: [String: String] = [:]
    /// Extra header attributes of the spec: name (fixed) and value (empty removes it).
    var attributes: [(name: String, value: String)] = []
    var sections: [SectionBlock] = []

    /// The editor's starting point: every field and section of `version`.
    init(_ version: SpecVersion) {
        for field in SpecQuickEdit.fields { header[field] = Self.value(field, of: version) }
        attributes = version.attributes.map { ($0.name, $0.value) }
        func block(_ section: Section) -> SectionBlock {
            SectionBlock(kind: section.kind.rawValue, heading: section.heading ?? "", level: section.level ?? "",
                         text: section.text.joined(separator: "\n\n"),
                         items: section.items.map { ItemRow(id: $0.id ?? "", label: $0.label ?? "", text: $0.text, percent: $0.percent.map(String.init) ?? "") },
                         sections: section.sections.map(block))
        }
        sections = version.sections.map(block)
    }

    /// The editor as posted. A section whose parent is missing from the form is dropped, as a
    /// browser would drop it had the parent been removed.
    init(fields: [String: String]) {
        for field in SpecQuickEdit.fields { header[field] = fields[field] ?? "" }
        attributes = Self.numbers(in: fields.keys, prefix: "attr", suffix: "-name").compactMap { number in
            fields["attr\(number)-name"].map { ($0, fields["attr\(number)-value"] ?? "") }
        }
        let paths = fields.keys.compactMap { key -> [Int]? in
            guard key.hasPrefix("s"), key.hasSuffix("-kind") else { return nil }
            let parts = key.dropFirst().dropLast(5).split(separator: "_", omittingEmptySubsequences: false).map { Int($0) }
            return parts.contains(nil) || parts.isEmpty ? nil : parts.compactMap { $0 }
        }
        func children(of parent: [Int]) -> [SectionBlock] {
            paths.filter { $0.count == parent.count + 1 && Array($0.dropLast()) == parent }.sorted { $0.last! < $1.last! }.map { path in
                let key = Self.key(path)
                let items = Self.numbers(in: fields.keys, prefix: "\(key)-i", suffix: "-text").map { number in
                    let row = "\(key)-i\(number)"
                    return ItemRow(number: number, id: fields["\(row)-id"] ?? "", label: fields["\(row)-label"] ?? "",
                                   text: fields["\(row)-text"] ?? "", percent: fields["\(row)-percent"] ?? "")
                }
                return SectionBlock(key: key, kind: fields["\(key)-kind"] ?? "", heading: fields["\(key)-heading"] ?? "",
                                    level: fields["\(key)-level"] ?? "", text: fields["\(key)-text"] ?? "",
                                    items: items, sections: children(of: path))
            }
        }
        sections = children(of: [])
    }

    /// The form key of the section at `path` (`[0, 2]` is `s0_2`).
    static func key(_ path: [Int]) -> String { "s" + path.map(String.init).joined(separator: "_") }

    /// The numbers `n` of the keys `<prefix>n<suffix>`, in order.
    static func numbers(in keys: some Sequence<String>, prefix: String, suffix: String) -> [Int] {
        keys.compactMap { key -> Int? in
            guard key.hasPrefix(prefix), key.hasSuffix(suffix), key.count > prefix.count + suffix.count else { return nil }
            return Int(key.dropFirst(prefix.count).dropLast(suffix.count))
        }.sorted()
    }

    /// The current value of a header field of `version`, as the form shows it.
    static func value(_ field: String, of version: SpecVersion) -> String {
        switch field {
        case "title": version.title
        case "code": version.code ?? ""
        case "flsa": version.flsa?.rawValue ?? ""
        case "band": version.pay?.band ?? ""
        case "zone": version.pay?.zone ?? ""
        case "range": version.pay?.range ?? ""
        case "probation": version.probation ?? ""
        default: ""
        }
    }
}
