/// The header material a plain-text spec prints as `Label: value` lines rather than a table:
/// "Job Title: Accountant I", "Class Code: 1234", "Salary Range: $52,000 - $68,000",
/// "FLSA: Exempt", "Original Date: February 2015". Read before the title so a labelled title
/// wins over an agency banner in capitals.
struct HeaderLines {
    /// The first "Job Title:"-style value.
    private(set) var title: String?
    /// "Original Date:" as printed.
    var original: String?
    /// Labels taken as structure (the title's and "Original Date"'s).
    private(set) var labels: [String] = []
    /// Field lines in source order, applied once the version exists.
    private(set) var pairs: [(label: String, value: String)] = []
    /// Lines (or header columns) that only date the document, anywhere in it: see `DateLine`.
    private(set) var dateLines: [DateLine] = []

    /// Reads the labelled header lines of `lines` (tab-laid lines are the header table's),
    /// adding their indices to `skipping` so they are not read again as body text.
    init(_ lines: [SourceLine], skipping: inout Set<Int>) {
        for (index, line) in lines.enumerated() where !skipping.contains(index) && !line.isBlank {
            let text = line.trimmed
            if line.text.contains("\t") {
                // "Class Code:<tab>1234" below the header table: one labelled pair per line.
                let cells = line.filledCells
                guard cells.count == 2, cells[0].hasSuffix(":"), let field = FieldMap.field(for: cells[0].trimmingSuffix(":")),
                      field != .title, !FieldMap.isField(cells[1].trimmingSuffix(":")) else { continue }
                pairs.append((cells[0].trimmingSuffix(":"), cells[1]))
                skipping.insert(index)
                continue
            }
            if let dated = DateLine(text), Self.standsApart(index, in: lines) {
                dateLines.append(dated)
                labels.append(dated.label)
                skipping.insert(index)
                continue
            }
            if let (label, value) = TextRules.labelled(text), label.lowercased() == "original date" {
                original = value
                labels.append(label)
                skipping.insert(index)
                continue
            }
            if let next = lines[(index + 1)...].prefix(3).firstIndex(where: { !$0.isBlank }), !skipping.contains(next),
               !lines[next].text.contains("\t"), let label = FieldMap.labelAlone(text, next: lines[next].trimmed) {
                self.pairs.append((label, lines[next].trimmed))
                skipping.formUnion([index, next])
                continue
            }
            // A row of labels over a row of values, laid out in columns ("Job code     FLSA status" /
            // "0412         Exempt"), as a PDF's header table reads through `pdftotext -layout`.
            let labelRow = Self.columns(line.text)
            if labelRow.count >= 2, labelRow.allSatisfy({ FieldMap.isField($0.trimmingSuffix(":")) }),
               let next = lines[(index + 1)...].prefix(2).firstIndex(where: { !$0.isBlank }), !skipping.contains(next) {
                let values = Self.columns(lines[next].text)
                if values.count == labelRow.count, !values.contains(where: { FieldMap.isField($0.trimmingSuffix(":")) }) {
                    for (label, value) in zip(labelRow, values) {
                        if FieldMap.field(for: label.trimmingSuffix(":")) == .title, title == nil {
                            title = value
                            labels.append(label)
                        } else {
                            pairs.append((label.trimmingSuffix(":"), value))
                        }
                    }
                    skipping.formUnion([index, next])
                    continue
                }
            }
            // One pair per line, or one per column of a two-column header as `pdftotext -layout`
            // lays it out ("Title:  Accountant I        Class No.:  2231").
            // A column may also date the document ("Date Est.:  03/1999").
            let laidOut = Self.columns(line.text)
            let columns = laidOut.count >= 2 ? laidOut.map { ($0, DateLine($0)) } : [(text, nil)]
            let dated = columns.compactMap(\.1)
            let found = columns.filter { $0.1 == nil }.map { column, _ in
                BlockImporter.fieldPairs(DocumentBlock(.paragraph, text: column, line: line.number)).flatMap { $0.count == 1 ? $0.first : nil }
            }
            guard found.allSatisfy({ $0 != nil }) else { continue }
            dateLines += dated
            labels += dated.map(\.label)
            for case let (label, value)? in found {
                if FieldMap.field(for: label) == .title, title == nil {
                    title = value
                    labels.append(label)
                } else {
                    self.pairs.append((label, value))
                }
            }
            skipping.insert(index)
        }
    }

    /// Whether line `index` is set apart from running text: blank lines (or the document's ends)
    /// around it, or around a run of such dating lines ("Revised: 08/2018" over "Revised: 11/15/2023").
    /// A dated line inside a paragraph belongs to the paragraph.
    static func standsApart(_ index: Int, in lines: [SourceLine]) -> Bool {
        func bounded(_ step: Int) -> Bool {
            var at = index + step
            while lines.indices.contains(at), !lines[at].isBlank {
                guard DateLine(lines[at].trimmed) != nil else { return false }
                at += step
            }
            return true
        }
        return bounded(-1) && bounded(1)
    }

    /// The columns of a line laid out with runs of three or more spaces between them, each
    /// label kept with its value.
    static func columns(_ text: String) -> [String] {
        var columns: [String] = []
        var current = ""
        var spaces = 0
        for character in text {
            if character == " " {
                spaces += 1
                continue
            }
            if spaces >= 3, !current.isEmpty {
                columns.append(current)
                current = ""
            } else if spaces > 0, !current.isEmpty {
                current += String(repeating: " ", count: spaces)
            }
            spaces = 0
            current.append(character)
        }
        if !current.isEmpty { columns.append(current) }
        // "Title:     Accountant I": a label and its value are one column however far apart.
        var merged: [String] = []
        for column in columns {
            if let last = merged.last, last.hasSuffix(":") { merged[merged.count - 1] = last + " " + column } else { merged.append(column) }
        }
        return merged
    }

    /// Moves the field lines into the version; returns the labels that are now structure.
    func apply(to version: inout SpecVersion) -> [String] {
        labels + pairs.filter { FieldMap.apply($0.label, $0.value, to: &version) }.map(\.label)
    }
}
