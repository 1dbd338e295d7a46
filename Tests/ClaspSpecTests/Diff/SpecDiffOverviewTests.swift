import Foundation
import Testing
@testable import ClaspSpec

/// The summary before the changes: one line per section, long unchanged word runs and long runs
/// of editorial edits shortened for reading (the JSON keeps everything).
@Suite struct SpecDiffOverviewTests {
    typealias F = Fixture

    @Test func tallyCountsEachSectionsChangesAndMovesAtBothEnds() throws {
        let training = "Train and review the work of part-time staff and student assistants."
        let old = F.spec([F.duties(F.baseDuties + [training]),
                          F.section(.supervisionExercised, "SUPERVISION EXERCISED:", items: ["Leads clerical staff."])])
        var duties = F.baseDuties
        duties[0] = "Prepare journal entries, bank reconciliations and general ledger reconciliations."
        duties += ["Prepare monthly cash reports.", "Process vendor invoices for payment."]
        let new = F.spec([F.duties(duties),
                          F.section(.supervisionExercised, "SUPERVISION EXERCISED:", items: ["Leads clerical staff.", training])])
        let set = try SpecDiff().compare(old, new)
        #expect(set.sectionTallies.map(\.line) == [
            "EXAMPLES OF ESSENTIAL DUTIES: 2 added, 1 reworded, 1 moved out",
            "SUPERVISION EXERCISED: 1 moved in",
        ])
        let text = SpecDiffRenderer.text(set, colour: false)
        #expect(text.contains("By section:\n  EXAMPLES OF ESSENTIAL DUTIES: 2 added, 1 reworded, 1 moved out\n"))
        #expect(SpecDiffRenderer.markdown(set, title: "t").contains("- EXAMPLES OF ESSENTIAL DUTIES: 2 added, 1 reworded, 1 moved out"))
        #expect(SpecDiffRenderer.html(set).contains("<li>SUPERVISION EXERCISED: 1 moved in</li>"))
    }

    @Test func typedFieldsAreTalliedAsTheClassRecord() throws {
        let set = try SpecDiff().compare(F.spec(code: "17724", []), F.spec(code: "17725", []))
        #expect(set.sectionTallies.map(\.line) == ["Class record: 1 changed"])
    }

    @Test func longUnchangedRunsOfWordsAreCounted() {
        let words = (1...30).map { "w\($0)" }.joined(separator: " ")
        let segments = WordDiff.segments(before: words + " old " + words, after: words + " new " + words, cellCap: 10_000)
        let collapsed = ReadableWords.collapsed(segments)
        #expect(collapsed.first == .init(.equal, "… 25 unchanged words … w26 w27 w28 w29 w30"))
        #expect(collapsed.last == .init(.equal, "w1 w2 w3 w4 w5 … 25 unchanged words …"))
        #expect(collapsed.dropFirst().first == .init(.deleted, "old"))
        #expect(ReadableWords.collapsed([.init(.equal, "a b c"), .init(.inserted, "d")]) == [.init(.equal, "a b c"), .init(.inserted, "d")])
    }

    @Test func aLongRunOfEditorialEditsShowsItsFirstOnesAndACount() throws {
        let old = (1...8).map { "Maintain the \($0 == 1 ? "first" : "other") files of section number \($0) in good order." }
        let new = old.map { $0.replacingOccurrences(of: "files", with: "file") }
        let set = try SpecDiff().compare(F.spec([F.duties(old)]), F.spec([F.duties(new)]))
        #expect(set.editorialCount == 8 && set.substantiveCount == 0)
        let text = SpecDiffRenderer.text(set, colour: false, collapsingEditorialRuns: true)
        #expect(text.components(separatedBy: "Duty edited (editorial)").count - 1 == 3)
        // By default (what voters read) every change is listed.
        #expect(SpecDiffRenderer.text(set, colour: false).components(separatedBy: "Duty edited (editorial)").count - 1 == 8)
        #expect(text.contains("… 5 more editorial edits\n"))
        // The packet and the JSON keep every change.
        #expect(SpecDiffRenderer.markdown(set, title: "t").components(separatedBy: "Duty edited (editorial)").count - 1 == 8)
    }
}
