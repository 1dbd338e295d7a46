/// Reads a Markdown spec into blocks: ATX and setext headings, bullet and numbered lists
/// (nested by indentation), pipe tables, `**Label:** value` run-in labels and YAML front matter.
///
/// Markdown exports from job boards and wikis are loose, so the reader is tolerant: anything
/// it does not recognise is a paragraph, and inline markup (emphasis, links, code, inline HTML)
/// is reduced to its words rather than rejected.
struct MarkdownReader {
    func read(_ text: String) -> BlockDocument {
        var lines = SourceLine.split(text)
        var document = BlockDocument(blocks: [])
        var index = 0
        if lines.first?.trimmed == "---" {
            if let end = lines.dropFirst().firstIndex(where: { $0.trimmed == "---" || $0.trimmed == "..." }) {
                document.metadata = Self.frontMatter(lines[1..<end])
                index = end + 1
            }
        }
        lines = Self.droppingComments(lines)
        var paragraph: [SourceLine] = []
        func flush() {
            guard let first = paragraph.first else { return }
            let text = paragraph.map(\.trimmed).joined(separator: " ")
            document.blocks.append(Self.labelled(.paragraph, text, line: first.number))
            paragraph = []
        }
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmed
            index += 1
            if trimmed.isEmpty { flush(); continue }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { flush(); continue }
            if let level = Self.atxLevel(trimmed) {
                flush()
                var heading = trimmed.drop { $0 == "#" }.trimmingWhitespace
                while heading.hasSuffix("#") { heading = String(heading.dropLast()).trimmingWhitespace }
                document.blocks.append(DocumentBlock(.heading(level: level), text: MarkdownInline.plain(heading), line: line.number))
                continue
            }
            if !paragraph.isEmpty, paragraph.count == 1, Self.isSetextUnderline(trimmed) {
                let text = MarkdownInline.plain(paragraph[0].trimmed)
                document.blocks.append(DocumentBlock(.heading(level: trimmed.hasPrefix("=") ? 1 : 2), text: text,
                                                     line: paragraph[0].number))
                paragraph = []
                continue
            }
            if Self.isRule(trimmed) { flush(); continue }
            if trimmed.hasPrefix("|") || (trimmed.contains(" | ") && index < lines.count && Self.isTableSeparator(lines[index].trimmed)) {
                flush()
                if Self.isTableSeparator(trimmed) { continue }
                let cells = Self.cells(trimmed).map(MarkdownInline.plain)
                document.blocks.append(DocumentBlock(.row(cells: cells), text: cells.filter { !$0.isEmpty }.joined(separator: "\t"),
                                                     line: line.number))
                continue
            }
            if let (marker, depth, rest) = Self.listItem(line.text) {
                flush()
                var text = rest
                while index < lines.count, !lines[index].isBlank, Self.listItem(lines[index].text) == nil,
                      Self.atxLevel(lines[index].trimmed) == nil, !lines[index].trimmed.hasPrefix("|"),
                      lines[index].text.first?.isWhitespace == true || !paragraphBreaks(lines[index].trimmed) {
                    text += " " + lines[index].trimmed
                    index += 1
                }
                document.blocks.append(Self.labelled(.item(marker: marker, depth: depth), text, line: line.number))
                continue
            }
            // A line opening with a bold label ("**FLSA:** Exempt") is a header line of its own,
            // as is the line after a hard break (two trailing spaces or a backslash).
            if !paragraph.isEmpty, Self.labelled(.paragraph, trimmed, line: line.number).label != nil { flush() }
            paragraph.append(SourceLine(number: line.number, text: trimmed.hasPrefix(">") ? String(trimmed.drop { $0 == ">" || $0 == " " }) : line.text))
            if line.text.hasSuffix("  ") || line.text.hasSuffix("\\") {
                if line.text.hasSuffix("\\") { paragraph[paragraph.count - 1] = SourceLine(number: line.number, text: String(line.text.dropLast())) }
                flush()
            }
        }
        flush()
        return document
    }

    /// Lazy continuation of a list item stops at anything that starts its own block.
    private func paragraphBreaks(_ text: String) -> Bool { Self.isRule(text) || text.hasPrefix(">") }

    // MARK: Line shapes

    static func atxLevel(_ text: String) -> Int? {
        let hashes = text.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let after = text.dropFirst(hashes)
        return after.isEmpty || after.first == " " || after.first == "\t" ? hashes : nil
    }

    static func isSetextUnderline(_ text: String) -> Bool {
        text.count >= 2 && (text.allSatisfy { $0 == "=" } || text.allSatisfy { $0 == "-" })
    }

    static func isRule(_ text: String) -> Bool {
        let compact = text.filter { $0 != " " }
        return compact.count >= 3 && Set(compact).count == 1 && ["-", "*", "_"].contains(compact.first!)
    }

    static func isTableSeparator(_ text: String) -> Bool {
        text.contains("-") && text.contains("|") && text.allSatisfy { "|-: \t".contains($0) }
    }

    static func cells(_ row: String) -> [String] {
        var text = Substring(row.trimmingWhitespace)
        if text.hasPrefix("|") { text = text.dropFirst() }
        if text.hasSuffix("|"), !text.hasSuffix("\\|") { text = text.dropLast() }
        return text.split(separator: "|", omittingEmptySubsequences: false).map(\.trimmingWhitespace)
    }

    /// "  - text", "1. text", "2) text": the marker, the nesting depth (two spaces or a tab per
    /// level) and the text.
    static func listItem(_ line: String) -> (String, Int, String)? {
        let indent = line.prefix { $0 == " " || $0 == "\t" }
        let width = indent.reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
        let rest = line.dropFirst(indent.count)
        let marker: Substring
        if let first = rest.first, "-*+•".contains(first) {
            marker = rest.prefix(1)
        } else {
            let digits = rest.prefix { $0.isASCII && ($0.isNumber || $0.isLetter) }
            guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy(\.isNumber) || digits.count == 1,
                  let close = rest.dropFirst(digits.count).first, close == "." || close == ")" else { return nil }
            marker = rest.prefix(digits.count + 1)
        }
        let after = rest.dropFirst(marker.count)
        guard let space = after.first, space == " " || space == "\t" else { return nil }
        let text = after.trimmingWhitespace
        guard !text.isEmpty, !isRule(String(rest)) else { return nil }
        return (String(marker), width / 2, text)
    }

    /// A block whose text opens with a bold label ("**Class Code:** 1234") keeps the label apart.
    static func labelled(_ kind: DocumentBlock.Kind, _ raw: String, line: Int) -> DocumentBlock {
        for fence in ["**", "__"] where raw.hasPrefix(fence) {
            let body = raw.dropFirst(2)
            guard let close = body.firstRange(of: fence) else { break }
            var label = String(body[..<close.lowerBound]).trimmingWhitespace
            var rest = body[close.upperBound...].trimmingWhitespace
            if label.hasSuffix(":") {
                label = String(label.dropLast()).trimmingWhitespace
            } else if rest.hasPrefix(":") {
                rest = String(rest.dropFirst()).trimmingWhitespace
            } else if !FieldMap.isField(label) || rest.isEmpty {
                break
            }
            guard !label.isEmpty, label.count <= 60 else { break }
            return DocumentBlock(kind, text: MarkdownInline.plain(rest), line: line, label: MarkdownInline.plain(label))
        }
        return DocumentBlock(kind, text: MarkdownInline.plain(raw), line: line)
    }

    /// `key: value` lines of YAML front matter; quotes removed, nested structure flattened.
    static func frontMatter(_ lines: ArraySlice<SourceLine>) -> [(name: String, value: String)] {
        lines.compactMap { line in
            guard let colon = line.text.firstIndex(of: ":") else { return nil }
            let name = line.text[..<colon].trimmingWhitespace
            var value = line.text[line.text.index(after: colon)...].trimmingWhitespace
            if value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" {
                value = String(value.dropFirst().dropLast())
            }
            guard !name.isEmpty, !value.isEmpty, !name.hasPrefix("#") else { return nil }
            return (name, value)
        }
    }

    /// Blanks `<!-- ... -->` comments, which may span lines, keeping line numbers.
    static func droppingComments(_ lines: [SourceLine]) -> [SourceLine] {
        var inComment = false
        return lines.map { line in
            var out = ""
            var rest = Substring(line.text)
            while !rest.isEmpty {
                if inComment {
                    guard let end = rest.firstRange(of: "-->") else { rest = ""; break }
                    rest = rest[end.upperBound...]
                    inComment = false
                } else if let start = rest.firstRange(of: "<!--") {
                    out += rest[..<start.lowerBound]
                    rest = rest[start.upperBound...]
                    inComment = true
                } else {
                    out += rest
                    rest = ""
                }
            }
            return SourceLine(number: line.number, text: out)
        }
    }
}
