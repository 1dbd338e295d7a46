import Testing
@testable import ClaspSpec

/// Seed 000 (Finance Technician I/II): a series with levels, capital headings, per-level parts and
/// a revision block; checked field by field against the printed document.
@Suite struct FinanceTechnicianImportTests {
    let spec: ImportedSpec
    var version: SpecVersion { spec.version }

    init() throws { spec = try Fixtures.importedFinanceTechnician() }

    func section(_ kind: SectionKind) throws -> Section {
        try #require(version.sections.first { $0.kind == kind })
    }

    @Test func titleLevelsAndDates() {
        #expect(version.title == "Finance Technician I/II")
        #expect(version.levels == [SeriesLevel(level: "I", title: "Finance Technician I"),
                                   SeriesLevel(level: "II", title: "Finance Technician II")])
        #expect(version.effective == PlanDate(year: 2019, month: 7, day: 16))
        #expect(version.sourceDates == SourceDates(revised: ["07-16-19", "06-21-18", "05-31-17", "08-25-12"]))
        #expect(spec.warnings.isEmpty)
    }

    @Test func topLevelSectionsInDocumentOrder() {
        #expect(version.sections.map(\.kind) == [.definition, .distinguishingCharacteristics, .supervision, .duties, .qualifications])
        #expect(version.sections.map(\.heading) == ["DEFINITION", "DISTINGUISHING CHARACTERISTICS",
                                                    "SUPERVISION RECEIVED AND EXERCISED", "EXAMPLES OF ESSENTIAL DUTIES",
                                                    "MINIMUM QUALIFICATIONS"])
    }

    @Test func inlineLevelParagraphsBecomeLevelledParts() throws {
        let parts = try section(.distinguishingCharacteristics).sections
        #expect(parts.map(\.level) == ["I", "II", nil])
        #expect(parts[0].text.first?.hasPrefix("This is the entry-level class") == true)
        #expect(parts[1].heading == "Finance Technician II")
        #expect(parts[2].text.first?.hasPrefix("This class is distinguished from that of the Senior") == true)
    }

    @Test func supervisionHasOnePartPerLevel() throws {
        let parts = try section(.supervision).sections
        #expect(parts.map(\.level) == ["I", "II"])
        #expect(parts[1].text.count == 2)
    }

    @Test func dutiesKeepTheLeadInAsText() throws {
        let duties = try section(.duties)
        #expect(duties.text == ["Duties may include, but are not limited to, the following:"])
        #expect(duties.items.count == 16)
        #expect(duties.items.last == Item(text: "Perform related work as required."))
    }

    @Test func qualificationsNestPerLevel() throws {
        let levels = try section(.qualifications).sections
        #expect(levels.map(\.level) == ["I", "II"])
        #expect(levels[0].sections.map(\.kind) == [.knowledge, .abilities, .qualifications, .licenses])
        #expect(levels[0].sections.allSatisfy { $0.level == "I" })
        #expect(levels[1].text == ["In addition to the qualifications for the Finance Technician I:"])
        let knowledge = levels[0].sections[0]
        #expect(knowledge.heading == "Knowledge of:")
        #expect(knowledge.items.count == 5)
        #expect(levels[1].sections[1].items.count == 3)
    }

    @Test func experienceParagraphAndConnectorAreKept() throws {
        let group = try section(.qualifications).sections[0].sections[2]
        #expect(group.heading == "Experience and Training")
        #expect(group.sections.map(\.kind) == [.experience, .education])
        #expect(group.sections[0].text == [
            "Two years of responsible administrative, clerical or customer service experience related to accounting, billing or finance.",
            "AND",
        ])
        #expect(group.sections[1].heading == "Training:")
    }

    @Test(arguments: [(0, "I"), (1, "II")])
    func driversLicenseUnderEachLevel(_ index: Int, _ level: String) throws {
        let licenses = try #require(try section(.qualifications).sections[index].sections.first { $0.kind == .licenses })
        #expect(licenses.level == level)
        #expect(licenses.heading == "License or Certificate")
        #expect(licenses.text == ["Possession of a valid California Driver's License by date of appointment."])
    }
}
