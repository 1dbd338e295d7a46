/// Builds the nested sections of a spec body from its lines, one line at a time.
///
/// Open sections form a stack (top-level section, level part, "Knowledge of:" ...). Each line is
/// read as a level name, a heading, a table row, a labelled line or a paragraph, and lands in
/// the innermost section that can hold it. Nothing is dropped: a line no rule claims becomes a
/// paragraph, and a heading no rule recognises becomes `kind: other` with a warning.
struct SectionBuilder {
    /// The levels of the series, longest title first so "Finance Technician II" wins over "... I".
    let levels: [SeriesLevel]
    /// What the builder had to guess, with line numbers.
    var warnings: [String] = []
    /// List numbers taken off items ("1.", "(2)"): structure, for the import's labels.
    private(set) var markers: [String] = []
    /// Closed top-level sections, in document order.
    var finished: [Section] = []
    /// Open sections, outermost first; the last one receives content.
    var openSections: [Section] = []

    init(levels: [SeriesLevel]) {
        self.levels = levels.sorted { $0.title.count > $1.title.count }
    }

    /// Closes every open section and returns the body.
    mutating func finish() -> [Section] {
        close(downTo: 0)
        return finished
    }

    mutating func take(_ line: SourceLine) {
        let text = line.trimmed
        guard !text.isEmpty else { return }
        if let level = levels.first(where: { $0.title.lowercased() == text.lowercased() }) {
            openLevel(level, heading: text, text: nil, line: line)
            return
        }
        if let (level, heading, rest) = inlineLevel(text) {
            openLevel(level, heading: heading, text: rest, line: line)
            return
        }
        if let item = Self.bulleted(text) {
            addItem(Item(text: item), line: line)
            return
        }
        if let (marker, item) = Self.numbered(text) {
            markers.append(marker)
            addItem(Item(text: item), line: line)
            return
        }
        let cells = line.filledCells
        if cells.count >= 2 {
            takeRow(cells, line: line)
            return
        }
        let single = cells.first ?? text
        if TextRules.isAllCaps(single), !single.contains(":") || single.hasSuffix(":") {
            openCapsHeading(single, line: line)
            return
        }
        if let split = TextRules.splitAtDash(single), TextRules.isAllCaps(split.head) {
            openHeading(HeadingClassifier.kind(of: split.head), heading: split.head,
                        text: [split.rest], line: line, topLevel: true)
            return
        }
        if let (label, rest) = TextRules.labelled(single) {
            takeLabelled(single, label: label, rest: rest, line: line)
            return
        }
        let kind = HeadingClassifier.kind(of: single)
        let sentenceHeading = line.isolated && single.split(separator: " ").count <= 6 && single.first?.isUppercase == true
            && !single.contains(",")
        if kind != .other, TextRules.isTitleCase(single, maxWords: 6) || sentenceHeading, !single.hasSuffix(".") {
            openHeading(kind, heading: single, text: [], line: line)
            return
        }
        addParagraph(single, line: line)
    }

    // MARK: Line shapes

    /// Bullets PDF and Word exports print ("• text", "▪ text", "- text"): the bullet is markup,
    /// the rest a list item.
    static let bullets: Set<Character> = ["\u{2022}", "\u{00B7}", "\u{25AA}", "\u{25E6}", "\u{25CF}", "\u{2023}",
                                           "\u{2043}", "\u{F0B7}", "\u{F0A7}", "-", "*", "\u{2013}"]

    static func bulleted(_ text: String) -> String? {
        guard let first = text.first, bullets.contains(first) else { return nil }
        let rest = text.dropFirst()
        guard let space = rest.first, space == " " || space == "\t" || space == "\u{A0}" else { return nil }
        let item = rest.trimmingWhitespace
        return item.isEmpty ? nil : item
    }

    /// A numbered list item as plain text prints it ("1. Installs …", "2) …", "(3) …"): the
    /// number is the list's markup, and the order of the items keeps it. A decimal ("2.5 years")
    /// or a bare number is not a marker: one to two digits, then ". " or ") ", then a letter.
    static func numbered(_ text: String) -> (marker: String, item: String)? {
        var rest = Substring(text)
        let open = rest.first == "(" ? rest.removeFirst() : nil
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count) else { return nil }
        rest = rest.dropFirst(digits.count)
        guard let close = rest.first, open == nil ? (close == "." || close == ")") : close == ")" else { return nil }
        rest = rest.dropFirst()
        guard rest.first == " " || rest.first == "\t" else { return nil }
        let item = rest.trimmingWhitespace
        guard item.first?.isLetter == true else { return nil }
        return (String(text.prefix(text.count - rest.count)), item)
    }

    /// "Finance Technician I - This is the entry-level class ..." names a level inline.
    private func inlineLevel(_ text: String) -> (SeriesLevel, String, String)? {
        guard let split = TextRules.splitAtDash(text),
              let level = levels.first(where: { $0.title.lowercased() == split.head.lowercased() }) else { return nil }
        return (level, split.head, split.rest)
    }

    private mutating func openCapsHeading(_ heading: String, line: SourceLine) {
        openHeading(HeadingClassifier.kind(of: heading), heading: heading, text: [], line: line, topLevel: true)
    }

    /// A tab-laid row: a duty with its time share, a heading with a note beside it, a column
    /// header, or a two-column table row (label and value).
    private mutating func takeRow(_ cells: [String], line: SourceLine) {
        let rest = Array(cells.dropFirst())
        if let percent = TextRules.percentage(cells[0]) {
            addItem(Item(text: rest.joined(separator: " "), percent: percent), line: line)
            return
        }
        let kind = HeadingClassifier.kind(of: cells[0])
        if kind != .other, TextRules.isTitleCase(cells[0]), kind != openSections.last?.kind {
            openHeading(kind, heading: cells[0], text: rest, line: line)
            return
        }
        if openSections.last?.kind == .duties {
            for cell in cells { addText(cell, line: line) }
        } else {
            addItem(Item(label: cells[0], text: rest.joined(separator: " ")), line: line)
        }
    }

    /// "Label: text" or "Label:". In a list a label usually starts an item ("Reading: ..."); a
    /// label naming a known section starts that section ("Education: Equivalent to ...").
    private mutating func takeLabelled(_ text: String, label: String, rest: String, line: SourceLine) {
        let kind = HeadingClassifier.kind(of: label)
        if rest.isEmpty {
            openHeading(kind, heading: text, text: [], line: line)
            return
        }
        let inList = openSections.last.map { HeadingClassifier.listKinds.contains($0.kind) } ?? false
        if inList, HeadingClassifier.itemLabelKinds.contains(kind) {
            addItem(Item(label: label, text: rest), line: line)
        } else if kind != .other {
            openHeading(kind, heading: label, text: [rest], line: line)
        } else {
            addParagraph(text, line: line)
        }
    }
}
