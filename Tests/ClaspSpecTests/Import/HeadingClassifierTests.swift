import Testing
@testable import ClaspSpec

/// Headings as agencies write them, mapped to the section vocabulary.
@Suite struct HeadingClassifierTests {
    static let table: [(String, SectionKind)] = [
        ("DEFINITION", .definition), ("Summary Statement:", .summary),
        ("DISTINGUISHING CHARACTERISTICS", .distinguishingCharacteristics),
        ("SUPERVISION RECEIVED AND EXERCISED", .supervision), ("Supervision Received:", .supervisionReceived),
        ("Supervision Exercised:", .supervisionExercised), ("EXAMPLES OF ESSENTIAL DUTIES", .duties),
        ("Essential Functions", .duties), ("MINIMUM QUALIFICATIONS", .qualifications),
        ("Experience and Training", .qualifications), ("Relevant Background and Formal Education", .qualifications),
        ("Education and Experience Equivalency:", .education), ("Knowledge of:", .knowledge), ("Ability to:", .abilities),
        ("Competencies Required:", .competencies), ("Technical Skills Required:", .skills), ("Experience:", .experience),
        ("Training:", .education), ("License or Certificate", .licenses), ("Certifications and Licenses", .licenses),
        ("Physical Demands:", .physicalDemands), ("Environmental Conditions", .environment),
        ("Class Purpose", .summary), ("Fiscal Responsibility:", .other), ("Machines, Tools, Equipment, and Work Aids", .other),
    ]

    @Test(arguments: table)
    func mapsHeadingToKind(_ heading: String, _ kind: SectionKind) {
        #expect(HeadingClassifier.kind(of: heading) == kind)
    }

    @Test func requirementGroupsHoldOnlyTheirParts() {
        let group = Section(kind: .qualifications, heading: "Experience and Training")
        #expect(HeadingClassifier.accepts(group, child: .experience))
        #expect(HeadingClassifier.accepts(group, child: .education))
        #expect(!HeadingClassifier.accepts(group, child: .licenses))
        #expect(HeadingClassifier.accepts(Section(kind: .qualifications, heading: "MINIMUM QUALIFICATIONS"), child: .licenses))
        #expect(!HeadingClassifier.accepts(Section(kind: .duties), child: .knowledge))
    }

    @Test(arguments: [("Knowledge of", true), ("License or Certificate", true), ("In addition to the qualifications", false),
                      ("and More", false), ("Machines, Tools, Equipment, and Work Aids", true), ("Perform related work", false)])
    func titleCase(_ text: String, _ expected: Bool) {
        #expect(TextRules.isTitleCase(text) == expected)
    }

    @Test(arguments: [("DEFINITION", true), ("AND", false), ("OR", false), ("Finance", false), ("GED", true)])
    func capitals(_ text: String, _ expected: Bool) {
        #expect(TextRules.isAllCaps(text) == expected)
    }

    @Test func printedDates() {
        #expect(TextRules.printedDate("07/1/05") == PlanDate(year: 2005, month: 7, day: 1))
        #expect(TextRules.printedDate("01/23/96") == PlanDate(year: 1996, month: 1, day: 23))
        #expect(TextRules.printedDate("02/30/19") == nil)
        #expect(TextRules.monthYear("February 2015") == PlanDate(year: 2015, month: 2, day: 1))
        #expect(TextRules.looksLikeDate("12 Months") == false)
    }
}
