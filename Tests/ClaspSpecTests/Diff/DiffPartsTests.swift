import Testing
@testable import ClaspSpec

/// The pieces under the engine: word diff, quantities, editorial check, assignment.
@Suite struct DiffPartsTests {
    @Test func wordDiffMarksReplacedWords() {
        let segments = WordDiff.segments(before: "Two years of clerical work.", after: "Three years of clerical work.",
                                         cellCap: 1_000)
        #expect(segments == [.init(.deleted, "Two"), .init(.inserted, "Three"), .init(.equal, "years of clerical work.")])
    }

    @Test func wordDiffFallsBackPastTheCap() {
        let segments = WordDiff.segments(before: "a b c d", after: "e f g h", cellCap: 4)
        #expect(segments == [.init(.deleted, "a b c d"), .init(.inserted, "e f g h")])
    }

    @Test(arguments: [
        ("Two years", "Three years", ["2->3 years raised"]),
        ("60 semester units", "45 semester units", ["60->45 semester units lowered"]),
        ("45%", "40%", ["45->40 % lowered"]),
        ("12 Months", "6 Months", ["12->6 months lowered"]),
        ("six (6) months", "three (3) months", ["6->3 months lowered"]),
        ("twenty-four hours", "forty-eight hours", ["24->48 hours raised"]),
        ("$1,000 per year", "$1,500 per year", ["1000->1500 $ raised"]),
        ("2 years and 18 units", "two years and 18 units", []),
        // Units as abbreviations, singulars, prefixes and hyphenated compounds.
        ("2 yrs of experience", "three years of experience", ["2->3 years raised"]),
        ("one year", "two years", ["1->2 years raised"]),
        ("twenty-four (24) months", "eighteen (18) months", ["24->18 months lowered"]),
        ("a two-year degree", "a four-year degree", ["2->4 years raised"]),
        ("USD 52,000", "USD 55,000", ["52000->55000 $ raised"]),
        ("£300 allowance", "£350 allowance", ["300->350 £ raised"]),
        ("40 dollars", "45 dollars", ["40->45 $ raised"]),
        ("lift 50 lbs", "lift 40 pounds", ["50->40 pounds lowered"]),
        ("10 percent", "15 per cent", ["10->15 % raised"]),
        ("drive 20 miles", "drive 30 miles", ["20->30 miles raised"]),
        ("12 credits", "15 credits", ["12->15 credits raised"]),
        ("30 days", "60 days", ["30->60 days raised"]),
        ("2 weeks", "3 weeks", ["2->3 weeks raised"]),
        ("20 hours per week", "40 hours per week", ["20->40 hours raised"]),
        ("three or more years", "five or more years", ["3->5 years raised"]),
        // Numbers without a unit are codes, levels, grades, sections, dates or phone numbers.
        ("Job code 17724", "Job code 17725", []),
        ("Level 2 of the series", "Level 3 of the series", []),
        ("Salary grade 12", "Salary grade 14", []),
        ("See section 4.2", "See section 4.3", []),
        ("Effective July 1, 2019", "Effective July 1, 2020", []),
        ("Call 555-1234", "Call 555-1235", []),
        ("Supervises 5 employees", "Supervises 8 employees", []),
        ("Range 12", "Range 14", []),
    ])
    func quantities(_ before: String, _ after: String, _ expected: [String]) {
        #expect(QuantityReader.changes(before: before, after: after).map(ExpectedChange.describe) == expected)
    }

    @Test(arguments: [
        ("Receive  payments.", "receive payments", true),
        ("Recieve payments.", "Receive payments.", true),
        ("Receive payments.", "Receive no payments.", false),
        ("May lead staff.", "Must lead staff.", false),
        ("Shall lead staff.", "May lead staff.", false),
        ("Lift 25 pounds.", "Lift 35 pounds.", false),
        ("Lift two pounds.", "Lift ten pounds.", false),
        ("Work in office.", "Work on office.", false),
        // Plurals, hyphenation and markup are editorial.
        ("Receive payments.", "Receive payment.", true),
        ("Reconcile accounts and ledgers.", "Reconcile account and ledger.", true),
        ("Supervise duties of staff.", "Supervise duty of staff.", true),
        ("Process boxes of invoices.", "Process box of invoices.", true),
        ("Full-time employment.", "Full time employment.", true),
        ("Full-time employment.", "Fulltime employment.", true),
        ("Full time employment.", "fulltime employment", true),
        ("Use e-mail daily.", "Use email daily.", true),
        ("Prepare **journal entries**.", "Prepare journal entries.", true),
        ("Prepare <b>journal</b> entries &amp; reports.", "Prepare journal entries & reports.", true),
        ("## Duties of the class", "Duties of the class", true),
        ("See [the manual](https://example.org/x).", "See the manual.", true),
        // Still substantive: other words, numbers, negations, modals, strike-through.
        ("Full-time employment.", "Part-time employment.", false),
        ("Re-sign the forms.", "Resign the forms.", false),
        ("Read the news daily.", "Read the new daily.", false),
        ("Two years of experience.", "Three years of experience.", false),
        ("Job code 17724.", "Job code 17725.", false),
        ("Must lead staff.", "Must not lead staff.", false),
        ("Staff should attend.", "Staff must attend.", false),
        ("Staff may never attend.", "Staff may attend.", false),
        ("Can not attend.", "Cannot attend.", false),
        ("Prepare ~~all~~ journal entries.", "Prepare all journal entries.", false),
        ("Prepare <del>monthly</del> entries.", "Prepare monthly entries.", false),
        ("Review invoices.", "Approve invoices.", false),
        ("Lift < 50 pounds.", "Lift > 50 pounds.", false),
        ("Typing speed of 40 wpm+.", "Typing speed of 40 wpm.", false),
        ("Work overtime as needed.", "Work over time as needed.", false),
        ("Non-exempt positions.", "Nonexempt positions.", false),
        ("Stay aboard the vessel.", "Stay a board the vessel.", false),
        ("Maintain records.", "Maintain files.", false),
    ])
    func editorial(_ before: String, _ after: String, _ expected: Bool) {
        #expect(EditorialCheck.isEditorial(before, after) == expected)
    }

    @Test func hungarianFindsTheOptimumGreedyMisses() {
        // Row 0 prefers column 0 slightly, but row 1 can only use column 0 well.
        let cost = [[0.1, 0.2], [0.3, 0.9]]
        #expect(Hungarian.assign(cost) == [1, 0])
        #expect(Hungarian.assign([[0.5], [0.1], [0.9]]) == [nil, 0, nil])
        #expect(Hungarian.assign([[0.5, 0.1, 0.9]]) == [1])
    }

    @Test func longestIncreasingRunKeepsAllButTheMovedOne() {
        #expect(ItemAligner.longestIncreasingRun([0, 4, 1, 2, 3]) == [0, 2, 3, 4])
    }
}
