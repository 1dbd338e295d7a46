/// Builds a version from a document read into blocks (Markdown, HTML, Word): the title, the
/// header fields, the effective date and the sections, with the same section rules the
/// plain-text importer uses.
///
/// Lossless like the plain-text importer: every block's words end up in the version (title,
/// typed fields, attributes, sections) or in `labels`; only page furniture and markup are dropped.
struct BlockImporter {
    /// Captions that may precede a title on its own line ("Class Specification – Accountant II").
    static let captions = ["class specification", "job description", "position description", "classification specification",
                           "job specification", "class description", "job announcement", "job bulletin"]

    func importDocument(_ document: BlockDocument, file: String?, effective: PlanDate?) throws -> ImportedSpec {
        var warnings = document.notes
        let furniture = PageFurniture.indices(of: document.blocks.map(\.plainText))
        if !furniture.isEmpty {
            let lines = furniture.sorted().prefix(5).map { String(document.blocks[$0].line) }.joined(separator: ", ")
            warnings.append("dropped \(Plural.count(furniture.count, "line", "lines")) of page furniture (page numbers, dot leaders, "
                + "repeated banners) at \(furniture.count == 1 ? "line" : "lines") \(lines)")
        }
        let blocks = document.blocks.enumerated().filter { !furniture.contains($0.offset) }.map(\.element)
        guard !blocks.isEmpty else {
            if document.metadata.isEmpty { throw ImportError.empty(file: file) }
            throw ImportError.noTitle(file: file, line: 1)
        }
        var version = SpecVersion(title: "", effective: PlanDate(year: 1, month: 1, day: 1)!)
        var labels: [String] = []
        var title: String?
        for (name, value) in document.metadata {
            if title == nil, FieldMap.field(for: name) == .title { title = value; labels.append(name); continue }
            if FieldMap.apply(name, value, to: &version) { labels.append(name) }
        }
        var consumed = Set<Int>()
        if title == nil, let (index, label, value) = Self.labelledTitle(blocks) {
            title = value
            labels.append(label)
            consumed.insert(index)
        }
        if title == nil, var index = Self.titleBlock(blocks) {
            // Letterhead ("City of Riverton", "Job Description") above the real title.
            if TitleReader.isBanner(blocks[index].text), let next = Self.titleBlock(Array(blocks[(index + 1)...])) {
                labels.append(blocks[index].plainText)
                consumed.insert(index)
                index += 1 + next
            }
            title = blocks[index].plainText
            consumed.insert(index)
            // Letterhead lines above a title heading ("Lakeview County Human Resources").
            for above in 0..<index where !consumed.contains(above) && TitleReader.isBanner(blocks[above].text)
                && blocks[above].text.split(separator: " ").count <= 12 && !blocks[above].text.hasSuffix(".") {
                labels.append(blocks[above].plainText)
                consumed.insert(above)
            }
        }
        guard var title else { throw ImportError.noTitle(file: file, line: blocks[0].line) }
        // The title printed again as the page heading, beside front matter or a "Job title:" line.
        if let repeated = blocks.indices.first(where: { !consumed.contains($0) && blocks[$0].label == nil
            && blocks[$0].text.lowercased() == title.lowercased() }), repeated < 5 {
            consumed.insert(repeated)
        }
        if let split = TextRules.splitAtDash(title), Self.captions.contains(where: split.head.lowercased().hasPrefix),
           !split.rest.isEmpty {
            labels.append(split.head)
            title = split.rest
        }
        // A title in capitals is a typographic choice, not the class's name ("ACCOUNTANT I").
        version.title = TextRules.isAllCaps(title) ? TextRules.titleCased(title) : title
        // Lines that only date the document, labelled or not ("Revised: 03/14/2017"): see `DateLine`.
        var dateLines: [DateLine] = []
        for (index, block) in blocks.enumerated() where !consumed.contains(index) && !block.isHeading {
            guard let line = DateLine(block.plainText) else { continue }
            dateLines.append(line)
            labels.append(line.label)
            consumed.insert(index)
        }
        version.sourceDates = DateLine.merged(dateLines, into: version.sourceDates)
        // A header row of labels over a row of values ("Job Code | Salary" / "1234 | $52,000").
        for (index, block) in blocks.enumerated() where !consumed.contains(index) && index + 1 < blocks.count {
            guard case .row(let labelCells) = block.kind, case .row(let valueCells) = blocks[index + 1].kind,
                  labelCells.count == valueCells.count, labelCells.count >= 2,
                  labelCells.allSatisfy({ FieldMap.isField($0.trimmingSuffix(":")) }),
                  !valueCells.contains(where: { FieldMap.isField($0.trimmingSuffix(":")) }) else { continue }
            for (label, value) in zip(labelCells, valueCells) where !value.isEmpty {
                if FieldMap.apply(label.trimmingSuffix(":"), value, to: &version) { labels.append(label) }
            }
            consumed.formUnion([index, index + 1])
        }
        for (index, block) in blocks.enumerated() where !consumed.contains(index) && index + 1 < blocks.count {
            let next = blocks[index + 1]
            guard block.label == nil, !consumed.contains(index + 1), case .paragraph = next.kind, next.label == nil,
                  let label = FieldMap.labelAlone(block.text, next: next.text) else { continue }
            if FieldMap.apply(label, next.text, to: &version) { labels.append(block.text) }
            consumed.formUnion([index, index + 1])
        }
        for (index, block) in blocks.enumerated() where !consumed.contains(index) {
            guard let pairs = Self.fieldPairs(block) else { continue }
            for (label, value) in pairs where FieldMap.apply(label, value, to: &version) { labels.append(label) }
            consumed.insert(index)
        }

        version.levels = TitleReader.levels(of: version.title)
        var builder = SectionBuilder(levels: version.levels)
        var headings: [(level: Int, depth: Int)] = []
        for (index, block) in blocks.enumerated() where !consumed.contains(index) {
            take(block, into: &builder, headings: &headings)
        }
        version.sections = builder.finish()

        let datedLines = document.metadata.map { (number: 0, text: "\($0.name): \($0.value)") }
            + document.blocks.enumerated().filter { !furniture.contains($0.offset) }.map { ($0.element.line, $0.element.plainText) }
        let finder = EffectiveDateFinder(datedLines)
        var source: String?
        if let effective {
            version.effective = effective
        } else if let chosen = finder.chosen {
            version.effective = chosen.date
            source = chosen.source
        } else {
            throw ImportError.noEffectiveDate(file: file, seen: finder.seen)
        }
        return ImportedSpec(version: version, labels: labels + builder.markers, warnings: warnings + builder.warnings, effectiveSource: source)
    }

