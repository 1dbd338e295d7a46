import Testing
@testable import ClaspSpec

/// Dates in the forms specs print them, and the choice of effective date among them.
@Suite struct DateReaderTests {
    @Test(arguments: [
        ("Revised 2019-07-16", "2019-07-16"), ("rev. 07/16/19", "2019-07-16"), ("Revised: 7-16-2019", "2019-07-16"),
        ("Effective July 16, 2019", "2019-07-16"), ("Adopted 16 July 2019", "2019-07-16"), ("Updated Jul. 2019", "2019-07-01"),
        ("As of Sept 3 2021.", "2021-09-03"), ("Updated 7/2019", "2019-07-01"), ("Revised 16/07/2019", "2019-07-16"), ("Approved: 1.5.2020", "2020-01-05"),
    ])
    func readsEveryCommonForm(_ text: String, _ iso: String) {
        #expect(DateReader.dates(in: text).last?.date.description == iso)
    }

    @Test func ignoresWhatIsNotADate() {
        #expect(DateReader.dates(in: "May include 12 duties in 2019 or 13/13/2019 and 02/30/2020").isEmpty)
    }

    @Test func picksTheNewestLabelledDateAndNamesItsLine() {
        let finder = EffectiveDateFinder([(3, "Date established: 1 March 2018"), (4, "Closing date: 12/01/2024"),
                                          (9, "Last revised: 16 July 2019"), (12, "Effective communication matters")])
        #expect(finder.chosen?.date.description == "2019-07-16")
        #expect(finder.chosen?.source == "line 9: Last revised: 16 July 2019")
        #expect(finder.seen == ["line 3: 1 March 2018", "line 4: 12/01/2024", "line 9: 16 July 2019"])
        #expect(EffectiveDateFinder([(1, "Date: 07/16/2019")]).chosen?.date.description == "2019-07-16")
    }

    @Test func noLabelledDateIsAnErrorListingTheDatesSeen() {
        let text = "# Clerk\n\n## Definition\n\nFiles records. Exam held 03/01/2024.\n"
        let error = #expect(throws: ImportError.self) {
            try SpecImporter().importSpec(Array(text.utf8).withUnsafeBufferPointer { Data($0) }, file: "c.md")
        }
        #expect(error?.description.contains("line 5: 03/01/2024") == true)
        #expect(error?.description.hasSuffix("pass --effective YYYY-MM-DD") == true)
    }
}

import struct Foundation.Data

/// Hard-wrapped plain text: a duty broken at the margin stays one duty, and later lines keep
/// their numbers.
@Suite struct WrappedLinesTests {
    @Test func wrappedDutiesAreRejoined() throws {
        let text = "CLERK\n\nDUTIES\n\nFiles records and answers\nquestions from the public.\nTypes letters.\n\nRevised: 2021-05-01\n"
        let spec = try PlainTextImporter().importSpec(text, file: "w.txt")
        #expect(spec.version.sections.first?.items.map(\.text) == ["Files records and answers questions from the public.", "Types letters."])
        #expect(spec.effectiveSource == "line 9: Revised: 2021-05-01")
    }
}

/// The wider heading vocabulary, matched on whole words.
@Suite struct HeadingVocabularyTests {
    @Test(arguments: [
        ("TYPICAL WORK", SectionKind.duties), ("Key accountabilities", .duties), ("What you\u{2019}ll do", .duties),
        ("Basic Function", .summary), ("Job purpose", .summary), ("Class Series Concept", .definition),
        ("Physical and Mental Demands", .physicalDemands), ("Working Conditions", .environment),
        ("Special Requirements", .licenses), ("Desirable qualifications", .qualifications), ("Person specification", .qualifications),
        ("HOW TO APPLY", .recruitment), ("THE EXAMINATION", .recruitment), ("Selection Process", .recruitment),
        ("Department of Veterans Affairs", .other), ("Examples of Duties", .duties), ("Nonsupervisory Role Notes", .other),
    ])
    func classifies(_ heading: String, _ kind: SectionKind) {
        #expect(HeadingClassifier.kind(of: heading) == kind)
    }
}
