import Foundation
@testable import ClaspSpec

/// Paths of the test fixtures in the source tree (so golden files can be regenerated in place).
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static let financeTechnicianSeed = "000_83a157b970d7c809.txt"
    static let accountingTechnicianSeed = "002_5542abc9f835574d.txt"

    static func seed(_ name: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("seeds").appendingPathComponent(name), encoding: .utf8)
    }

    static func canonicalURL(_ name: String) -> URL {
        root.appendingPathComponent("canonical").appendingPathComponent(name)
    }

    /// The two seeds imported the way the golden files were made.
    static func importedFinanceTechnician() throws -> ImportedSpec {
        try PlainTextImporter().importSpec(seed(financeTechnicianSeed), file: financeTechnicianSeed)
    }

    static func importedAccountingTechnician() throws -> ImportedSpec {
        try PlainTextImporter().importSpec(seed(accountingTechnicianSeed), file: accountingTechnicianSeed,
                                           effective: PlanDate(year: 2015, month: 2, day: 1))
    }
}
