@testable import ClaspSpec

/// Editorial changes, and the adversarial cases that look small but change meaning.
extension GoldenCases {
    static let editorial: [DiffCase] = {
        typealias F = Fixture
        func one(_ name: String, _ kind: SectionKind, _ before: String, _ after: String,
                 _ expected: [ExpectedChange]) -> DiffCase {
            DiffCase(name, F.spec([F.section(kind, "TEXT", text: [before])]),
                     F.spec([F.section(kind, "TEXT", text: [after])]), expected)
        }
        let line = "Prepare journal entries and general ledger reconciliations."
        return [
            one("punctuation and hyphen only", .duties, line,
                "Prepare journal entries, and general-ledger reconciliations",
                [.init(.reworded, .editorial, "duties/paragraph 1")]),
            one("case and white space only", .duties, line,
                "Prepare  Journal Entries and general ledger   reconciliations.",
                [.init(.reworded, .editorial, "duties/paragraph 1")]),
            one("typo fixed", .duties, "Recieve and research discrepancies in customer accounts.",
                "Receive and research discrepancies in customer accounts.",
                [.init(.reworded, .editorial, "duties/paragraph 1")]),
            DiffCase("title case fix is editorial", F.spec(title: "Finance technician", []),
                     F.spec(title: "Finance Technician", []), [.init(.fieldChanged, .editorial, "title")]),
            DiffCase("heading case fix is editorial",
                     F.spec([F.duties(F.baseDuties, heading: "Examples of Essential Duties")]),
                     F.spec([F.duties(F.baseDuties, heading: "EXAMPLES OF ESSENTIAL DUTIES")]),
                     [.init(.fieldChanged, .editorial, "duties.heading")]),
            one("adversarial: \"not\" inserted", .duties, "Employees may work overtime when approved.",
                "Employees may not work overtime when approved.",
                [.init(.reworded, .duties, "duties/paragraph 1")]),
            one("adversarial: a number changed by one digit", .physicalDemands,
                "Lift up to 25 pounds.", "Lift up to 26 pounds.",
                [.init(.reworded, .physical, "physical-demands/paragraph 1", ["25->26 pounds raised"])]),
            one("adversarial: may becomes must", .supervisionExercised,
                "May exercise technical and functional supervision over lower level staff.",
                "Must exercise technical and functional supervision over lower level staff.",
                [.init(.reworded, .supervision, "supervision-exercised/paragraph 1")]),
            one("adversarial: shall becomes may", .licenses,
                "Incumbents shall obtain a Notary Public certificate within six months.",
                "Incumbents may obtain a Notary Public certificate within six months.",
                [.init(.reworded, .qualifications, "licenses/paragraph 1")]),
            one("adversarial: a number word changed", .experience,
                "One year of clerical experience.", "Two year of clerical experience.",
                [.init(.reworded, .qualifications, "experience/paragraph 1", ["1->2 years raised"])]),
            one("adversarial: a one-letter change in a short word", .duties,
                "Work in the field office.", "Work on the field office.",
                [.init(.reworded, .duties, "duties/paragraph 1")]),
            one("adversarial: percent sign removed", .duties,
                "Spend 45% of time on payroll.", "Spend 45 of time on payroll.",
                [.init(.reworded, .duties, "duties/paragraph 1")]),
        ]
    }()
}
