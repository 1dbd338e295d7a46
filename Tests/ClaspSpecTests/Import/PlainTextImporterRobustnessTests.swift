import Testing
@testable import ClaspSpec

/// The importer stays lossless on texts it was not tuned on: every truncation of the seeds, and
/// the seeds with Windows line ends.
@Suite struct PlainTextImporterRobustnessTests {
    static let date = PlanDate(year: 2020, month: 1, day: 1)

    @Test(arguments: [Fixtures.financeTechnicianSeed, Fixtures.accountingTechnicianSeed])
    func everyTruncationIsLossless(_ seed: String) throws {
        let lines = try Fixtures.seed(seed).split(separator: "\n", omittingEmptySubsequences: false)
        var imported = 0
        for cut in 1...lines.count {
            let text = lines[..<cut].joined(separator: "\n")
            let spec: ImportedSpec
            do {
                spec = try PlainTextImporter().importSpec(text, file: seed, effective: Self.date)
            } catch let error as ImportError {
                switch error {
                case .empty, .noTitle: continue
                default: throw error
                }
            }
            imported += 1
            let expected = WordBag.ofSource(text)
            let actual = WordBag.ofImport(spec)
            #expect(actual == expected, "cut at line \(cut): lost \(expected.surplus(over: actual)), invented \(actual.surplus(over: expected))")
        }
        #expect(imported > lines.count / 2)
    }

    @Test(arguments: [Fixtures.financeTechnicianSeed, Fixtures.accountingTechnicianSeed])
    func windowsLineEndsReadTheSame(_ seed: String) throws {
        let text = try Fixtures.seed(seed)
        let crlf = text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
        let importer = PlainTextImporter()
        #expect(try importer.importSpec(crlf, effective: Self.date).version == importer.importSpec(text, effective: Self.date).version)
    }
}
