/// A small edit an analyst makes from the command line without opening the YAML:
/// `--set code=11003` or `--replace-text "two years" "three years"`.
///
/// Edits apply to a copy of the version in force, so a quick revision starts from exactly the
/// text the committee adopted; an edit that finds nothing to change is an error rather than a
/// proposal that silently says nothing.
public enum SpecQuickEdit: Equatable, Sendable {
    case set(field: String, value: String)
    case replaceText(old: String, new: String)
    /// Adds a list item at the end of the section at `path` (`SpecQuickEdit.sectionPaths`).
    case addItem(section: String, text: String)

    /// The fields `set` knows besides the spec's own attributes.
    public static let fields = ["title", "code", "flsa", "probation", "band", "zone", "range"]

    /// Parses `field=value`.
    public static func parseSet(_ text: String) throws -> SpecQuickEdit {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
            throw SpecEditError("'\(text)' is not field=value (fields: \(fields.joined(separator: ", ")), or an attribute of the spec by name)")
        }
        return .set(field: String(text[..<equals]).trimmingWhitespace,
                    value: String(text[text.index(after: equals)...]).trimmingWhitespace)
    }

    /// Applies the edit.
    ///
    /// - Throws: `SpecEditError` for an unknown field, an FLSA status that is neither exempt nor
    ///   non-exempt, an empty title, or text that does not occur.
    public func apply(to version: inout SpecVersion) throws {
        switch self {
        case let .set(field, value):
            try Self.set(field, value, on: &version)
        case let .replaceText(old, new):
            guard !old.isEmpty else { throw SpecEditError("the text to replace is empty") }
            var count = 0
            version.sections = version.sections.map { Self.replace(old, new, in: $0, count: &count) }
            guard count > 0 else {
                throw SpecEditError("'\(old)' does not occur in the text of \(version.title) effective \(version.effective); nothing to replace")
            }
        case let .addItem(path, text):
            let text = text.trimmingWhitespace
            guard !text.isEmpty else { throw SpecEditError("the item to add is empty") }
            var added = false
            version.sections = version.sections.map { Self.add(text, at: path, in: $0, prefix: "", added: &added) }
            guard added else { throw SpecEditError("the spec has no section '\(path)' to add an item to") }
        }
    }

    /// Every section's path ("MINIMUM QUALIFICATIONS › Knowledge of:"), in document order: the
    /// names `addItem` takes.
    public static func sectionPaths(_ version: SpecVersion) -> [(path: String, kind: SectionKind)] {
        func paths(_ section: Section, _ prefix: String) -> [(path: String, kind: SectionKind)] {
            let path = prefix + (section.heading ?? section.kind.displayName)
            return [(path, section.kind)] + section.sections.flatMap { paths($0, path + " › ") }
        }
        return version.sections.flatMap { paths($0, "") }
    }

    private static func add(_ text: String, at path: String, in section: Section, prefix: String, added: inout Bool) -> Section {
        var section = section
        let own = prefix + (section.heading ?? section.kind.displayName)
        if !added && own == path {
            section.items.append(Item(text: text))
            added = true
            return section
        }
        section.sections = section.sections.map { add(text, at: path, in: $0, prefix: own + " › ", added: &added) }
        return section
    }

    private static func set(_ field: String, _ value: String, on version: inout SpecVersion) throws {
        let optional: String? = value.isEmpty ? nil : value
        switch field.lowercased() {
        case "title":
            guard let optional else { throw SpecEditError("a title cannot be empty") }
            version.title = optional
        case "code": version.code = optional
        case "probation": version.probation = optional
        case "flsa":
            guard let optional else { version.flsa = nil; return }
            guard let status = FLSAStatus(rawValue: String(optional.lowercased().map { $0 == " " ? "-" : $0 })) else {
                throw SpecEditError("FLSA status '\(value)' is not one of: exempt, non-exempt")
            }
            version.flsa = status
        case "band", "zone", "range":
            var pay = version.pay ?? PayPlacement()
            switch field.lowercased() {
            case "band": pay.band = optional
            case "zone": pay.zone = optional
            default: pay.range = optional
            }
            version.pay = pay.band == nil && pay.zone == nil && pay.range == nil ? nil : pay
        default:
            guard let index = version.attributes.firstIndex(where: { $0.name.lowercased() == field.lowercased() }) else {
                throw SpecEditError("'\(field)' is not a field (\(fields.joined(separator: ", "))) or an attribute of this spec"
                    + (version.attributes.isEmpty ? "" : " (\(version.attributes.map(\.name).joined(separator: ", ")))"))
            }
            if let optional { version.attributes[index].value = optional } else { version.attributes.remove(at: index) }
        }
    }

    private static func replace(_ old: String, _ new: String, in section: Section, count: inout Int) -> Section {
        func swap(_ text: String) -> String {
            var result = ""
            var rest = Substring(text)
            while let range = rest.firstRange(of: old) {
                result += rest[..<range.lowerBound] + new
                rest = rest[range.upperBound...]
                count += 1
            }
            return result + rest
        }
        var section = section
        section.text = section.text.map(swap)
        section.items = section.items.map { item in
            var item = item
            item.text = swap(item.text)
            item.label = item.label.map(swap)
            return item
        }
        section.sections = section.sections.map { replace(old, new, in: $0, count: &count) }
        return section
    }
}

/// Why a quick edit could not be made.
public struct SpecEditError: Error, CustomStringConvertible, Equatable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
