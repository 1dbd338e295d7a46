import Testing
@testable import ClaspSpec

/// Errors, summaries, escaping and the set's counters.
@Suite struct SpecDiffBehaviourTests {
    @Test(arguments: [SpecDiffError.Side.old, .new])
    func versionWithoutTextCannotBeCompared(_ side: SpecDiffError.Side) {
        var missing = Fixture.spec(title: "Accounting Technician", [])
        missing.textOnFile = false
        let present = Fixture.spec([Fixture.duties(Fixture.baseDuties)])
        let (old, new) = side == .old ? (missing, present) : (present, missing)
        #expect(throws: SpecDiffError.textNotOnFile(side: side, title: missing.title, effective: missing.effective)) {
            try SpecDiff().compare(old, new)
        }
        let error = SpecDiffError.textNotOnFile(side: side, title: "Accounting Technician", effective: Fixture.day1)
        #expect(error.description.contains("\(side.rawValue) version's text is not on file"))
    }

    @Test func summariesReadAsSentences() throws {
        let set = try RichDiffCase.changes()
        let summaries = set.changes.map(\.summary)
        #expect(summaries.contains("Experience raised from two to three years for level I"))
        #expect(summaries.contains("FLSA status changed from “non-exempt” to “exempt”"))
        #expect(summaries.contains("Time share of duty 1 lowered from 45% to 40%"))
        #expect(summaries.contains { $0.hasPrefix("Section “License or Certificate” removed for level II") })
    }

    /// The unit agrees with the number it follows.
    @Test func aQuantityLoweredToOneReadsInTheSingular() throws {
        let old = Fixture.spec([Fixture.section(.experience, "Experience", text: ["Two years of bookkeeping experience."])])
        let new = Fixture.spec([Fixture.section(.experience, "Experience", text: ["One year of bookkeeping experience."])])
        let summaries = try SpecDiff().compare(old, new).changes.map(\.summary)
        #expect(summaries.contains { $0.contains("lowered from two years to one year") }, "\(summaries)")
        let feet = QuantityChange(before: 6, after: 1, beforeText: "6", afterText: "1", unit: "feet")
        #expect(feet.phrase == "lowered from 6 feet to 1 foot")
        let percent = QuantityChange(before: 5, after: 1, beforeText: "5%", afterText: "1%", unit: "%")
        #expect(percent.phrase == "lowered from 5% to 1%")
        let raised = QuantityChange(before: 1, after: 2, beforeText: "one", afterText: "two", unit: "years")
        #expect(raised.phrase == "raised from one to two years")
    }

    @Test func counters() throws {
        let set = try RichDiffCase.changes()
        #expect(set.editorialCount == 1)
        #expect(set.substantiveCount == set.changes.count - 1)
        #expect(set.categories == [.editorial, .flsa, .duties, .qualifications])
        #expect(!set.isEmpty)
        #expect(try SpecDiff().compare(RichDiffCase.old, RichDiffCase.old).isEmpty)
    }

    @Test func htmlEscapesScriptInSpecText() throws {
        let evil = "<script>alert('x')</script> & \"quotes\""
        let old = Fixture.spec(title: "Clerk <b>", [Fixture.duties(["File records."])])
        let new = Fixture.spec(title: "Clerk <i>", [Fixture.duties(["File records.", evil],
                                                                  heading: "<img src=x onerror=alert(1)>")])
        let html = SpecDiffRenderer.html(try SpecDiff().compare(old, new))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"))
        #expect(html.contains("<ins>"))
        let markdown = SpecDiffRenderer.markdown(try SpecDiff().compare(old, new), title: "<script>")
        #expect(!markdown.contains("<script>"))
    }

    @Test func moveOfAnEditedEntryIsNotEditorial() throws {
        let old = Fixture.spec([Fixture.duties(Fixture.baseDuties)])
        var moved = Array(Fixture.baseDuties[1...])
        moved.append("prepare journal entries and general ledger reconciliations")
        let set = try SpecDiff().compare(old, Fixture.spec([Fixture.duties(moved)]))
        #expect(set.changes.map(ExpectedChange.init) == [.init(.reworded, .duties, "duties/item 1->5")])
        #expect(set.changes.first?.summary == "Duty reworded and moved from position 1 to 5")
    }
}
