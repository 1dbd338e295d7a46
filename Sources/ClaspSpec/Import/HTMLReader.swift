/// Reads an HTML spec page into blocks: headings, paragraphs, list items, table rows,
/// definition lists and bold run-in labels.
///
/// Page chrome never reaches a spec: `<head>`, scripts, styles, forms, `<nav>`, and
/// `<header>`/`<footer>` outside the article are dropped whole, with a note, so a job board's
/// menus and cookie banners are not mistaken for duties.
struct HTMLReader {
    /// Elements dropped with everything inside them.
    static let dropped: Set<String> = ["head", "script", "style", "noscript", "template", "svg", "nav", "form",
                                       "button", "select", "iframe", "object", "textarea", "title", "menu"]
    /// Elements that end the text before them and start a new block.
    static let breaking: Set<String> = ["p", "div", "section", "article", "main", "aside", "blockquote", "li", "ul",
                                        "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "h1", "h2", "h3", "h4",
                                        "h5", "h6", "body", "html", "header", "footer", "pre", "hr", "caption",
                                        "thead", "tbody", "figure", "figcaption", "address", "center"]
    static let voidElements: Set<String> = ["br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr", "source"]

    private var document = BlockDocument(blocks: [])
    private var buffer = ""
    private var bufferLine = 1
    /// The bold run that opened the current block, a run-in label candidate.
    private var leadingBold: String?
    private var boldStart: Int?
    private var lists: [(ordered: Bool, count: Int)] = []
    private var itemMarker: (String, Int)?
    private var heading: Int?
    private var row: [String]?
    private var inCell = false
    private var term: String?
    private var skipping: [String] = []
    private var contentDepth = 0

    static func read(_ html: String) -> BlockDocument {
        var reader = HTMLReader()
        for token in HTMLTokenizer.tokens(html) { reader.take(token) }
        reader.flush()
        if let pending = reader.term { reader.append(.paragraph, pending, label: nil) }
        return reader.document
    }

    private mutating func take(_ token: HTMLTokenizer.Token) {
        switch token {
        case let .text(text, line):
            guard skipping.isEmpty else { return }
            if buffer.trimmingWhitespace.isEmpty { bufferLine = line }
            buffer += text
        case let .start(name, attributes, line):
            if !skipping.isEmpty {
                if !Self.voidElements.contains(name) { skipping.append(name) }
                return
            }
            if Self.dropped.contains(name) || isChrome(name) || attributes["hidden"] != nil
                || attributes["aria-hidden"] == "true" {
                if !Self.voidElements.contains(name) { skipping.append(name) }
                if name != "head" && name != "title" { document.notes.append("line \(line): <\(name)> dropped as page chrome") }
                return
            }
            open(name, line: line)
        case let .end(name, _):
            if !skipping.isEmpty {
                if let index = skipping.lastIndex(of: name) { skipping.removeSubrange(index...) }
                return
            }
            close(name)
        }
    }

    /// `<header>`/`<footer>` are page chrome unless they sit inside the article or main content.
    private func isChrome(_ name: String) -> Bool {
        (name == "header" || name == "footer") && contentDepth == 0
    }

    private mutating func open(_ name: String, line: Int) {
        if name == "article" || name == "main" { contentDepth += 1 }
        if name == "br" {
            if inCell || itemMarker != nil { buffer += " " } else { flush() }
            return
        }
        if name == "b" || name == "strong" {
            if buffer.trimmingWhitespace.isEmpty, leadingBold == nil { boldStart = buffer.count }
            return
        }
        guard Self.breaking.contains(name) else { return }
        if inCell, name != "td", name != "th", name != "tr", name != "table" { buffer += " "; return }
        flush()
        if name != "dd", let pending = term { term = nil; append(.paragraph, pending, label: nil) }
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6": heading = Int(String(name.last!))
        case "ul", "ol": lists.append((name == "ol", 0))
        case "li":
            if lists.isEmpty { lists.append((false, 0)) }
            lists[lists.count - 1].count += 1
            let list = lists[lists.count - 1]
            itemMarker = (list.ordered ? "\(list.count)." : "\u{2022}", lists.count - 1)
        case "tr": row = []
        case "td", "th": inCell = true
        default: break
        }
    }

    private mutating func close(_ name: String) {
        if name == "article" || name == "main" { contentDepth = max(0, contentDepth - 1) }
        if name == "b" || name == "strong" {
            if let start = boldStart {
                leadingBold = String(buffer.dropFirst(start)).collapsingWhitespace
                boldStart = nil
            }
            return
        }
        guard Self.breaking.contains(name) else { return }
        if inCell, name != "td", name != "th", name != "tr", name != "table" { buffer += " "; return }
        switch name {
        case "td", "th":
            row?.append(buffer.collapsingWhitespace)
            buffer = ""
            leadingBold = nil
            inCell = false
        case "tr":
            if let cells = row, cells.contains(where: { !$0.isEmpty }) {
                document.blocks.append(DocumentBlock(.row(cells: cells), text: cells.filter { !$0.isEmpty }.joined(separator: "\t"),
                                                     line: bufferLine))
            }
            row = nil
        case "ul", "ol":
            flush()
            _ = lists.popLast()
        case "dt":
            term = buffer.collapsingWhitespace
            buffer = ""
            leadingBold = nil
        case "dd":
            if let label = term {
                let value = buffer.collapsingWhitespace
                document.blocks.append(DocumentBlock(.row(cells: [label, value]), text: label + "\t" + value, line: bufferLine))
                buffer = ""
                term = nil
            }
            flush()
        default:
            flush()
        }
    }

    /// Ends the current block: a heading, an item or a paragraph, with its bold label if the
    /// block opened with one ending in a colon.
    private mutating func flush() {
        let text = buffer.collapsingWhitespace
        defer { buffer = ""; leadingBold = nil; boldStart = nil; heading = nil; itemMarker = nil }
        guard !text.isEmpty else { return }
        if inCell { return }
        let kind: DocumentBlock.Kind
        if let level = heading { kind = .heading(level: level) }
        else if let (marker, depth) = itemMarker { kind = .item(marker: marker, depth: depth) }
        else { kind = .paragraph }
        if let bold = leadingBold, !bold.isEmpty, text.hasPrefix(bold), !isHeadingKind(kind) {
            var label = bold
            var rest = text.dropFirst(bold.count).trimmingWhitespace
            if label.hasSuffix(":") {
                label = String(label.dropLast()).trimmingWhitespace
            } else if rest.hasPrefix(":") {
                rest = rest.dropFirst().trimmingWhitespace
            } else if !FieldMap.isField(label) || rest.isEmpty {
                // "<strong>Salary</strong> $52,000" is a label without its colon only for a known field.
                append(kind, text, label: nil)
                return
            }
            if !label.isEmpty, label.count <= 60 { append(kind, rest, label: label); return }
        }
        append(kind, text, label: nil)
    }

    private func isHeadingKind(_ kind: DocumentBlock.Kind) -> Bool { if case .heading = kind { true } else { false } }

    private mutating func append(_ kind: DocumentBlock.Kind, _ text: String, label: String?) {
        document.blocks.append(DocumentBlock(kind, text: text, line: bufferLine, label: label))
    }
}
