/// One line of a plain-text spec, with its tab-separated cells; extracted PDFs lay tables out
/// with tabs, so cells are the unit for header tables, duty percentages and charts.
struct SourceLine: Sendable {
    /// 1-based line number, for warnings and errors.
    let number: Int
    let text: String
    /// True when blank lines (or a block boundary) surround the line: a short line standing
    /// alone may be a heading in sentence case ("Job purpose"), as UK descriptions write them.
    var isolated = false

    /// The line without surrounding white space (spaces, tabs, no-break spaces).
    var trimmed: String { text.trimmingWhitespace }

    var isBlank: Bool { trimmed.isEmpty }

    /// Tab-separated cells, trimmed, empty cells kept (a chart's empty cell is a column position).
    var cells: [String] { text.split(separator: "\t", omittingEmptySubsequences: false).map(\.trimmingWhitespace) }

    /// The cells that hold text.
    var filledCells: [String] { cells.filter { !$0.isEmpty } }

    /// Splits text into numbered lines, accepting LF, CRLF and CR line ends.
    static func split(_ text: String) -> [SourceLine] {
        let normalised = text.replacingAll("\r\n", with: "\n").replacingAll("\r", with: "\n")
        return normalised.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            SourceLine(number: $0.offset + 1, text: String($0.element))
        }
    }
}

extension String {
    /// Foundation-free replacement of every occurrence of `target`.
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
