import Testing
@testable import ClaspSpec

/// HTML into blocks: chrome and scripts never stored, entities decoded, labels and lists read,
/// and broken markup read without a crash.
@Suite struct HTMLReaderTests {
    @Test func chromeIsDroppedAndContentKept() {
        let html = """
        <html><head><title>T</title><script>var secret = "<p>not text</p>";</script></head>
        <body><header>Site menu</header><nav>Jobs</nav><!-- <p>commented</p> -->
        <main><h1>Clerk &amp; Typist</h1><p><b>Job Code:</b> 77<br><strong>Grade</strong>: G7</p>
        <ol><li>Types <i>letters</i></li><li>Files<ul><li>Alphabetically</li></ul></li></ol>
        <table><tr><th>Salary</th><td>&pound;20,000&nbsp;&ndash;&nbsp;&pound;22,000</td></tr></table>
        <dl><dt>FLSA</dt><dd>Non-exempt</dd></dl>
        <footer>inside the article is content</footer></main><footer>Copyright</footer></body></html>
        """
        let blocks = HTMLReader.read(html).blocks
        let texts = blocks.map(\.plainText)
        #expect(texts == ["Clerk & Typist", "Job Code: 77", "Grade: G7", "Types letters", "Files", "Alphabetically",
                          "Salary\t£20,000 – £22,000", "FLSA\tNon-exempt", "inside the article is content"])
        #expect(blocks[3].kind == .item(marker: "1.", depth: 0))
        #expect(blocks[5].kind == .item(marker: "\u{2022}", depth: 1))
    }

    @Test(arguments: ["<p>unclosed <b>bold", "<<<>>>", "<p a='x>y'>q</p>", "<!-- never closed", "<script>x", "&#0;&#xFFFFFFFF;&bogus;",
                      "</p></div></li>", "<li><li><td>cell", "<h7>x</h7>", String(repeating: "<div>", count: 5_000)])
    func brokenMarkupIsReadWithoutACrash(_ html: String) {
        _ = HTMLReader.read(html)
        _ = try? SpecImporter().importSpec(Array(html.utf8).withUnsafeBufferPointer { Data($0) }, file: "x.html",
                                           effective: PlanDate(year: 2020, month: 1, day: 1))
    }
}

import struct Foundation.Data

/// Header fields laid out as tables: labels across the top with values below, and label-value rows.
@Suite struct HeaderTableLayoutTests {
    @Test func labelsOverValuesFillTheFields() throws {
        let html = """
        <h1>Payroll Specialist</h1>
        <table><tr><th>Job Code</th><th>Salary</th><th>FLSA</th></tr><tr><td>PS-14</td><td>$61,000</td><td>Exempt</td></tr></table>
        <p>Last updated: 2024-02-01</p><h2>Definition</h2><p>Pays people.</p>
        """
        let spec = try SpecImporter().importSpec(Data(html.utf8), file: "p.html")
        #expect(spec.version.code == "PS-14")
        #expect(spec.version.pay?.range == "$61,000")
        #expect(spec.version.flsa == .exempt)
        #expect(spec.version.sections.map(\.kind) == [.definition])
    }

    @Test func tabbedLabelLinesInPlainText() throws {
        let text = "PAYROLL SPECIALIST\n\nClass Code:\tPS-14\nRevised:\t03/04/2022\n\nDEFINITION\n\nPays people.\n"
        let spec = try PlainTextImporter().importSpec(text, file: "p.txt")
        #expect(spec.version.code == "PS-14")
        #expect(spec.version.effective.description == "2022-03-04")
    }

    @Test func aTitleInCapitalsIsTitleCasedKeepingAcronyms() throws {
        let markdown = "**IT SUPPORT ANALYST II**\n\n**Grade:** 12\n\nRevised: 2024-01-01\n\n## Definition\n\nSupports users.\n"
        let spec = try SpecImporter().importSpec(Data(markdown.utf8), file: "a.md")
        #expect(spec.version.title == "IT Support Analyst II")
        #expect(spec.version.pay?.band == "12")
    }
}
