@testable import ClaspSpec

/// Section trees: added, removed, moved, renamed headings, and kinds that inherit a category.
extension GoldenCases {
    static let sections: [DiffCase] = {
        typealias F = Fixture
        let definition = F.section(.definition, "DEFINITION", text: ["To perform a variety of accounting duties."])
        let duties = F.duties(F.baseDuties)
        let knowledge = F.section(.knowledge, "KNOWLEDGE OF", items: ["Business letter writing."])
        let physical = F.section(.physicalDemands, "PHYSICAL DEMANDS", text: ["Sit at a desk for long periods."])
        let supervision = F.section(.supervisionReceived, "SUPERVISION RECEIVED", text: ["Receives general supervision."])
        return [
            DiffCase("physical demands section added", F.spec([definition, duties]),
                     F.spec([definition, duties, physical]),
                     [.init(.added, .physical, "physical-demands")]),
            DiffCase("supervision section removed", F.spec([definition, supervision, duties]),
                     F.spec([definition, duties]),
                     [.init(.removed, .supervision, "supervision-received")]),
            DiffCase("sections reordered", F.spec([definition, duties, knowledge]),
                     F.spec([definition, knowledge, duties]),
                     [.init(.moved, .duties, "duties")]),
            DiffCase("renamed duties heading is a heading change",
                     F.spec([F.duties(F.baseDuties, heading: "EXAMPLES OF ESSENTIAL DUTIES")]),
                     F.spec([F.duties(F.baseDuties, heading: "ESSENTIAL FUNCTIONS")]),
                     [.init(.fieldChanged, .duties, "duties.heading")]),
            DiffCase("an unknown section inherits its parent's category",
                     F.spec([F.section(.qualifications, "MINIMUM QUALIFICATIONS",
                                       [F.section(.other, "Special Requirements", items: ["Bondable."])])]),
                     F.spec([F.section(.qualifications, "MINIMUM QUALIFICATIONS",
                                       [F.section(.other, "Special Requirements", items: ["Bondable.", "Bilingual in Spanish."])])]),
                     [.init(.added, .qualifications, "qualifications/other/item +2")]),
            DiffCase("an unknown top-level section is other",
                     F.spec([F.section(.other, "NOTES", items: ["Positions are flexibly staffed."])]),
                     F.spec([F.section(.other, "NOTES", items: ["Positions are flexibly staffed.", "Subject to a background check."])]),
                     [.init(.added, .other, "other/item +2")]),
        ]
    }()
}
