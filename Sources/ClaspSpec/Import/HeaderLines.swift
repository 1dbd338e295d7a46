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
            guard let pairs = BlockImporter.fieldPairs(DocumentBlock(.paragraph, text: text, line: line.number)),
                  pairs.count == 1, let (label, value) = pairs.first else { continue }
            if FieldMap.field(for: label) == .title {
                guard title == nil else { continue }
                title = value
                labels.append(label)
            } else {
                self.pairs.append((label, value))
            }
            skipping.insert(index)
        }
    }

    /// Moves the field lines into the version; returns the labels that are now structure.
    func apply(to version: inout SpecVersion) -> [String] {
        labels + pairs.filter { FieldMap.apply($0.label, $0.value, to: &version) }.map(\.label)
    }
}
