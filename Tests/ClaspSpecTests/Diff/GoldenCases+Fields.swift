@testable import ClaspSpec

/// Typed fields: title, code, FLSA, pay, probation, levels, attributes.
extension GoldenCases {
    static let fields: [DiffCase] = {
        typealias F = Fixture
        let body = [F.duties(F.baseDuties)]
        let levels = [SeriesLevel(level: "I", title: "Finance Technician I"),
                      SeriesLevel(level: "II", title: "Finance Technician II")]
        return [
            DiffCase("FLSA status changed from non-exempt to exempt",
                     F.spec(flsa: .nonExempt, body), F.spec(flsa: .exempt, body),
                     [.init(.fieldChanged, .flsa, "flsa")]),
            DiffCase("title changed", F.spec(title: "Accounting Technician", body),
                     F.spec(title: "Finance Technician", body),
                     [.init(.fieldChanged, .title, "title")]),
            DiffCase("class code changed", F.spec(code: "11002", body), F.spec(code: "11003", body),
                     [.init(.fieldChanged, .code, "code")]),
            DiffCase("pay range raised and band set",
                     F.spec(pay: PayPlacement(range: "12"), body),
                     F.spec(pay: PayPlacement(band: "B", range: "14"), body),
                     [.init(.fieldChanged, .pay, "pay.band"),
                      .init(.fieldChanged, .pay, "pay.range")]),
            DiffCase("probation lowered from 12 Months to 6 Months",
                     F.spec(probation: "12 Months", body), F.spec(probation: "6 Months", body),
                     [.init(.fieldChanged, .other, "probation", ["12->6 months lowered"])]),
            DiffCase("a level added to the series is lineage",
                     F.spec(levels: levels, body),
                     F.spec(levels: levels + [SeriesLevel(level: "III", title: "Finance Technician III")], body),
                     [.init(.added, .lineage, "levels.III")]),
            DiffCase("a level retitled is a title change",
                     F.spec(levels: levels, body),
                     F.spec(levels: [levels[0], SeriesLevel(level: "II", title: "Senior Finance Technician")], body),
                     [.init(.fieldChanged, .title, "levels.II")]),
            DiffCase("header attribute changed",
                     F.spec(attributes: [Attribute(name: "Job Family", value: "Finance")], body),
                     F.spec(attributes: [Attribute(name: "Job Family", value: "Accounting")], body),
                     [.init(.fieldChanged, .other, "attributes.Job Family")]),
        ]
    }()
}
