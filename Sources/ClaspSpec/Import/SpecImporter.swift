public import struct Foundation.Data

/// Imports a spec file in any supported format: plain text through `PlainTextImporter`,
/// Markdown and HTML through their readers and `BlockImporter`. Word and PDF files are
/// unpacked or converted by the caller (the CLI), so this target stays free of archives and processes.
public struct SpecImporter {
    public init() {}

    /// Imports one file's bytes.
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - file: the file's name, used to choose the format and in errors and warnings.
    ///   - format: the format, when known; detected from `file` and the bytes otherwise.
    ///   - effective: the version's effective date; when nil, the newest date the document
    ///     labels as revised, effective, adopted, updated or established.
    /// - Returns: the imported spec.
    /// - Throws: `ImportError` for unreadable, empty, binary or oversized input, no title or no date.
    public func importSpec(_ data: Data, file: String? = nil, format: SpecFormat? = nil,
                           effective: PlanDate? = nil) throws -> ImportedSpec {
        guard data.count <= PlainTextImporter.maximumBytes else {
            throw ImportError.tooLarge(file: file, bytes: data.count, limit: PlainTextImporter.maximumBytes)
        }
        let format = format ?? SpecFormat.detect(name: file, bytes: data)
        switch format {
        case .text:
            return try PlainTextImporter().importSpec(data, file: file, effective: effective)
        case .docx, .pdf:
            throw ImportError.needsConversion(file: file, format: format.rawValue)
        case .markdown, .html:
            let text = try Self.text(data, file: file)
            let document = format == .markdown ? MarkdownReader().read(text) : HTMLReader.read(text)
            return try BlockImporter().importDocument(document, file: file, effective: effective)
        }
    }

    /// Imports a Word document from its main part, `word/document.xml`, as text.
    ///
    /// - Parameters:
    ///   - documentXML: the XML of `word/document.xml` (the caller unpacks the ZIP container).
    ///   - file: the document's name, for errors and warnings.
    ///   - effective: as in `importSpec(_:file:format:effective:)`.
    /// - Returns: the imported spec.
    /// - Throws: `ImportError` when the document has no text, no title or no date.
    public func importDocx(documentXML: String, file: String? = nil, effective: PlanDate? = nil) throws -> ImportedSpec {
        guard documentXML.utf8.count <= PlainTextImporter.maximumBytes * 8 else {
            throw ImportError.tooLarge(file: file, bytes: documentXML.utf8.count, limit: PlainTextImporter.maximumBytes * 8)
        }
        let document = DocxReader.read(documentXML)
        guard !document.blocks.isEmpty else { throw ImportError.empty(file: file) }
        return try BlockImporter().importDocument(document, file: file, effective: effective)
    }

    /// The bytes as text: UTF-8 (a byte-order mark dropped), refusing NUL bytes and invalid UTF-8.
    static func text(_ data: Data, file: String?) throws -> String {
        let bytes = [UInt8](data)
        func line(at offset: Int) -> Int { bytes[..<offset].count { $0 == 0x0A } + 1 }
        if let nul = bytes.firstIndex(of: 0) { throw ImportError.binaryContent(file: file, line: line(at: nul)) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            var valid = 0
            var parser = Unicode.UTF8.ForwardParser()
            var iterator = bytes.makeIterator()
            while case .valid(let scalar) = parser.parseScalar(from: &iterator) { valid += scalar.count }
            throw ImportError.invalidUTF8(file: file, line: line(at: valid), byteOffset: valid)
        }
        let trimmed = text.hasPrefix("\u{FEFF}") ? String(text.unicodeScalars.dropFirst()) : text
        guard trimmed.contains(where: { !$0.isWhitespace }) else { throw ImportError.empty(file: file) }
        return trimmed
    }
}
