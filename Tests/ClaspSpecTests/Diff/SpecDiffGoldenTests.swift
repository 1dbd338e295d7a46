import Testing
@testable import ClaspSpec

/// Runs the golden table: every row checks the complete, ordered list of changes.
@Suite struct SpecDiffGoldenTests {
    @Test(arguments: GoldenCases.all)
    func producesExactlyTheExpectedChanges(_ row: DiffCase) throws {
        let set = try SpecDiff().compare(row.old, row.new)
        #expect(set.changes.map(ExpectedChange.init) == row.expected)
        for change in set.changes {
            #expect(!change.summary.isEmpty)
            if change.operation == .reworded {
                #expect(change.words.contains { $0.kind != .equal }, "a rewording shows which words changed")
            }
        }
    }

    @Test func tableIsLargeAndCoversEveryOperationAndCategory() {
        let rows = GoldenCases.all
        #expect(rows.count >= 30)
        let expected = rows.flatMap(\.expected)
        #expect(Set(expected.map(\.operation)) == Set(ChangeOperation.allCases))
        let categories = Set(expected.map(\.category))
        #expect(categories == Set(ChangeCategory.allCases))
        #expect(Set(rows.map(\.name)).count == rows.count, "row names are unique")
    }
}
