import Testing
@testable import ClaspSpec

/// The chart at the end of seed 000, read column-wise with the oldest date at the bottom.
@Suite struct LineageChartImportTests {
    func date(_ text: String, _ year: Int, _ month: Int, _ day: Int) -> LineageChartDate {
        LineageChartDate(text: text, date: PlanDate(year: year, month: month, day: day)!)
    }

    @Test func seedChartIsReadExactly() throws {
        let chart = try #require(try Fixtures.importedFinanceTechnician().chart)
        #expect(chart.successorTitle == "Finance Technician I/II")
        #expect(chart.successorDate == PlanDate(year: 2012, month: 8, day: 25))
        #expect(chart.successorRevisions == [PlanDate(year: 2017, month: 5, day: 31)!, PlanDate(year: 2018, month: 6, day: 21)!,
                                             PlanDate(year: 2019, month: 7, day: 16)!])
        #expect(chart.columns == [
            LineageChartColumn(titles: [
                LineageChartTitle(title: "Accounting Technician", dates: [date("01/23/96", 1996, 1, 23), date("12/23/98", 1998, 12, 23)]),
                LineageChartTitle(title: "Accounting Technician I/II", dates: [date("07/01/01", 2001, 7, 1)]),
            ]),
            LineageChartColumn(titles: [
                LineageChartTitle(title: "Billing Specialist", dates: [date("07/01/00", 2000, 7, 1)]),
                LineageChartTitle(title: "Utility Billing Specialist I/II",
                                  dates: [date("07/01/01", 2001, 7, 1), date("05/12/04", 2004, 5, 12), date("08/25/05", 2005, 8, 25)]),
            ]),
            LineageChartColumn(titles: [LineageChartTitle(title: "Cash Management Specialist", dates: [date("10/14/04", 2004, 10, 14)])]),
            LineageChartColumn(titles: [LineageChartTitle(title: "CSR Leadworker", dates: [date("07/1/05", 2005, 7, 1)])]),
        ])
    }

    @Test func impossibleChartDateIsAnError() throws {
        let text = "FINANCE CLERK\n\nDEFINITION\n\nTo clerk.\n\n07-16-19\n\nClerk\tAide\n02/30/01\t07/01/00\n"
        let error = try #require(throws: ImportError.self) { try PlainTextImporter().importSpec(text, file: "c.txt") }
        #expect(error == .invalidDate("02/30/01", file: "c.txt", line: 10))
        #expect(error.description == "c.txt:10: '02/30/01' is not a real date")
    }
}
