import Testing
@testable import ClaspSpec

/// Two levels of a series, or two classes, compared section kind by section kind, with
/// experience, education, license and supervision differences called out.
@Suite struct SpecDiffLevelTests {
    typealias F = Fixture

    @Test func levelsOfTheFinanceTechnicianSeriesPairByKindAndCallOutSupervisionAndExperience() throws {
        let spec = try SpecDiffUndescribedTests.canonical("finance-technician-2019-07-16.yaml")
        let set = try SpecDiff().compareLevels(spec, level: "I", spec, level: "II")
        #expect(set.from.title == "Finance Technician I" && set.to.title == "Finance Technician II")
        // Sections pair across levels: nothing is a whole section added or removed, no level is "lineage".
        #expect(!set.changes.contains { $0.path.entry == nil && $0.path.field == nil })
        #expect(!set.categories.contains(.lineage))
        let key = set.keyDifferences.map(\.summary)
        #expect(key.contains("Supervision reworded"))
        #expect(key.contains { $0.hasPrefix("Supervision added: “May exercise technical and functional supervision") })
        #expect(key.contains { $0.hasPrefix("Experience") })
        #expect(!key.contains { $0.hasPrefix("Heading") })
        let text = SpecDiffRenderer.text(set, colour: false)
        #expect(text.contains("Key differences:\n  Supervision reworded: “Receives immediate supervision"))
        #expect(SpecDiffRenderer.markdown(set, title: "I vs II").contains("Key differences:"))
        #expect(SpecDiffRenderer.html(set).contains("<ul class=\"clasp-diff-key\">"))
    }

    @Test func aLevelTheVersionDoesNotHaveIsAnError() throws {
        let spec = try SpecDiffUndescribedTests.canonical("finance-technician-2019-07-16.yaml")
        #expect(throws: SpecDiffError.unknownLevel(side: .new, level: "III", title: spec.title)) {
            try SpecDiff().compareLevels(spec, level: "I", spec, level: "III")
        }
    }

    /// Two classes whose minimum qualifications are filed under different levels.
    static func twoClasses() -> (SpecVersion, SpecVersion) {
        let technician = F.spec(title: "Finance Technician I", [
            F.section(.supervisionReceived, "SUPERVISION RECEIVED", text: ["Receives immediate supervision from the Accounting Supervisor."]),
            F.qualifications(level: "I", experience: "Two years of clerical experience related to accounting.",
                             education: "Completion of the twelfth grade.")])
        let senior = F.spec(title: "Senior Finance Technician", [
            F.section(.supervisionReceived, "Supervision Received", text: ["Receives general supervision from the Accounting Supervisor."]),
            F.qualifications(level: "II", experience: "Four years of clerical experience related to accounting.",
                             education: "Completion of 30 semester units in accounting.")])
        return (technician, senior)
    }

    @Test func twoClassesPairAcrossLevelsWhenAsked() throws {
        let (a, b) = Self.twoClasses()
        let across = try SpecDiff(options: SpecDiffOptions(alignsAcrossLevels: true)).compare(a, b)
        let summaries = across.changes.map(\.summary)
        #expect(summaries.contains("Experience raised from two to four years for level II"))
        #expect(summaries.contains("Supervision received reworded"))
        // Sections pair; only the unrelated education paragraphs are a removal and an addition.
        #expect(!across.changes.contains { $0.path.entry == nil && $0.path.field == nil })
        #expect(across.changes.filter { $0.operation == .added || $0.operation == .removed }.map(\.path.description)
                == ["qualifications@II/education/paragraph 1-", "qualifications@II/education/paragraph +1"])
        let study = try SpecDiff().compareClasses(a, b)
        #expect(study.changes == across.changes && study.callsOutKeyDifferences)
        #expect(study.keyDifferences.map(\.summary).contains("Experience raised from two to four years for level II"))
        #expect(SpecDiffRenderer.text(study, colour: false).contains("Key differences:\n  Supervision received reworded: "))
        // Versions of one class keep a level's sections apart: level II replacing level I is news.
        let within = try SpecDiff().compare(a, b)
        #expect(within.changes.contains { $0.operation == .removed && $0.path.level == "I" })
    }
}
