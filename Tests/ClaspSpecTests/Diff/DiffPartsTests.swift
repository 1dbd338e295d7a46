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
        ("$1,000 per year", "$1,500 per year", ["1000->1500 - raised"]),
        ("2 years and 18 units", "two years and 18 units", []),
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
        ("Receive payments.", "Receive payment.", false),
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
