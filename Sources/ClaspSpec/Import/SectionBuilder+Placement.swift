/// Where new sections, paragraphs and items go in the stack of open sections.
extension SectionBuilder {
    /// Opens a heading: nested under the innermost open section that accepts its kind
    /// (knowledge under qualifications), otherwise as a new top-level section.
    mutating func openHeading(_ kind: SectionKind, heading: String, text: [String], line: SourceLine,
                              topLevel: Bool = false) {
        if kind == .other {
            warnings.append("line \(line.number): heading '\(heading)' is not a known section kind; kept as kind: other")
        }
        var section = Section(kind: kind, heading: heading)
        let parent = topLevel ? nil : openSections.lastIndex { HeadingClassifier.accepts($0, child: kind) }
        if let parent {
            close(downTo: parent + 1)
            section.level = openSections[parent].level
        } else {
            close(downTo: 0)
        }
        // Text on the heading's own line is a lead-in or note ("Duties may include ..."), not an item.
        section.text = text.filter { !$0.isEmpty }
        push(section)
    }

    /// Adds running text to the innermost section, never as a list item (column headers, notes).
    mutating func addText(_ text: String, line: SourceLine) {
        prepareForContent(line: line)
        guard var section = popOpen() else { return }
        section.text.append(text)
        push(section)
    }

    /// Opens the part of the current top-level section that applies to one level. An inline
    /// level ("Finance Technician I - This is ...") holds just its own paragraph.
    mutating func openLevel(_ level: SeriesLevel, heading: String, text: String?, line: SourceLine) {
        close(downTo: min(1, openSections.count))
        if openSections.isEmpty {
            warnings.append("line \(line.number): level heading '\(heading)' before any section; kept as kind: other")
            push(Section(kind: .other))
        }
        let kind = openSections[0].kind
        push(Section(kind: kind, heading: heading, level: level.level))
        if let text {
            addParagraph(text, line: line)
            close(downTo: 1)
        }
    }

    /// Adds a paragraph to the innermost section: an item in a list, running text elsewhere.
    mutating func addParagraph(_ text: String, line: SourceLine) {
        prepareForContent(line: line)
        guard var section = popOpen() else { return }
        if let last = section.items.last, last.label != nil, section.items.allSatisfy({ $0.label != nil }) {
            // Free text after a two-column table is not part of the table: keep it, untitled.
            push(section)
            close(downTo: 0)
            warnings.append("line \(line.number): text after the table under '\(section.heading ?? section.kind.rawValue)' "
                + "kept as an untitled section of kind other")
            push(Section(kind: .other, text: [text]))
            return
        }
        if HeadingClassifier.listKinds.contains(section.kind), section.kind != .environment, !Self.isLeadIn(text, of: section) {
            section.items.append(Item(text: text))
        } else {
            section.text.append(text)
        }
        push(section)
    }

    /// "Duties may include, but are not limited to, the following:" or a disclaimer before the
    /// first item of a list: the list's lead-in text, not its first duty.
    static func isLeadIn(_ text: String, of section: Section) -> Bool {
        guard section.items.isEmpty, section.text.isEmpty else { return false }
        let lower = text.lowercased()
        return text.hasSuffix(":") || ["not limited to", "may include", "is intended to", "not all-inclusive", "not all inclusive",
                                        "illustrative", "representative of", "not necessarily"].contains { lower.contains($0) }
    }

    mutating func addItem(_ item: Item, line: SourceLine) {
        prepareForContent(line: line)
        guard var section = popOpen() else { return }
        section.items.append(item)
        push(section)
    }

    /// Makes sure content has a section to go to and keeps document order: content after a
    /// section's nested parts goes into a new untitled part rather than before them.
    private mutating func prepareForContent(line: SourceLine) {
        guard let top = openSections.last else {
            warnings.append("line \(line.number): text before any heading kept as an untitled section of kind other")
            push(Section(kind: .other))
            return
        }
        if !top.sections.isEmpty { push(Section(kind: top.kind, level: top.level)) }
    }
}

extension SectionBuilder {
    mutating func push(_ section: Section) { openSections.append(section) }

    mutating func popOpen() -> Section? { openSections.popLast() }

    /// Closes open sections until `count` remain, each into its parent (or the body).
    mutating func close(downTo count: Int) {
        while openSections.count > count, let section = openSections.popLast() {
            if openSections.isEmpty {
                finished.append(section)
            } else {
                openSections[openSections.count - 1].sections.append(section)
            }
        }
    }
}
