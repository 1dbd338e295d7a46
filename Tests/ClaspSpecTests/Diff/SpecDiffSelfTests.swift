import ClaspSpec
import Foundation
import Testing

/// A version compared with itself changes nothing, however repetitive it is. The fixture is a
/// libFuzzer finding from the importer target: a spec whose sections, attributes and items
/// repeat with the same headings and labels.
@Suite struct SpecDiffSelfTests {
    @Test(arguments: ["fuzz-importer-repeated-sections.yaml", "accounting-technician-ii-2015-02-01.yaml",
                      "finance-technician-2019-07-16.yaml"])
    func aVersionComparedWithItselfHasNoChanges(name: String) throws {
        let version = try SpecDiffUndescribedTests.canonical(name)
        for options in [SpecDiffOptions(), SpecDiffOptions(describesChanges: false)] {
            let changes = try SpecDiff(options: options).compare(version, version).changes
            #expect(changes.isEmpty, "\(name): \(changes.map { "\($0.path) \($0.operation)" })")
        }
    }
}
