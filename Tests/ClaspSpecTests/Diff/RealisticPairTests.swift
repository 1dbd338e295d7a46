import Testing
@testable import ClaspSpec

/// Whole-spec revisions (``RealisticPairs``): the complete change list, and how it reads.
@Suite struct RealisticPairTests {
    static func describe(_ pair: (old: SpecVersion, new: SpecVersion)) throws -> (SpecChangeSet, String) {
        let set = try SpecDiff().compare(pair.old, pair.new)
        return (set, SpecDiffRenderer.text(set, colour: false))
    }

    @Test func aRewrittenSpecReadsAsMovesEditsAndACodeChange() throws {
        let (set, text) = try Self.describe(RealisticPairs.rewritten)
        #expect(set.changes.map { ExpectedChange($0).description } == [
            "field-changed code code",
            "reworded editorial definition/paragraph 1",
            "removed supervision supervision-exercised/paragraph 1-",
            "moved supervision supervision-exercised/paragraph 5->1",
            "reworded editorial duties/item 1",
            "moved duties duties/item 2->3",
            "reworded physical physical-demands/paragraph 1",
        ])
        // The code is a code, not a quantity.
        #expect(set.changes[0].quantities.isEmpty)
        #expect(set.changes[0].summary == "Class code changed from “17724” to “17725”")
        #expect(!text.contains("raised"))
        // Hyphenation and plurals are editorial; the moved duty names both sections.
        #expect(set.editorialCount == 2)
        #expect(text.contains("> [supervision] Duty moved from “EXAMPLES OF ESSENTIAL DUTIES” to “SUPERVISION EXERCISED” and reworded"))
        #expect(text.contains("    from: EXAMPLES OF ESSENTIAL DUTIES › item 5 (old)\n"))
        #expect(SpecDiffRenderer.markdown(set, title: "t").contains("- Moved from: EXAMPLES OF ESSENTIAL DUTIES › item 5 (old)"))
        #expect(SpecDiffRenderer.html(set).contains("<p class=\"clasp-change-origin\">Moved from EXAMPLES OF ESSENTIAL DUTIES › item 5 (old)</p>"))
        #expect(text.contains("""
            By section:
              Class record: 1 changed
              DEFINITION: 1 edited (editorial)
              SUPERVISION EXERCISED: 1 removed, 1 moved in
              EXAMPLES OF ESSENTIAL DUTIES: 1 edited (editorial), 1 moved, 1 moved out
              PHYSICAL DEMANDS: 1 reworded

            """))
        #expect(set.categories == [.editorial, .code, .duties, .supervision, .physical])
        #expect(SpecDiffRenderer.json(set).contains("\"origin\""))
    }

    @Test func aRewordedKSAListSeparatesTidyingFromNewContent() throws {
        let (set, text) = try Self.describe(RealisticPairs.rewordedKSA)
        #expect(set.changes.map { ExpectedChange($0).description } == [
            "reworded editorial knowledge/item 2",
            "reworded editorial knowledge/item 3",
            "added qualifications knowledge/item +5",
            "reworded qualifications abilities/item 2",
        ])
        #expect(text.contains("Knowledge of: 1 added, 2 edited (editorial)"))
        #expect(text.contains("Operate a personal computer and [-standard office-] {+enterprise resource planning+} software."))
    }

    @Test func aRaisedExperienceRequirementIsCalledARaiseAndThePayRangeIsNot() throws {
        let (set, text) = try Self.describe(RealisticPairs.raisedExperience)
        #expect(set.changes.map { ExpectedChange($0).description } == [
            "field-changed pay pay.range",
            "reworded qualifications qualifications/experience/paragraph 1 [\"2->3 years raised\"]",
            "reworded qualifications qualifications/education/paragraph 1",
        ])
        #expect(text.contains("~ [qualifications] Experience raised from two to three years\n"))
        #expect(text.contains("* [pay] Pay range changed from “14” to “15”\n"))
        #expect(set.substantiveCount == 3)
    }

    @Test(arguments: [RealisticPairs.rewritten, RealisticPairs.rewordedKSA, RealisticPairs.raisedExperience].map { [$0.old, $0.new] })
    func routingSeesTheSameChanges(_ pair: [SpecVersion]) throws {
        let full = try SpecDiff().compare(pair[0], pair[1])
        let bare = try SpecDiff(options: SpecDiffOptions(describesChanges: false)).compare(pair[0], pair[1])
        #expect(bare.changes.map(\.path) == full.changes.map(\.path))
        #expect(bare.changes.map(\.category) == full.changes.map(\.category))
        #expect(bare.categories == full.categories)
    }
}
