@testable import ClaspSpec

/// The golden table: hand-written before/after pairs, each with its complete change list.
enum GoldenCases {
    static var all: [DiffCase] { duties + qualifications + fields + editorial + sections + moves }
}

/// Duties: additions, removals, rewording, moves, splits, merges, time shares.
extension GoldenCases {
    static let duties: [DiffCase] = {
        typealias F = Fixture
        let base = F.baseDuties
        func pair(_ old: [String], _ new: [String]) -> (SpecVersion, SpecVersion) {
            (F.spec([F.duties(old)]), F.spec(effective: F.day2, [F.duties(new)]))
        }
        func row(_ name: String, _ old: [String], _ new: [String], _ expected: [ExpectedChange]) -> DiffCase {
            let (a, b) = pair(old, new)
            return DiffCase(name, a, b, expected)
        }
        let split = "Prepare journal entries and general ledger reconciliations; assist with budget development and monitoring."
        let halves = ["Prepare journal entries and general ledger reconciliations.", "Assist with budget development and monitoring."]
        func timed(_ items: [(String, Int?)]) -> SpecVersion {
            F.spec([Section(kind: .duties, heading: "DUTIES", items: items.map { Item(text: $0.0, percent: $0.1) })])
        }
        return [
            row("identical specs have no changes", base, base, []),
            row("duty added at the end", base, base + ["Perform related work as required."],
                [.init(.added, .duties, "duties/item +6")]),
            row("duty removed from the middle", base, base.enumerated().filter { $0.offset != 1 }.map(\.element),
                [.init(.removed, .duties, "duties/item 2-")]),
            row("duty reworded with new content", base,
                F.replacing(base, at: 0, with: "Prepare journal entries, general ledger reconciliations and monthly closing reports."),
                [.init(.reworded, .duties, "duties/item 1")]),
            row("last duty moved to the top", base, [base[4]] + base[0..<4],
                [.init(.moved, .duties, "duties/item 5->1")]),
            row("first duty moved to the end and reworded", base,
                Array(base[1...]) + ["Prepare journal entries and general ledger reconciliations for all city funds."],
                [.init(.reworded, .duties, "duties/item 1->5")]),
            row("one duty split into two", [split] + base[1...], halves + base[1...],
                [.init(.split, .duties, "duties/item 1->1,2")]),
            row("two duties merged into one", halves + base[1...], [split] + base[1...],
                [.init(.merged, .duties, "duties/item 1,2->1")]),
            row("weak overlap is a tentative rewording",
                ["Prepare monthly budget reports for the department."],
                ["Prepare quarterly staffing reports for the council."],
                [.init(.reworded, .duties, "duties/item 1", tentative: true)]),
            row("no overlap is a removal and an addition",
                ["Prepare monthly budget reports."], ["Drive the city van to remote work sites."],
                [.init(.removed, .duties, "duties/item 1-"), .init(.added, .duties, "duties/item +1")]),
            row("reordered and reworded pair is matched by optimal assignment",
                ["Reconcile bank statements and customer accounts monthly.",
                 "Reconcile vendor accounts and process vendor payments weekly."],
                ["Reconcile vendor accounts and process vendor payments daily.",
                 "Reconcile bank statements and customer deposit accounts monthly."],
                [.init(.reworded, .duties, "duties/item 2->1"), .init(.reworded, .duties, "duties/item 1->2")]),
            DiffCase("a duty's time share lowered from 45% to 40%",
                     timed([("Process payroll.", 45), ("Answer inquiries.", 55)]),
                     timed([("Process payroll.", 40), ("Answer inquiries.", 60)]),
                     [.init(.fieldChanged, .duties, "duties/item 1.percent", ["45->40 % lowered"]),
                      .init(.fieldChanged, .duties, "duties/item 2.percent", ["55->60 % raised"])]),
            DiffCase("a duty reworded and its time share changed",
                     timed([("Process bi-weekly payroll for all departments.", 30)]),
                     timed([("Process bi-weekly payroll and retirement reports for all departments.", 35)]),
                     [.init(.reworded, .duties, "duties/item 1"),
                      .init(.fieldChanged, .duties, "duties/item 1.percent", ["30->35 % raised"])]),
            DiffCase("an item id pairs a rewrite in other words",
                     F.spec([Section(kind: .duties, items: [Item(id: "d1", text: "Answer phone calls from residents.")])]),
                     F.spec([Section(kind: .duties, items: [Item(id: "d1", text: "Respond to telephone inquiries from citizens.")])]),
                     [.init(.reworded, .duties, "duties/item 1")]),
        ]
    }()
}
