import Testing
@testable import ClaspSpec

/// Text as `pdftotext -layout` reads a PDF, here the one `clasp publish --format pdf` prints:
/// letterhead above the title, a header table of labels over values laid out in columns.
@Suite struct LaidOutTextTests {
    static let published = """
        City of Springfield
        Class Specification

        Management Analyst
        Job code                                                 FLSA status
        0412                                                     Exempt
        Probationary period                                      Department
        12 months                                                City Manager's Office


        Class Purpose

        Conducts studies of city operations and recommends improvements.

        Essential Duties and Responsibilities

               Plans and conducts administrative studies. (40%)
               Prepares staff reports for the City Council. (60%)

        Revised 06-01-22
        """

    @Test func aPublishedSpecReadsBackWithItsTitleAndHeader() throws {
        let spec = try PlainTextImporter().importSpec(Self.published, file: "ma.txt")
        let version = spec.version
        #expect(version.title == "Management Analyst")
        #expect(version.code == "0412")
        #expect(version.flsa == .exempt)
        #expect(version.probation == "12 months")
        #expect(version.attributes == [Attribute(name: "Department", value: "City Manager's Office")])
        #expect(spec.labels.contains("City of Springfield") && spec.labels.contains("Class Specification"))
        #expect(version.sections.map(\.kind).contains(.summary))
        #expect(version.effective.description == "2022-06-01")
    }
}
