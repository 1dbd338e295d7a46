/// The key/value table some systems print at the top of every page ("Job Title | Accounting
/// Technician II | FLSA Status | Non-Exempt"): read once into typed fields, and every repeat of
/// it recognised as page furniture rather than content.
struct HeaderTable {
    /// The table's lines as printed, to recognise its repeats.
    private(set) var lines: [String] = []
    /// Every key/value cell pair, in order.
    private(set) var pairs: [(name: String, value: String)] = []

    /// Reads the table at the start of `lines` (after blank lines), advancing `cursor` past it.
    /// A header row has an even number of filled cells, at least two.
    init(_ lines: [SourceLine], cursor: inout Int) {
        var index = cursor
        while index < lines.count, lines[index].isBlank { index += 1 }
        while index < lines.count {
            let cells = lines[index].filledCells
            guard cells.count >= 2, cells.count.isMultiple(of: 2), lines[index].text.contains("\t") else { break }
            self.lines.append(lines[index].trimmed)
            for pair in stride(from: 0, to: cells.count, by: 2) { pairs.append((cells[pair], cells[pair + 1])) }
            index += 1
        }
        if !self.lines.isEmpty { cursor = index }
    }

    /// Indices of later lines that repeat the whole table (page headers).
    func repeats(in lines: [SourceLine], after start: Int) -> Set<Int> {
        guard !self.lines.isEmpty else { return [] }
        var found = Set<Int>()
        var index = start
        while index + self.lines.count <= lines.count {
            let window = lines[index..<(index + self.lines.count)].map(\.trimmed)
            if window == self.lines {
                found.formUnion(index..<(index + self.lines.count))
                index += self.lines.count
            } else {
                index += 1
            }
        }
        return found
    }

    /// Moves the cells into the version's typed fields; the rest become attributes. Returns the
    /// labels whose values went into typed fields.
    func apply(to version: inout SpecVersion) -> [String] {
        pairs.filter { FieldMap.apply($0.name, $0.value, to: &version) }.map(\.name)
    }

    /// The header's "Job Title" value, the title of last resort.
    var jobTitle: String? {
        pairs.first { $0.name.lowercased().hasPrefix("job title") || $0.name.lowercased() == "class title" }?.value
    }
}