    // MARK: Title

    /// "Job Title: Accountant I" as a labelled line, bold label, table row or list item.
    static func labelledTitle(_ blocks: [DocumentBlock]) -> (Int, String, String)? {
        for (index, block) in blocks.enumerated() {
            guard let pairs = fieldPairs(block), pairs.count == 1, let (label, value) = pairs.first,
                  FieldMap.field(for: label) == .title, !value.isEmpty else { continue }
            return (index, label, value)
        }
        return nil
    }

    /// The first heading that names no section kind, else the first short line before any
    /// heading that reads as a title (no sentence punctuation, at most ten words).
    static func titleBlock(_ blocks: [DocumentBlock]) -> Int? {
        if let index = blocks.firstIndex(where: { $0.isHeading && HeadingClassifier.kind(of: $0.text) == .other }),
           !blocks[..<index].contains(where: { $0.isHeading }) {
            return index
        }
        for (index, block) in blocks.enumerated() {
            if block.isHeading { return HeadingClassifier.kind(of: block.text) == .other ? index : nil }
            guard case .paragraph = block.kind, block.label == nil else { continue }
            let text = block.text
            let words = text.split(separator: " ").count
            if words <= 10, !text.hasSuffix("."), !text.contains(": "), HeadingClassifier.kind(of: text) == .other,
               DateReader.dates(in: text).isEmpty, !PageFurniture.isFurniture(text) {
                return index
            }
        }
        return nil
    }

