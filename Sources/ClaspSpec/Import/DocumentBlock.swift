/// One logical unit of a formatted document (Markdown, HTML, Word) once its markup is read:
/// the common shape every format is reduced to before sections are built, so the rules that
/// find titles, fields, dates and sections are written once.
struct DocumentBlock: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// A heading with its level (1 = `#`, `<h1>`, Word's Heading1 or Title).
        case heading(level: Int)
        /// Running text.
        case paragraph
        /// A list entry; `marker` is the bullet or number as printed, kept out of the text
        /// because it is markup, and `depth` is the nesting (0 = outermost list).
        case item(marker: String, depth: Int)
        /// A table row, one string per cell.
        case row(cells: [String])
    }

    var kind: Kind
    /// The block's text, markup removed, white space collapsed; for a row, the filled cells
    /// joined by tabs (the plain-text importer's table shape).
    var text: String
    /// 1-based line of the source where the block starts, for warnings.
    var line: Int
    /// A bold run-in label ("**Salary:** $52,000" keeps "Salary"), kept apart from `text`.
    var label: String?

    init(_ kind: Kind, text: String, line: Int, label: String? = nil) {
        self.kind = kind
        self.text = text
        self.line = line
        self.label = label
    }

    /// The block as one line of plain text: "Label: text", or tab-separated cells.
    var plainText: String {
        if case .row(let cells) = kind { return cells.filter { !$0.isEmpty }.joined(separator: "\t") }
        guard let label else { return text }
        return text.isEmpty ? label + ":" : label + ": " + text
    }

    var isHeading: Bool { if case .heading = kind { true } else { false } }
}

/// A document read into blocks, with the key/value metadata the format carries apart from its
/// text (Markdown front matter, HTML `<meta>`/`<title>`, Word document properties).
struct BlockDocument: Sendable {
    var blocks: [DocumentBlock]
    /// Front-matter pairs in source order ("title", "code", ...).
    var metadata: [(name: String, value: String)] = []
    /// What the reader dropped as markup or page chrome, reported as warnings.
    var notes: [String] = []
}

extension String {
    /// White space runs (spaces, tabs, no-break spaces, line ends) collapsed to one space and
    /// the ends trimmed: the text of a block once its source layout is gone.
    var collapsingWhitespace: String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
