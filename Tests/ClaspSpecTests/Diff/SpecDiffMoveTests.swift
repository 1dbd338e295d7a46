import ClaspTestSupport
import Testing
@testable import ClaspSpec

/// How a move across sections reads and routes.
@Suite struct SpecDiffMoveTests {
    typealias F = Fixture
    static let training = "Train and review the work of part-time staff and student assistants."

    static func moved(reworded: Bool) throws -> SpecChangeSet {
        let old = F.spec([F.duties(F.baseDuties + [training]),
                          F.section(.supervisionExercised, "SUPERVISION EXERCISED", items: ["Leads clerical staff."])])
        let landed = reworded ? "Train, assign and review the work of part-time staff and student assistants." : training
        let new = F.spec([F.duties(F.baseDuties),
                          F.section(.supervisionExercised, "SUPERVISION EXERCISED", items: ["Leads clerical staff.", landed])])
        return try SpecDiff().compare(old, new)
    }

    @Test func aMoveNamesBothSectionsAndKeepsBothCategories() throws {
        let set = try Self.moved(reworded: false)
        let change = try #require(set.changes.first)
        #expect(set.changes.count == 1)
        #expect(change.summary == "Duty moved from “EXAMPLES OF ESSENTIAL DUTIES” to “SUPERVISION EXERCISED”")
        #expect(change.origin?.description == "duties/item 6-")
        #expect(change.isSubstantive)
        // Routing sees the section the text left as well as the one it entered.
        #expect(set.categories == [.duties, .supervision])
    }

    @Test func aMovedAndRewordedEntrySaysSoAndShowsItsWords() throws {
        let change = try #require(try Self.moved(reworded: true).changes.first)
        #expect(change.operation == .moved)
        #expect(change.summary.hasSuffix("and reworded"))
        #expect(change.words.contains(.init(.inserted, "assign and")) || change.words.contains { $0.kind == .inserted })
        #expect(change.category == .supervision)
    }

    @Test func theJSONCarriesTheOrigin() throws {
        let json = SpecDiffRenderer.json(try Self.moved(reworded: false))
        #expect(json.contains("\"origin\""))
        #expect(json.contains("\"key\" : \"duties/item 6-\""))
    }

    @Test func routingFindsTheSameMove() throws {
        let old = F.spec([F.duties(F.baseDuties + [Self.training]), F.section(.supervisionExercised, "SUPERVISION EXERCISED")])
        let new = F.spec([F.duties(F.baseDuties), F.section(.supervisionExercised, "SUPERVISION EXERCISED", items: [Self.training])])
        let full = try SpecDiff().compare(old, new)
        let bare = try SpecDiff(options: SpecDiffOptions(describesChanges: false)).compare(old, new)
        #expect(bare.changes.map(\.path) == full.changes.map(\.path))
        #expect(bare.changes.map(\.operation) == [.moved])
        #expect(bare.categories == full.categories)
    }

    @Test func aQuantityChangedOnTheWayIsNamed() throws {
        let old = F.spec([F.duties(F.baseDuties + ["Travel to field offices up to 20 miles per day to collect deposits."]),
                          F.section(.physicalDemands, "PHYSICAL DEMANDS", text: ["Sit for long periods."])])
        let new = F.spec([F.duties(F.baseDuties),
                          F.section(.physicalDemands, "PHYSICAL DEMANDS",
                                    text: ["Sit for long periods.", "Travel to field offices up to 40 miles per day to collect deposits."])])
        let change = try #require(try SpecDiff().compare(old, new).changes.first)
        #expect(change.operation == .moved && change.category == .physical)
        #expect(change.summary == "Duty moved from “EXAMPLES OF ESSENTIAL DUTIES” to “PHYSICAL DEMANDS” and reworded; raised from 20 to 40 miles")
    }
}

extension SpecDiffMoveTests {
    /// One duty removed beside a new section of a thousand entries: paired without building a
    /// thousand-square assignment.
    @Test func oneRemovalBesideAHugeNewSectionStaysFast() throws {
        let old = F.spec([F.duties(F.baseDuties + [Self.training])])
        let many = (1...1_000).map { "Maintain reference file number \($0) for the records retention schedule." }
        let new = F.spec([F.duties(F.baseDuties),
                          F.section(.supervisionExercised, "SUPERVISION EXERCISED", items: many + [Self.training])])
        var set: SpecChangeSet?
        let elapsed = try ThreadCPUClock.measure { set = try SpecDiff().compare(old, new) }
        #expect(elapsed < .seconds(10))
        #expect(set?.changes.map(\.operation) == [.added, .moved])
    }
}