    // MARK: Fields

    /// The field pairs a block holds when it is header material: "Class Code: 1234" (plain or
    /// bold label), a two-cell row, or a four-cell row of two pairs, every label a known field.
    static func fieldPairs(_ block: DocumentBlock) -> [(String, String)]? {
        switch block.kind {
        case .heading: return nil
        case .row(let cells):
            let filled = cells.filter { !$0.isEmpty }
            guard filled.count >= 2, filled.count.isMultiple(of: 2) else { return nil }
            let pairs = stride(from: 0, to: filled.count, by: 2).map { (filled[$0].trimmingSuffix(":"), filled[$0 + 1]) }
            return pairs.allSatisfy({ FieldMap.isHeader($0.0, $0.1) && !FieldMap.isField($0.1.trimmingSuffix(":")) }) ? pairs : nil
        case .paragraph, .item:
            if let label = block.label {
                return FieldMap.isHeader(label, block.text) && !block.text.isEmpty ? [(label, block.text)] : nil
            }
            guard let colon = block.text.firstRange(of: ":") else {
                return FieldMap.unpunctuated(block.text).map { [($0.label, $0.value)] }
            }
            let label = block.text[..<colon.lowerBound].trimmingWhitespace
            let value = block.text[colon.upperBound...].trimmingWhitespace
            guard !value.isEmpty, label.split(separator: " ").count <= 5, FieldMap.isHeader(label, value) else { return nil }
            return [(label, value)]
        }
    }

    // MARK: Sections

    /// Feeds one block to the section builder. Headings nest by level (a `###` under the open
    /// `##`); paragraphs and rows go through the plain-text line rules; list items stay items.
    private func take(_ block: DocumentBlock, into builder: inout SectionBuilder, headings: inout [(level: Int, depth: Int)]) {
        let line = SourceLine(number: block.line, text: block.plainText)
        switch block.kind {
        case .heading(let level):
            if let series = builder.levels.first(where: { $0.title.lowercased() == block.text.lowercased() }), !builder.openSections.isEmpty {
                // "### Eligibility Worker II" under a section: that section's part for one level.
                builder.openLevel(series, heading: block.text, text: nil, line: line)
                headings.removeAll { $0.level >= level || $0.depth > builder.openSections.count }
                headings.append((level, builder.openSections.count))
                return
            }
            let kind = HeadingClassifier.kind(of: block.text)
            headings.removeAll { $0.level >= level || $0.depth > builder.openSections.count }
            if let parent = headings.last {
                builder.close(downTo: parent.depth)
                if kind == .other {
                    builder.warnings.append("line \(block.line): heading '\(block.text)' is not a known section kind; kept as kind: other")
                }
                builder.push(Section(kind: kind, heading: block.text, level: builder.openSections.last?.level))
            } else {
                builder.openHeading(kind, heading: block.text, text: [], line: line, topLevel: true)
                headings = []
            }
            headings.append((level, builder.openSections.count))
        case .item:
            if let label = block.label {
                builder.addItem(Item(label: label, text: block.text), line: line)
            } else {
                builder.addItem(Item(text: block.text), line: line)
            }
        case .row(let cells):
            let filled = cells.filter { !$0.isEmpty }
            if let cell = filled.firstIndex(where: { TextRules.percentage($0) != nil }), filled.count >= 2 {
                var rest = filled
                let percent = TextRules.percentage(rest.remove(at: cell))
                builder.addItem(Item(text: rest.joined(separator: " "), percent: percent), line: line)
            } else {
                builder.take(line)
            }
        case .paragraph:
            var isolated = line
            isolated.isolated = true
            builder.take(isolated)
        }
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)).trimmingWhitespace : self
    }
}
