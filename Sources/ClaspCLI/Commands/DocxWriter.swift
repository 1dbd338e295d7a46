import ClaspQueries
import ClaspSpec
import Foundation
import ZIPFoundation

/// Writes a publication as a Word document (.docx, Office Open XML): paragraph styles Title
/// and Heading 1–3 for the title and sections, real bulleted lists (a numbering definition,
/// not typed bullets), bold run-in labels for the header facts, and the revision block and
/// adopting act at the end. Built as the format's XML parts in a ZIP archive (ZIPFoundation),
/// the same parts Word writes, so Word, LibreOffice and Clasp's own importer read it.
enum DocxWriter {
    static func write(_ publication: SpecPublication, to path: String) throws {
        let url = Console.current.fileURL(path)
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        let parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes), ("_rels/.rels", packageRelationships),
            ("word/_rels/document.xml.rels", documentRelationships), ("word/styles.xml", styles),
            ("word/numbering.xml", numbering), ("word/document.xml", document(publication)),
        ]
        for (name, xml) in parts {
            let data = Data(xml.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    static func document(_ publication: SpecPublication) -> String {
        var body: [String] = [paragraph(publication.agency, bold: true), paragraph(publication.version.title, style: "Title")]
        if !publication.version.levels.isEmpty { body.append(paragraph(publication.version.levels.map(\.title).joined(separator: " · "))) }
        for (name, value) in publication.facts { body.append(paragraph(value, label: name + ": ")) }
        if publication.version.textOnFile {
            for section in publication.version.sections { append(section, depth: 1, to: &body) }
        } else {
            body.append(paragraph("The text of this version is not on file; only its title and effective date are known."))
        }
        if !publication.revisions.isEmpty { body.append(paragraph("Revised " + publication.revisions.joined(separator: ", "))) }
        body.append(paragraph("Effective \(publication.version.effective.iso)"))
        if let adoption = publication.adoption { body.append(paragraph(adoption)) }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body.joined())\
            <w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr>\
            </w:body></w:document>
            """
    }

    private static func append(_ section: Section, depth: Int, to body: inout [String]) {
        body.append(paragraph(section.heading ?? section.kind.displayName, style: "Heading\(min(depth, 3))"))
        for text in section.text { body.append(paragraph(text)) }
        for item in section.items {
            let percent = item.percent.map { " (\($0)%)" } ?? ""
            body.append(paragraph(item.text + percent, label: item.label.map { $0 + " " }, bullet: true))
        }
        for child in section.sections { append(child, depth: depth + 1, to: &body) }
    }

    private static func paragraph(_ text: String, style: String? = nil, label: String? = nil, bold: Bool = false, bullet: Bool = false) -> String {
        var properties = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
        if bullet { properties += "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>" }
        let labelRun = label.map { "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">\(escape($0))</w:t></w:r>" } ?? ""
        let run = "<w:r>\(bold ? "<w:rPr><w:b/></w:rPr>" : "")<w:t xml:space=\"preserve\">\(escape(text))</w:t></w:r>"
        return "<w:p>\(properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>")\(labelRun)\(run)</w:p>"
    }

    /// XML text: the escaper the HTML and SVG renderers use.
    private static func escape(_ text: String) -> String { MarkupText.escaped(text) }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
        </Types>
        """

    static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        </Relationships>
        """

    static let documentRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\
        </Relationships>
        """

    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr>\
        <w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/><w:sz w:val="22"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240"/>\
        <w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr>\
        <w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="2"/></w:pPr>\
        <w:rPr><w:b/><w:i/></w:rPr></w:style>\
        </w:styles>
        """

    static let numbering = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/>\
        <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>\
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>\
        </w:numbering>
        """
}
