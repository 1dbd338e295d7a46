import ClaspPlan
import ClaspSpec

/// A change to the editor's structure that a form button asks for: its `action` value is
/// `add-section`, `add-item:s0_2`, `remove-item:s0_2:5` or `remove-section:s0_2`.
enum SpecEditorAction: Equatable {
    /// A new section of `kind` with `heading`, at the end, or at the end of the section `inside`.
    case addSection(kind: String, heading: String, inside: String?)
    case addItem(section: String)
    case removeItem(section: String, number: Int)
    case removeSection(String)

    /// The action a posted `action` value names, reading the new section's fields from `fields`;
    /// nil for anything else (preview, open).
    init?(_ value: String, fields: [String: String]) {
        let parts = value.split(separator: ":").map(String.init)
        switch (parts.first, parts.count) {
        case ("add-section", 1):
            let place = fields["new-place"] ?? ""
            self = .addSection(kind: fields["new-kind"] ?? SectionKind.other.rawValue, heading: fields["new-heading"] ?? "",
                               inside: place.isEmpty || place == "end" ? nil : place)
        case ("add-item", 2): self = .addItem(section: parts[1])
        case ("remove-item", 3):
            guard let number = Int(parts[2]) else { return nil }
            self = .removeItem(section: parts[1], number: number)
        case ("remove-section", 2): self = .removeSection(parts[1])
        default: return nil
        }
    }
}

extension SpecEditorModel {
    /// Makes the change `action` asks for. A key that no longer names a section (removed in
    /// another tab, say) changes nothing, and the page shows the form as it is.
    mutating func apply(_ action: SpecEditorAction) {
        switch action {
        case let .addSection(kind, heading, inside):
            let block = SectionBlock(kind: SectionKind(rawValue: kind)?.rawValue ?? SectionKind.other.rawValue,
                                     heading: heading.trimmingWhitespace, items: [ItemRow()])
            var added = false
            if let inside { sections = sections.map { Self.change($0, inside, added: &added) { $0.sections.append(block) } } }
            if !added { sections.append(block) }
        case let .addItem(key):
            var found = false
            sections = sections.map { Self.change($0, key, added: &found) { $0.items.append(ItemRow(number: ($0.items.map(\.number).max() ?? 0) + 1)) } }
        case let .removeItem(key, number):
            var found = false
            sections = sections.map { Self.change($0, key, added: &found) { $0.items.removeAll { $0.number == number } } }
        case let .removeSection(key):
            sections = Self.removing(key, from: sections)
        }
    }

    private static func change(_ block: SectionBlock, _ key: String, added: inout Bool, _ body: (inout SectionBlock) -> Void) -> SectionBlock {
        var block = block
        if !added && block.key == key {
            body(&block)
            added = true
            return block
        }
        block.sections = block.sections.map { change($0, key, added: &added, body) }
        return block
    }

    private static func removing(_ key: String, from blocks: [SectionBlock]) -> [SectionBlock] {
        blocks.filter { $0.key != key }.map { block in
            var block = block
            block.sections = removing(key, from: block.sections)
            return block
        }
    }

    /// The spec version the editor describes: `base` (which keeps what the form does not show:
    /// series levels, source dates) with the typed header, attributes and sections, dated
    /// `effective`. Items left empty are dropped, so an "Add an item" never typed into is harmless.
    ///
    /// - Throws: `PlanError.invalidInput` naming the field: an empty title, an FLSA status that
    ///   is neither exempt nor non-exempt, an unknown section kind, a percentage that is not a
    ///   whole number, an item with a label and no text, a level the class does not have.
    func version(base: SpecVersion, effective: PlanDate) throws -> SpecVersion {
        var version = base
        version.effective = effective
        do {
            for field in SpecQuickEdit.fields {
                try SpecQuickEdit.set(field: field, value: (header[field] ?? "").trimmingWhitespace).apply(to: &version)
            }
        } catch let error as SpecEditError {
            throw PlanError.invalidInput(error.description)
        }
        version.attributes = attributes.compactMap { name, value in
            value.trimmingWhitespace.isEmpty ? nil : Attribute(name: name, value: value.trimmingWhitespace)
        }
        let levels = version.levels.map(\.level)
        version.sections = try sections.enumerated().map { try Self.section($1, place: "section \($0 + 1)", levels: levels) }
        version.textOnFile = version.textOnFile || !version.sections.isEmpty
        return version
    }

    private static func section(_ block: SectionBlock, place: String, levels: [String]) throws -> Section {
        guard let kind = SectionKind(rawValue: block.kind) else {
            throw PlanError.invalidInput("\(place): '\(block.kind)' is not a section kind (\(SectionKind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let heading = block.heading.trimmingWhitespace
        let name = heading.isEmpty ? kind.displayName : heading
        let paragraphs = block.text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
            .map(\.trimmingWhitespace).filter { !$0.isEmpty }
        let items = try block.items.enumerated().compactMap { index, row -> Item? in
            let text = row.text.trimmingWhitespace, label = row.label.trimmingWhitespace, percent = row.percent.trimmingWhitespace
            guard !text.isEmpty || !label.isEmpty else { return nil }
            guard !text.isEmpty else { throw PlanError.invalidInput("item \(index + 1) of \(name) has a label and no text") }
            guard percent.isEmpty || Int(percent.hasSuffix("%") ? String(percent.dropLast()) : percent).map({ (0...100).contains($0) }) == true else {
                throw PlanError.invalidInput("item \(index + 1) of \(name): '\(percent)' is not a share of time from 0 to 100")
            }
            return Item(id: row.id.isEmpty ? nil : row.id, label: label.isEmpty ? nil : label, text: text,
                        percent: percent.isEmpty ? nil : Int(percent.hasSuffix("%") ? String(percent.dropLast()) : percent))
        }
        let sections = try block.sections.enumerated().map { try section($1, place: "\(name) › section \($0 + 1)", levels: levels) }
        let level = block.level.trimmingWhitespace
        guard level.isEmpty || levels.contains(level) else {
            throw PlanError.invalidInput("\(name): '\(level)' is not a level of this class"
                + (levels.isEmpty ? " (it has no levels)" : " (levels: \(levels.joined(separator: ", ")))"))
        }
        return Section(kind: kind, heading: heading.isEmpty ? nil : heading, level: level.isEmpty ? nil : level,
                       text: paragraphs, items: items, sections: sections)
    }
}
