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

    /// A title found elsewhere: a "Job Title:" line or a first short line.
    init(title: String) {
        self.title = title
        levels = Self.levels(of: title)
    }

    /// "Eligibility Worker I/II" -> levels I ("Eligibility Worker I") and II: a series named in
    /// one title, so level headings and "Eligibility Worker I - ..." paragraphs become level parts.
    static func levels(of title: String) -> [SeriesLevel] {
        guard let space = title.lastIndex(of: " ") else { return [] }
        let numerals = title[title.index(after: space)...].split(separator: "/").map(String.init)
        guard numerals.count >= 2, numerals.allSatisfy(TextRules.romanNumerals.contains) else { return [] }
        let stem = title[..<space]
        return numerals.map { SeriesLevel(level: $0, title: "\(stem) \($0)") }
    }

    /// Keeps a letterhead or caption line as structure.
    mutating func addLabel(_ text: String) { labels.append(text) }

    /// The same reading with the title spelled as a label gave it.
    func retitled(_ title: String) -> TitleReader {
        var copy = self
        copy.title = title
        return copy
    }

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
        // Letterhead lines ("CITY OF LOS ANGELES", "CIVIL SERVICE COMMISSION", "BULLETIN") above
        // a title in capitals are labels, not part of the title.
        while index < lines.count, Self.isBanner(lines[index].trimmed) {
            var next = index + 1
            while next < lines.count, lines[next].isBlank { next += 1 }
            guard next < lines.count, TextRules.isAllCaps(lines[next].trimmed),
                  HeadingClassifier.kind(of: lines[next].trimmed) == .other else { break }
            labels.append(lines[index].trimmed)
            index = next
        }
        var capitals: [String] = []
        while index < lines.count, !lines[index].text.contains("\t") {
            let text = lines[index].trimmed
            // A header line in capitals ("CLASS CODE 3121") ends the title.
            guard TextRules.isAllCaps(text), HeadingClassifier.kind(of: text) == .other,
                  TextRules.splitAtDash(text) == nil, !text.contains(where: \.isNumber), !text.contains(":"),
                  !FieldMap.startsWithLabel(text) else { break }
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

    /// Letterhead printed above a title: an agency ("CITY OF HARBOR POINT PERSONNEL DEPARTMENT")
    /// or a document caption ("CLASS SPECIFICATION"). Kept as a label, never joined to the title.
    static func isBanner(_ text: String) -> Bool {
        let lower = " " + text.lowercased().split(whereSeparator: { !$0.isLetter }).joined(separator: " ") + " "
        return bannerPhrases.contains { lower.contains(" \($0) ") }
    }

    static let bannerPhrases = [
        "city of", "county of", "state of", "town of", "village of", "city and county", "university of", "college of", "state university",
        "personnel department", "human resources", "civil service", "department of", "commonwealth of",
        "government of", "school district", "public schools", "class specification", "classification specification",
        "job description", "position description", "job specification", "job bulletin", "job announcement",
        "vacancy announcement", "civil service commission", "bulletin", "personnel board", "merit system",
    ]
}
