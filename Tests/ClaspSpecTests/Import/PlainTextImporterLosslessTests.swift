import Testing
@testable import ClaspSpec

/// Every word of a seed's body lands in exactly one field of the import: none lost, none doubled.
@Suite struct PlainTextImporterLosslessTests {
    @Test(arguments: [Fixtures.financeTechnicianSeed, Fixtures.accountingTechnicianSeed])
    func everySourceWordLandsExactlyOnce(_ seed: String) throws {
        let source = try Fixtures.seed(seed)
        let spec = try PlainTextImporter().importSpec(source, file: seed, effective: PlanDate(year: 2015, month: 2, day: 1))
        let expected = WordBag.ofSource(source)
        let actual = WordBag.ofImport(spec)
        #expect(actual == expected, """
            lost (in source, not in import): \(expected.surplus(over: actual))
            invented (in import, not in source): \(actual.surplus(over: expected))
            """)
        #expect(expected.counts.count > 100, "the source bag must be the real text")
    }

    @Test func theCheckNoticesADroppedWord() throws {
        let source = try Fixtures.seed(Fixtures.financeTechnicianSeed)
        var spec = try PlainTextImporter().importSpec(source)
        spec.version.sections[0].text[0] += " extra"
        #expect(WordBag.ofImport(spec) != WordBag.ofSource(source))
    }
}
