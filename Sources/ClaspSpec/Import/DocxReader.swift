/// Reads the main part of a Word document (`word/document.xml`) into blocks: paragraph styles
/// Title and Heading1…9 become headings, numbered or bulleted paragraphs list items, tables
/// rows, and a bold run that opens a paragraph and ends in a colon a run-in label.
///
/// Only the text Word shows is read (`w:t`); field codes, deleted revisions and the separate
/// header and footer parts (page furniture) never reach a spec. Unpacking the ZIP container is
/// the caller's job, which keeps this target free of archive code.
struct DocxReader {
    private var document = BlockDocument(blocks: [])
    private var paragraph = ""
    private var boldPrefix = ""
    private var allBold = true
    private var runBold = false
    private var inText = false
    private var style: String?
    private var listLevel: Int?
    private var paragraphs = 0
    private var row: [String]?
    private var cell: String?
    private var tables = 0

    static func read(_ xml: String) -> BlockDocument {
        var reader = DocxReader()
        for token in HTMLTokenizer.tokens(xml) { reader.take(token) }
        return reader.document
    }

    private mutating func take(_ token: HTMLTokenizer.Token) {
        switch token {
        case let .text(text, _):
            guard inText else { return }
            paragraph += text
            if allBold && runBold { boldPrefix += text } else if !text.allSatisfy(\.isWhitespace) { allBold = false }
        case let .start(name, attributes, _):
            switch name {
            case "w:p": paragraph = ""; boldPrefix = ""; allBold = true; style = nil; listLevel = nil
            case "w:r": runBold = false
            case "w:b": runBold = !["0", "false", "off"].contains(attributes["w:val"] ?? "")
            case "w:t": inText = true
            case "w:tab", "w:br", "w:cr": paragraph += " "; if allBold && runBold { boldPrefix += " " }
            case "w:pstyle": style = attributes["w:val"]
            case "w:numpr": listLevel = listLevel ?? 0
            case "w:ilvl": listLevel = Int(attributes["w:val"] ?? "0") ?? 0
            case "w:tbl": tables += 1
            case "w:tr": row = []
            case "w:tc": cell = ""
            default: break
            }
        case let .end(name, _):
            switch name {
            case "w:t": inText = false
            case "w:p": endParagraph()
            case "w:tc":
                row?.append((cell ?? "").collapsingWhitespace)
                cell = nil
            case "w:tr":
                if let cells = row, cells.contains(where: { !$0.isEmpty }) {
                    paragraphs += 1
                    document.blocks.append(DocumentBlock(.row(cells: cells), text: cells.filter { !$0.isEmpty }.joined(separator: "\t"),
                                                         line: paragraphs))
                }
                row = nil
            case "w:tbl": tables = max(0, tables - 1)
            default: break
            }
        }
    }

    private mutating func endParagraph() {
        let text = paragraph.collapsingWhitespace
        paragraph = ""
        guard !text.isEmpty else { return }
        if cell != nil {
            cell! += (cell!.isEmpty ? "" : " ") + text
            return
        }
        paragraphs += 1
        let kind: DocumentBlock.Kind
        let lowerStyle = (style ?? "").lowercased()
        if lowerStyle == "title" {
            kind = .heading(level: 1)
        } else if lowerStyle.hasPrefix("heading"), let level = Int(lowerStyle.dropFirst("heading".count)) {
            kind = .heading(level: min(level + 1, 6))
        } else if let level = listLevel ?? (lowerStyle.contains("list") ? 0 : nil) {
            kind = .item(marker: "\u{2022}", depth: level)
        } else {
            kind = .paragraph
        }
        let bold = boldPrefix.collapsingWhitespace
        if !bold.isEmpty, bold != text, text.hasPrefix(bold), !kind.isHeadingKind {
            var label = bold
            var rest = text.dropFirst(bold.count).trimmingWhitespace
            if label.hasSuffix(":") { label = String(label.dropLast()).trimmingWhitespace }
            else if rest.hasPrefix(":") { rest = rest.dropFirst().trimmingWhitespace }
            else { label = "" }
            if !label.isEmpty, label.count <= 60 {
                document.blocks.append(DocumentBlock(kind, text: rest, line: paragraphs, label: label))
                return
            }
        }
        document.blocks.append(DocumentBlock(kind, text: text, line: paragraphs))
    }
}

extension DocumentBlock.Kind {
    var isHeadingKind: Bool { if case .heading = self { true } else { false } }
}
