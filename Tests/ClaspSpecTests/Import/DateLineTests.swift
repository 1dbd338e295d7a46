import Foundation
import Testing
@testable import ClaspSpec

/// A line that only dates the document ("Revised 03/14/2017") is the source's revision record:
/// every importer moves it out of the class's text into `sourceDates`, and keeps a sentence that
/// merely mentions a date where it stands.
@Suite struct DateLineTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var original: String?
        var revised: [String]
        var testDescription: String { text }
    }

    static let dating: [Case] = [
        Case(text: "Revised 03/14/2017", revised: ["03/14/2017"]),
        Case(text: "Rev. 3/14/17", revised: ["3/14/17"]),
        Case(text: "Revised: July 16, 2019", revised: ["July 16 2019"]),
        Case(text: "Established 7/1998; Revised 3/2017", original: "7/1998", revised: ["3/2017"]),
        Case(text: "Date Established: 01/01/1998 Revised: 03/14/2017, 06/30/2020", original: "01/01/1998",
             revised: ["03/14/2017", "06/30/2020"]),
        Case(text: "Page last updated: 12/20/2023", revised: ["12/20/2023"]),
        Case(text: "(Adopted 2019-07-16)", revised: ["2019-07-16"]),
    ]

    @Test(arguments: dating)
    func aLineThatOnlyDatesTheTextIsRead(_ line: Case) throws {
        let read = try #require(DateLine(line.text))
        #expect(read.original == line.original)
        #expect(read.revised.map(\.text) == line.revised)
    }

    @Test(arguments: [
        "Adopted by the Civil Service Commission on July 16, 2019",
        "Effective 07/01/2019 the salary range is 32.",
        "Applications accepted until 07/01/2019",
        "Revised duties to include payroll",
        "Date posted 07/01/2019",
        "One year of experience since 2019.",
    ])
    func aSentenceThatMentionsADateIsNotADateLine(_ text: String) {
        #expect(DateLine(text) == nil)
    }

    static let body = "One year of general clerical experience."

    @Test func anHTMLSpecKeepsItsRevisionLineOutOfTheText() throws {
        let html = """
            <html><body><h1>Office Clerk</h1><p>Class Code: 1102</p>
            <h2>Definition</h2><p>Performs routine clerical work in a county office.</p>
            <h2>Minimum Qualifications</h2><p>\(Self.body)</p>
            <p>Established 7/1998; Revised 03/14/2017</p></body></html>
            """
        let spec = try SpecImporter().importSpec(Data(html.utf8), file: "clerk.html")
        try expectMoved(spec, effective: "2017-03-14", original: "7/1998", revised: ["03/14/2017"])
    }

    @Test func aMarkdownSpecKeepsItsRevisionLineOutOfTheText() throws {
        let markdown = "# Office Clerk\n\n## Definition\n\nPerforms routine clerical work.\n\n## Minimum Qualifications\n\n\(Self.body)\n\n_Revised 03/14/2017, 11/02/2020_\n"
        let spec = try SpecImporter().importSpec(Data(markdown.utf8), file: "clerk.md")
        try expectMoved(spec, effective: "2020-11-02", original: nil, revised: ["11/02/2020", "03/14/2017"])
    }

    @Test func aPlainTextSpecKeepsItsRevisionLineOutOfTheText() throws {
        let text = "OFFICE CLERK\n\nDEFINITION\n\nPerforms routine clerical work.\n\nMINIMUM QUALIFICATIONS\n\n\(Self.body)\n\nRevised 03/14/2017\n"
        let spec = try PlainTextImporter().importSpec(text, file: "clerk.txt")
        try expectMoved(spec, effective: "2017-03-14", original: nil, revised: ["03/14/2017"])
    }

    /// With a colon, in a list, or beside another date after a middle dot, it is the same record:
    /// source dates, not an attribute published among the header fields.
    @Test func aLabelledRevisionLineIsASourceDateToo() throws {
        let markdown = """
            # Office Clerk

            * **Class code:** 1102
            * **Last revised:** 16 July 2019

            Adopted: 04/11/2016 · Revised: 09/22/2021

            ## Definition

            Performs routine clerical work.

            """
        let spec = try SpecImporter().importSpec(Data(markdown.utf8), file: "clerk.md")
        #expect(spec.version.code == "1102")
        #expect(spec.version.attributes == [])
        #expect(spec.version.sourceDates == SourceDates(revised: ["09/22/2021", "16 July 2019", "04/11/2016"]))
        #expect(spec.version.effective.description == "2021-09-22")
        #expect(!Self.words(spec).contains("2021"))
    }

    /// A two-column header as `pdftotext -layout` prints it, with a date in one column and
    /// revision lines stacked at the end.
    @Test func aLaidOutHeaderIsReadColumnByColumn() throws {
        let text = """
                      CITY OF MAPLE GROVE
            Title:     Payroll Clerk                    Class No.:  2231
            Department: Finance                         Date Est.:  03/1999

            DEFINITION
            Processes the city's payroll.

            Revised: 08/2018
            Revised: 11/15/2023
            """
        let spec = try PlainTextImporter().importSpec(text, file: "payroll.txt")
        #expect(spec.version.title == "Payroll Clerk")
        #expect(spec.version.code == "2231")
        #expect(spec.version.attributes == [Attribute(name: "Department", value: "Finance")])
        #expect(spec.version.sourceDates == SourceDates(original: "03/1999", revised: ["11/15/2023", "08/2018"]))
        #expect(spec.version.effective.description == "2023-11-15")
        #expect(spec.labels.contains("CITY OF MAPLE GROVE"))
        #expect(Self.words(spec) == "Processes the city's payroll.")
    }

    @Test func numberedItemsLoseTheirNumbersNotTheirText() throws {
        #expect(SectionBuilder.numbered("1. Installs workstations.")?.item == "Installs workstations.")
        #expect(SectionBuilder.numbered("(12) Files records.")?.marker == "(12)")
        #expect(SectionBuilder.numbered("3) Answers the phone.")?.item == "Answers the phone.")
        for text in ["2.5 years of experience.", "1. 000 units", "2019. Revised", "123. Too long", "(3. Unbalanced"] {
            #expect(SectionBuilder.numbered(text) == nil, "\(text)")
        }
    }

    @Test func aDateInsideAParagraphStaysInTheText() throws {
        let text = "OFFICE CLERK\n\nDEFINITION\n\nPerforms routine clerical work.\nRevised 03/14/2017\n"
        let spec = try PlainTextImporter().importSpec(text, file: "clerk.txt")
        #expect(Self.words(spec).contains("03/14/2017"), "a wrapped line is part of its paragraph")
        #expect(spec.version.sourceDates == nil)
    }

    /// The date line is gone from every section, its dates are in `sourceDates`, its label in
    /// the labels, and the effective date still comes from it.
    private func expectMoved(_ spec: ImportedSpec, effective: String, original: String?, revised: [String]) throws {
        #expect(!Self.words(spec).contains("03/14/2017"), "\(Self.words(spec))")
        #expect(Self.words(spec).contains(Self.body))
        #expect(spec.version.sourceDates == SourceDates(original: original, revised: revised))
        #expect(spec.labels.contains { $0.hasPrefix("Established") || $0.hasPrefix("Revised") })
        #expect(spec.version.effective.description == effective)
    }

    private static func words(_ spec: ImportedSpec) -> String {
        func texts(_ sections: [Section]) -> [String] {
            sections.flatMap { $0.text + $0.items.map(\.text) + texts($0.sections) }
        }
        return texts(spec.version.sections).joined(separator: "\n")
    }
}
