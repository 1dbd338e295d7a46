/// The formats a spec file may come in, chosen by file extension and, when the extension says
/// nothing, by sniffing the first bytes.
public enum SpecFormat: String, Sendable, CaseIterable {
    case text
    case markdown
    case html
    case docx
    case pdf

    /// The format of a file named `name` holding `bytes`. An extension decides; otherwise a ZIP
    /// signature is Word, "%PDF" is PDF, a tag-led text is HTML, a text with Markdown headings
    /// or front matter is Markdown, and anything else is plain text.
    public static func detect(name: String?, bytes: some Collection<UInt8>) -> SpecFormat {
        let lower = (name ?? "").lowercased()
        let ext = lower.split(separator: ".").count > 1 ? lower.split(separator: ".").last.map(String.init) ?? "" : ""
        switch ext {
        case "md", "markdown", "mdown", "mkd": return .markdown
        case "html", "htm", "xhtml": return .html
        case "docx": return .docx
        case "pdf": return .pdf
        case "txt", "text":
            // A job board's "text" download is sometimes Markdown or HTML: only a clear sign counts.
            let sniffed = sniff(bytes)
            let lines = String(decoding: bytes.prefix(8192), as: UTF8.self).split(separator: "\n")
            let headings = lines.count { MarkdownReader.atxLevel($0.trimmingWhitespace) != nil }
            if sniffed == .html || sniffed == .markdown && (headings >= 2 || lines.first == "---") { return sniffed }
            return .text
        default: break
        }
        return sniff(bytes)
    }

    /// The name of a document format agencies hold that no reader here understands (RTF,
    /// OpenDocument, legacy Word, WordPerfect, Pages, spreadsheets), by extension or signature;
    /// nil for anything the importers read. Such a file is refused by name instead of being read
    /// as plain text and failing on its markup.
    public static func unreadable(name: String?, bytes: some Collection<UInt8>) -> String? {
        let lower = (name ?? "").lowercased()
        let ext = lower.contains(".") ? String(lower.split(separator: ".").last ?? "") : ""
        let byExtension = ["rtf": "an RTF document", "odt": "an OpenDocument text", "doc": "a legacy Word (.doc) document",
                           "wpd": "a WordPerfect document", "pages": "an Apple Pages document", "xls": "a spreadsheet",
                           "xlsx": "a spreadsheet", "ods": "a spreadsheet"]
        if let kind = byExtension[ext] { return kind }
        let head = Array(bytes.prefix(8))
        if head.starts(with: Array("{\\rtf".utf8)) { return "an RTF document" }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return "a legacy Word (.doc) document" }
        return nil
    }

    /// The format the first bytes suggest.
    static func sniff(_ bytes: some Collection<UInt8>) -> SpecFormat {
        let head = Array(bytes.prefix(2048))
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .docx }
        if head.starts(with: Array("%PDF".utf8)) { return .pdf }
        let text = String(decoding: head, as: UTF8.self).lowercased().trimmingWhitespace
        if text.hasPrefix("<!doctype html") || text.hasPrefix("<html") || text.contains("<body")
            || (text.hasPrefix("<") && (text.contains("</p>") || text.contains("</h1>") || text.contains("</div>"))) {
            return .html
        }
        let lines = text.split(separator: "\n").map { $0.trimmingWhitespace }
        if text.hasPrefix("---\n") || lines.contains(where: { MarkdownReader.atxLevel($0) != nil })
            || lines.contains(where: { $0.hasPrefix("**") || $0.hasPrefix("|") && $0.hasSuffix("|") }) {
            return .markdown
        }
        return .text
    }
}
