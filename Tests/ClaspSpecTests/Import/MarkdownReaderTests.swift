import Testing
@testable import ClaspSpec

/// Markdown into blocks: headings of both kinds, lists with their markers kept apart and their
/// nesting, pipe tables, bold run-in labels, front matter, and inline markup reduced to words.
@Suite struct MarkdownReaderTests {
    @Test func headingsListsTablesAndLabels() {
        let text = """
        ---
        title: "Accountant I"
        code: 1201
        ---
        Accountant I
        ============

        **Salary:** $50,000
        __FLSA__: Exempt

        Duties
        ------

        1. Posts *journal* entries.
        2) Reconciles [bank accounts](https://example.org/x).
           - Monthly, within five days.
        * Prepares reports
          on time.

        | Field | Value |
        |:------|------:|
        | Band  | B2    |
        <!-- internal note -->
        """
        let document = MarkdownReader().read(text)
        #expect(document.metadata.map(\.name) == ["title", "code"])
        #expect(document.metadata[0].value == "Accountant I")
        let blocks = document.blocks
        #expect(blocks[0] == DocumentBlock(.heading(level: 1), text: "Accountant I", line: 5))
        #expect(blocks[1].label == "Salary" && blocks[1].text == "$50,000")
        #expect(blocks[2].label == "FLSA" && blocks[2].text == "Exempt")
        #expect(blocks[3].kind == .heading(level: 2))
        #expect(blocks[4] == DocumentBlock(.item(marker: "1.", depth: 0), text: "Posts journal entries.", line: 14))
        #expect(blocks[5].text == "Reconciles bank accounts.")
        #expect(blocks[6].kind == .item(marker: "-", depth: 1))
        #expect(blocks[7].text == "Prepares reports on time.")
        #expect(blocks[8].kind == .row(cells: ["Field", "Value"]))
        #expect(blocks[9].kind == .row(cells: ["Band", "B2"]))
        #expect(blocks.count == 10)
        #expect(!blocks.contains { $0.text.contains("internal") || $0.text.contains("https") })
    }

    @Test func underscoresInsideWordsAndEscapesStay() {
        #expect(MarkdownInline.plain("pay_band \\*not bold\\* _em_ `code` &amp; <br> x") == "pay_band *not bold* em code & x")
    }
}

/// A series named in one title ("Accountant I/II") gets its levels, and level headings become
/// the parts of their section for one level.
@Suite struct SeriesTitleTests {
    @Test func levelHeadingsBecomeLevelParts() throws {
        let markdown = """
        # Accountant I/II

        Revised: 2023-05-01

        ## Distinguishing Characteristics

        ### Accountant I

        Entry level.

        ### Accountant II

        Journey level.
        """
        let spec = try SpecImporter().importSpec(Data(markdown.utf8), file: "a.md")
        #expect(spec.version.levels.map(\.title) == ["Accountant I", "Accountant II"])
        let parts = try #require(spec.version.sections.first { $0.kind == .distinguishingCharacteristics }).sections
        #expect(parts.map(\.level) == ["I", "II"])
        #expect(parts.map(\.text) == [["Entry level."], ["Journey level."]])
    }
}

import struct Foundation.Data

/// The format comes from the extension, with sniffing for unknown names and for ".txt" files
/// that are clearly Markdown or HTML.
@Suite struct SpecFormatTests {
    @Test(arguments: [
        ("a.md", "plain", SpecFormat.markdown), ("a.HTM", "x", .html), ("a.docx", "x", .docx), ("a.pdf", "x", .pdf),
        ("a.txt", "FINANCE CLERK\n\nDEFINITION\n", .text), ("a.txt", "# Clerk\n\n## Duties\n", .markdown),
        ("a.txt", "# not a heading twice\n", .text), ("a.txt", "<!DOCTYPE html><p>x</p>", .html),
        ("spec", "<html><body><h1>x</h1>", .html), ("spec", "# Clerk\n", .markdown), ("spec", "%PDF-1.7", .pdf),
        ("spec", "PK\u{3}\u{4}", .docx), ("spec", "CLERK\n", .text),
    ])
    func detects(_ name: String, _ text: String, _ format: SpecFormat) {
        #expect(SpecFormat.detect(name: name, bytes: Array(text.utf8)) == format)
    }
}
