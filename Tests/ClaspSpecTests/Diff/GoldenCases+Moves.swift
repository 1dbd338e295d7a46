@testable import ClaspSpec

/// Text moved between sections: one move (perhaps reworded), not a removal and an addition.
extension GoldenCases {
    static let moves: [DiffCase] = {
        typealias F = Fixture
        let base = F.baseDuties
        let training = "Train and review the work of part-time staff and student assistants."
        let supervision = "Exercises technical and functional supervision over clerical staff."
        func spec(duties: [String], supervises: [String]) -> SpecVersion {
            F.spec([F.duties(duties), F.section(.supervisionExercised, "SUPERVISION EXERCISED", items: supervises)])
        }
        return [
            DiffCase("a duty moved to supervision exercised",
                     spec(duties: base + [training], supervises: [supervision]),
                     spec(duties: base, supervises: [supervision, training]),
                     [.init(.moved, .supervision, "supervision-exercised/item 6->2")]),
            DiffCase("a duty moved to supervision exercised and reworded",
                     spec(duties: base + [training], supervises: [supervision]),
                     spec(duties: base, supervises: [supervision,
                          "Train, assign and review the work of part-time staff and student assistants."]),
                     [.init(.moved, .supervision, "supervision-exercised/item 6->2")]),
            DiffCase("a section dissolved into another is a move, and the empty section is removed",
                     F.spec([F.section(.definition, "DEFINITION", text: ["To perform technical accounting work."]),
                             F.section(.supervisionExercised, "SUPERVISION EXERCISED", text: [supervision])]),
                     F.spec([F.section(.definition, "DEFINITION",
                                       text: ["To perform technical accounting work.", supervision])]),
                     [.init(.moved, .duties, "definition/paragraph 1->2"),
                      .init(.removed, .supervision, "supervision-exercised")]),
            DiffCase("short text appearing elsewhere is not a move",
                     F.spec([F.section(.supervisionExercised, "SUPERVISION EXERCISED", text: ["None."]),
                             F.section(.licenses, "LICENSE", text: ["Valid driver's license."])]),
                     F.spec([F.section(.supervisionExercised, "SUPERVISION EXERCISED", text: ["Lead clerical staff."]),
                             F.section(.licenses, "LICENSE", text: ["None."])]),
                     [.init(.removed, .supervision, "supervision-exercised/paragraph 1-"),
                      .init(.added, .supervision, "supervision-exercised/paragraph +1"),
                      .init(.removed, .qualifications, "licenses/paragraph 1-"),
                      .init(.added, .qualifications, "licenses/paragraph +1")]),
        ]
    }()
}
