/// Finds the class title at the top of a spec: capital lines ("FINANCE TECHNICIAN I" /
/// "FINANCE TECHNICIAN II", a series), a caption ("Class Specification – Accounting Technician
/// II"), or, failing both, the header table's "Job Title".
struct TitleReader {
    private(set) var title: String
    private(set) var levels: [SeriesLevel] = []
    /// A caption before the title ("Class Specification"): structure, not content.
    private(set) var labels: [String] = []
    /// True when the title came from the header's "Job Title" cell.
    private(set) var usedJobTitle = false

    init(_ lines: [SourceLine], cursor: inout Int, header: HeaderTable, file: String?) throws {
        var index = cursor
        while index < lines.count, lines[index].isBlank { index += 1 }
        let firstLine = index < lines.count ? lines[index].number : 1
        if index < lines.count, let split = TextRules.splitAtDash(lines[index].trimmed),
           split.head.lowercased().hasPrefix("class specification"), !split.rest.isEmpty {
            title = split.rest
            labels = [split.head]
            cursor = index + 1
            return
        }
        var capitals: [String] = []
        while index < lines.count, !lines[index].text.contains("\t") {
            let text = lines[index].trimmed
            guard TextRules.isAllCaps(text), HeadingClassifier.kind(of: text) == .other,
                  TextRules.splitAtDash(text) == nil else { break }
            capitals.append(text)
            index += 1
        }
        if !capitals.isEmpty {
            cursor = index
            (title, levels) = Self.series(capitals.map(TextRules.titleCased))
            return
        }
        guard let jobTitle = header.jobTitle else { throw ImportError.noTitle(file: file, line: firstLine) }
        title = jobTitle
        usedJobTitle = true
    }

    /// "Finance Technician I" + "Finance Technician II" -> "Finance Technician I/II" with two levels.
    static func series(_ titles: [String]) -> (String, [SeriesLevel]) {
        guard titles.count >= 2 else { return (titles.joined(separator: " "), []) }
        let split = titles.map { title -> (stem: Substring, numeral: String)? in
            guard let space = title.lastIndex(of: " ") else { return nil }
            let numeral = String(title[title.index(after: space)...])
            return TextRules.romanNumerals.contains(numeral) ? (title[..<space], numeral) : nil
        }
        let parts = split.compactMap { $0 }
        guard parts.count == titles.count, Set(parts.map(\.stem)).count == 1, let stem = parts.first?.stem else {
            return (titles.joined(separator: " "), [])
        }
        let levels = zip(parts, titles).map { SeriesLevel(level: $0.numeral, title: $1) }
        return ("\(stem) " + parts.map(\.numeral).joined(separator: "/"), levels)
    }
}
