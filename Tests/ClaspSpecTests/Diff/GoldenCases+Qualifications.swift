import Foundation
@testable import ClaspSpec

/// Minimum qualifications by level: quantities in experience and education, licenses.
extension GoldenCases {
    static let qualifications: [DiffCase] = {
        typealias F = Fixture
        let experience = "Two years of responsible administrative or clerical experience related to accounting."
        let education = "An Associate's degree or 60 semester units of college level course work including 18 units in a major field of study."
        func quals(_ one: Section, _ two: Section) -> SpecVersion {
            F.spec([F.section(.qualifications, "MINIMUM QUALIFICATIONS", [one, two])])
        }
        let levelI = F.qualifications(level: "I", experience: experience, education: education)
        let levelII = F.qualifications(level: "II", experience: experience, education: education)
        let base = quals(levelI, levelII)
        return [
            DiffCase("experience raised from two to three years for level I", base,
                     quals(F.qualifications(level: "I", experience: experience.replacingOccurrences(of: "Two", with: "Three"),
                                            education: education), levelII),
                     [.init(.reworded, .qualifications, "qualifications/qualifications@I/experience/paragraph 1",
                            ["2->3 years raised"])]),
            DiffCase("semester units lowered from 60 to 45", base,
                     quals(levelI, F.qualifications(level: "II", experience: experience,
                                                    education: education.replacingOccurrences(of: "60", with: "45"))),
                     [.init(.reworded, .qualifications, "qualifications/qualifications@II/education/paragraph 1",
                            ["60->45 semester units lowered"])]),
            DiffCase("digits to a number word: 2 years to three years",
                     F.spec([F.section(.experience, "Experience", text: ["2 years of bookkeeping experience."])]),
                     F.spec([F.section(.experience, "Experience", text: ["three years of bookkeeping experience."])]),
                     [.init(.reworded, .qualifications, "experience/paragraph 1", ["2->3 years raised"])]),
            DiffCase("license requirement removed for level II", base,
                     quals(levelI, F.qualifications(level: "II", experience: experience, education: education, license: nil)),
                     [.init(.removed, .qualifications, "qualifications/qualifications@II/licenses")]),
            DiffCase("license paragraph emptied for level II", base,
                     quals(levelI, {
                         var s = levelII
                         s.sections[2].text = []
                         return s
                     }()),
                     [.init(.removed, .qualifications, "qualifications/qualifications@II/licenses/paragraph 1-")]),
            DiffCase("knowledge item added and ability reworded",
                     F.spec([F.section(.knowledge, "Knowledge of:", items: ["Business letter writing."]),
                             F.section(.abilities, "Ability to:", items: ["Make accurate mathematical calculations."])]),
                     F.spec([F.section(.knowledge, "Knowledge of:", items: ["Business letter writing.", "Governmental accounting."]),
                             F.section(.abilities, "Ability to:", items: ["Make accurate and timely mathematical calculations."])]),
                     [.init(.added, .qualifications, "knowledge/item +2"),
                      .init(.reworded, .qualifications, "abilities/item 1")]),
            DiffCase("physical demand raised from 25 to 50 pounds",
                     F.spec([F.section(.physicalDemands, "PHYSICAL DEMANDS", text: ["Lift or carry weight of 25 pounds or less."])]),
                     F.spec([F.section(.physicalDemands, "PHYSICAL DEMANDS", text: ["Lift or carry weight of 50 pounds or less."])]),
                     [.init(.reworded, .physical, "physical-demands/paragraph 1", ["25->50 pounds raised"])]),
            DiffCase("supervision received changed for level I",
                     F.spec([F.section(.supervisionReceived, "SUPERVISION RECEIVED", level: "I",
                                       text: ["Receives immediate supervision from assigned management staff."])]),
                     F.spec([F.section(.supervisionReceived, "SUPERVISION RECEIVED", level: "I",
                                       text: ["Receives general supervision from assigned management staff."])]),
                     [.init(.reworded, .supervision, "supervision-received@I/paragraph 1")]),
            DiffCase("definition reworded counts as duties (scope of work)",
                     F.spec([F.section(.definition, "DEFINITION", text: ["To perform a variety of complex accounting duties."])]),
                     F.spec([F.section(.definition, "DEFINITION", text: ["To perform a variety of complex accounting and payroll duties."])]),
                     [.init(.reworded, .duties, "definition/paragraph 1")]),
        ]
    }()
}
