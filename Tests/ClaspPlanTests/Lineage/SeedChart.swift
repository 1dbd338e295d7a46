import ClaspPlan
import ClaspSpec

/// The lineage chart at the end of the Roseville Finance Technician I/II spec, as class
/// records and version titles, plus variants the tests need.
enum SeedChart {
    /// A fixture date; the literals below are all real dates, so a bad one is a typo here.
    static func day(_ iso: String) -> PlanDate {
        guard let date = PlanDate(iso: iso) else { fatalError("fixture date \(iso) is not a real date") }
        return date
    }

    static func versions(_ pairs: [(String, String)]) -> [VersionTitle] {
        pairs.map { VersionTitle(effective: day($0.0), title: $0.1) }
    }

    static let predecessors = [
        "accounting-technician", "billing-specialist", "cash-management-specialist", "csr-leadworker",
    ]

    static var accountingTechnician: LineageClass {
        LineageClass(
            record: ClassRecord(id: "accounting-technician", events: [
                LineageEvent(date: day("1996-01-23"), kind: .established, title: "Accounting Technician"),
                LineageEvent(date: day("2001-07-01"), kind: .retitled,
                             oldTitle: "Accounting Technician", title: "Accounting Technician I/II"),
                LineageEvent(date: day("2012-08-25"), kind: .mergedInto, into: ["finance-technician"]),
            ]),
            versions: versions([("1996-01-23", "Accounting Technician"), ("1998-12-23", "Accounting Technician"),
                                ("2001-07-01", "Accounting Technician I/II")]))
    }

    static var billingSpecialist: LineageClass {
        LineageClass(
            record: ClassRecord(id: "billing-specialist", events: [
                LineageEvent(date: day("2000-07-01"), kind: .established, title: "Billing Specialist"),
                LineageEvent(date: day("2001-07-01"), kind: .retitled,
                             oldTitle: "Billing Specialist", title: "Utility Billing Specialist I/II"),
                LineageEvent(date: day("2012-08-25"), kind: .mergedInto, into: ["finance-technician"]),
            ]),
            versions: versions([("2000-07-01", "Billing Specialist"), ("2001-07-01", "Utility Billing Specialist I/II"),
                                ("2004-05-12", "Utility Billing Specialist I/II"),
                                ("2005-08-25", "Utility Billing Specialist I/II")]))
    }

    static func simple(_ id: String, _ title: String, established: String) -> LineageClass {
        LineageClass(
            record: ClassRecord(id: id, events: [
                LineageEvent(date: day(established), kind: .established, title: title),
                LineageEvent(date: day("2012-08-25"), kind: .mergedInto, into: ["finance-technician"]),
            ]),
            versions: versions([(established, title)]))
    }

    static var financeTechnician: LineageClass {
        LineageClass(
            record: ClassRecord(id: "finance-technician", events: [
                LineageEvent(date: day("2012-08-25"), kind: .established, from: predecessors,
                             title: "Finance Technician I/II"),
            ]),
            versions: versions(["2012-08-25", "2017-05-31", "2018-06-21", "2019-07-16"].map {
                ($0, "Finance Technician I/II")
            }))
    }

    /// The five classes of the chart, exactly as the seed states them.
    static var classes: [LineageClass] {
        [accountingTechnician, billingSpecialist,
         simple("cash-management-specialist", "Cash Management Specialist", established: "2004-10-14"),
         simple("csr-leadworker", "CSR Leadworker", established: "2005-07-01"),
         financeTechnician]
    }

    static var graph: LineageGraph { LineageGraph(classes) }

    /// The chart extended both ways, for transitive walks: a utility clerk class merged into
    /// Billing Specialist when it was established, and Finance Technician split in 2024.
    static var extended: [LineageClass] {
        var classes = classes
        let clerk = LineageClass(
            record: ClassRecord(id: "utility-clerk", events: [
                LineageEvent(date: day("1990-03-01"), kind: .established, title: "Utility Clerk"),
                LineageEvent(date: day("2000-07-01"), kind: .mergedInto, into: ["billing-specialist"]),
            ]))
        classes[1].record.events[0].from = ["utility-clerk"]
        classes[4].record.events.append(
            LineageEvent(date: day("2024-07-01"), kind: .splitInto, into: ["accounts-payable-technician", "revenue-technician"]))
        for (id, title) in [("accounts-payable-technician", "Accounts Payable Technician"),
                            ("revenue-technician", "Revenue Technician")] {
            classes.append(LineageClass(record: ClassRecord(id: id, events: [
                LineageEvent(date: day("2024-07-01"), kind: .established, from: ["finance-technician"], title: title),
            ])))
        }
        return classes + [clerk]
    }
}
