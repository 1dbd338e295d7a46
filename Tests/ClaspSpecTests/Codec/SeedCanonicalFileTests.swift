import Foundation
import Testing
@testable import ClaspSpec

/// The imported seeds as canonical files: they round-trip through the codec, and the importer's
/// output is pinned by golden files so any change to it is seen in review.
///
/// To regenerate the golden files deliberately, run the tests with `CLASP_REGENERATE_GOLDENS=1`
/// and review the diff before committing.
@Suite struct SeedCanonicalFileTests {
    static let seeds: [(golden: String, load: @Sendable () throws -> ImportedSpec)] = [
        ("finance-technician-2019-07-16.yaml", Fixtures.importedFinanceTechnician),
        ("accounting-technician-ii-2015-02-01.yaml", Fixtures.importedAccountingTechnician),
    ]

    @Test(arguments: seeds.indices)
    func importedSeedRoundTrips(_ index: Int) throws {
        let version = try Self.seeds[index].load().version
        let yaml = SpecVersionCodec.encode(version)
        let decoded = try SpecVersionCodec.decode(yaml, file: Self.seeds[index].golden)
        #expect(decoded == version)
        #expect(SpecVersionCodec.encode(decoded) == yaml)
    }

    @Test(arguments: seeds.indices)
    func importerOutputEqualsGoldenFile(_ index: Int) throws {
        let (golden, load) = Self.seeds[index]
        let yaml = SpecVersionCodec.encode(try load().version)
        let url = Fixtures.canonicalURL(golden)
        if ProcessInfo.processInfo.environment["CLASP_REGENERATE_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try yaml.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(yaml == expected, "importer output differs from \(golden); regenerate deliberately if intended")
    }

    @Test(arguments: seeds.map(\.golden))
    func goldenFileIsCanonical(_ golden: String) throws {
        let text = try String(contentsOf: Fixtures.canonicalURL(golden), encoding: .utf8)
        let version = try SpecVersionCodec.decode(text, file: golden)
        #expect(SpecVersionCodec.encode(version) == text)
        #expect(text.hasSuffix("\n") && !text.contains("\r") && !text.contains("\t"))
        #expect(golden.hasSuffix("\(version.effective.iso).yaml"))
    }
}
