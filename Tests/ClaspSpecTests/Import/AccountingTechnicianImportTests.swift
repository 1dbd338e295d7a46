import Testing
@testable import ClaspSpec

/// Seed 002 (Accounting Technician II): a header table repeated on every page, duties with time
/// shares, "Title Case:" headings, a two-column table and an "Original Date".
@Suite struct AccountingTechnicianImportTests {
    let spec: ImportedSpec
    var version: SpecVersion { spec.version }

    init() throws { spec = try Fixtures.importedAccountingTechnician() }

    func section(_ kind: SectionKind) throws -> Section {
        try #require(version.sections.first { $0.kind == kind })
    }

    @Test func headerTableFillsTypedFields() {
        #expect(version.title == "Accounting Technician II")
        #expect(version.levels.isEmpty)
        #expect(version.code == "11002")
        #expect(version.flsa == .nonExempt)
        #expect(version.pay == PayPlacement(band: "GNL", zone: "6"))
        #expect(version.probation == "12 Months")
        #expect(version.attributes == [Attribute(name: "Job Title", value: "Accounting Technician II")])
        #expect(spec.labels == ["Class Specification", "FLSA Status", "Band", "Probationary Period", "Zone", "Job Code",
                                "Original Date"])
    }

    @Test func originalDateIsProvenanceAndTheDefaultEffectiveDate() throws {
        #expect(version.sourceDates == SourceDates(original: "February 2015"))
        let undated = try PlainTextImporter().importSpec(Fixtures.seed(Fixtures.accountingTechnicianSeed))
        #expect(undated.version.effective == PlanDate(year: 2015, month: 2, day: 1))
        #expect(undated.chart == nil)
    }

    @Test func repeatedPageHeadersAreNotContent() {
        let encoded = SpecVersionCodec.encode(version)
        #expect(!encoded.contains("FLSA Status"))
        #expect(encoded.components(separatedBy: "Accounting Technician II").count == 3) // title and Job Title only
    }

    @Test func dutiesCarryTimeShares() throws {
        let duties = try section(.duties)
        #expect(duties.heading == "Essential Functions")
        #expect(duties.items.map(\.percent) == [45, 30, 25])
        #expect(duties.items[0].text.hasPrefix("Process billing, payments, adjustments"))
        #expect(duties.text.count == 3)
        #expect(duties.text[1] == "Time % (All below must add to 100%)")
    }

    @Test func summaryCompetenciesAndSkills() throws {
        #expect(try section(.summary).text.first?.hasPrefix("The purpose of this position") == true)
        #expect(try section(.competencies).items.map(\.label) == ["Human Collaboration Skills", "Reading", "Math", "Writing"])
        #expect(try section(.skills).items.map(\.label) == ["Skilled in a Technical Field"])
    }

    @Test func backgroundNestsEducationExperienceAndLicenses() throws {
        let background = try section(.qualifications)
        #expect(background.heading == "Relevant Background and Formal Education")
        #expect(background.sections.map(\.kind) == [.education, .experience, .education, .licenses])
        #expect(background.sections[1].text == ["Three years full-time experience in accounting, bookkeeping, auditing, or related field."])
    }

    @Test func environmentTableRowsBecomeLabelledItems() throws {
        let environment = try section(.environment)
        #expect(environment.heading == "Environmental Conditions")
        #expect(environment.items.first == Item(label: "Primary Work Environment", text: "Office Environment"))
        #expect(environment.items.filter { $0.text == "Never" }.count == 7)
    }

    @Test func unknownHeadingsAreKeptAsOtherWithAWarning() throws {
        let fiscal = try #require(version.sections.first { $0.heading == "Fiscal Responsibility:" })
        #expect(fiscal.kind == .other)
        #expect(fiscal.text.count == 1)
        #expect(spec.warnings.contains { $0.contains("Fiscal Responsibility") })
        #expect(version.sections.last?.kind == .other)
        #expect(version.sections.last?.text.first?.hasPrefix("The description above") == true)
    }
}
