/// Recognises what a printed page adds around a spec's text: page numbers ("Page 3 of 5",
/// "- 3 -"), table-of-contents or footer lines with dot leaders ("Accountant I ........ 3"),
/// and short banners repeated on every page. Such lines are dropped, with a warning, because
/// they are the printer's, not the agency's words.
enum PageFurniture {
    /// True for a line that is page furniture on its own.
    static func isFurniture(_ text: String) -> Bool {
        let line = text.trimmingWhitespace
        guard !line.isEmpty else { return false }
        let words = line.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "|" })
        if words.first == "page" || words.first == "pg.", words.count <= 4,
           words.dropFirst().allSatisfy({ $0 == "of" || $0.allSatisfy(\.isNumber) }), words.count >= 2 { return true }
        if words.count == 3, words[1] == "of", words[0].allSatisfy(\.isNumber), words[2].allSatisfy(\.isNumber) { return true }
        if line.count <= 8, line.filter(\.isNumber).count >= 1, line.allSatisfy({ $0.isNumber || $0 == "-" || $0 == " " || $0 == "\u{2013}" }),
           line.hasPrefix("-") || line.hasPrefix("\u{2013}") { return true }
        return hasDotLeader(line)
    }

    /// "Accountant I ........ 3", "Revised 07/2019 . . . . . . Page 2": a run of five or more
    /// leader dots (spaced or not) followed by a page number or page label.
    static func hasDotLeader(_ line: String) -> Bool {
        let compact = line.filter { $0 != " " && $0 != "\t" }
        guard let run = compact.firstRange(of: ".....") ?? compact.firstRange(of: "\u{2026}\u{2026}") else { return false }
        let tail = compact[run.upperBound...].drop { $0 == "." || $0 == "\u{2026}" }.lowercased()
        return !tail.isEmpty && tail.count <= 12 && (tail.allSatisfy(\.isNumber) || tail.hasPrefix("page"))
    }

    /// Indices of lines to drop: furniture lines, and every repeat after the first of a short line
    /// printed three or more times next to a page break (a page number, a dot-leader footer or a
    /// form feed within three lines): a page banner. Repeats away from page breaks are content
    /// (a series' level names recur under every heading).
    static func indices(of lines: [String]) -> Set<Int> {
        var drop = Set<Int>()
        var breaks: [Int] = []
        var seen: [String: [Int]] = [:]
        for (index, line) in lines.enumerated() {
            if line.contains("\u{0C}") { breaks.append(index) }
            if isFurniture(line.filter { $0 != "\u{0C}" }) { drop.insert(index); breaks.append(index); continue }
            let key = line.filter { $0 != "\u{0C}" }.trimmingWhitespace.lowercased()
            guard !key.isEmpty else { continue }
            seen[key, default: []].append(index)
        }
        guard !breaks.isEmpty else { return drop }
        for (key, positions) in seen where positions.count >= 3 {
            let words = key.split(separator: " ").count
            guard words <= 12, !key.hasSuffix("."), !key.hasSuffix(":"), !key.hasSuffix(";"),
                  HeadingClassifier.kind(of: key) == .other, key.contains(where: \.isLetter) else { continue }
            for position in positions.dropFirst() where breaks.contains(where: { abs($0 - position) <= 3 }) {
                drop.insert(position)
            }
        }
        return drop
    }
}
