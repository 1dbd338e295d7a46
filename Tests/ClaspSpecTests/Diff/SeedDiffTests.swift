import Foundation
import Testing
@testable import ClaspSpec

/// The real Finance Technician seed, imported, edited in five known ways, and diffed: the JSON
/// must hold exactly those five changes.
@Suite struct SeedDiffTests {
    /// Applies `body` to every section (at any depth) that `matches`; returns how many it touched.
    @discardableResult
    static func edit(_ sections: inout [Section], where matches: (Section, [Section]) -> Bool,
                     ancestors: [Section] = [], _ body: (inout Section) -> Void) -> Int {
        var count = 0
        for index in sections.indices {
            if matches(sections[index], ancestors) { body(&sections[index]); count += 1 }
            count += edit(&sections[index].sections, where: matches, ancestors: ancestors + [sections[index]], body)
        }
        return count
    }

    @Test func fiveEditsGiveExactlyFiveChanges() throws {
        let old = try Fixtures.importedFinanceTechnician().version
        var new = old
        // 1 and 4: a duty moved from second to tenth place, and a duty added at the end.
        let duties = Self.edit(&new.sections, where: { s, _ in s.kind == .duties }) { s in
            let moved = s.items.remove(at: 1)
            s.items.insert(moved, at: 9)
            s.items.append(Item(text: "Prepare and present monthly cash reconciliation reports to the Finance Manager."))
        }
        // 2: experience raised for Finance Technician I.
        let experience = Self.edit(&new.sections, where: { s, _ in s.kind == .experience && s.level == "I" }) { s in
            s.text[0] = s.text[0].replacingOccurrences(of: "Two years", with: "Three years")
        }
        // 3: an ability reworded.
        let ability = Self.edit(&new.sections, where: { s, _ in s.kind == .abilities && s.level == "I" }) { s in
            s.items = s.items.map { item in
                var item = item
                if item.text == "Make accurate mathematical calculations." {
                    item.text = "Make accurate and timely mathematical calculations."
                }
                return item
            }
        }
        // 5: the driver's-license requirement removed from Finance Technician II.
        let license = Self.edit(&new.sections, where: { s, _ in s.kind == .qualifications && s.heading == "Finance Technician II" }) { s in
            s.sections.removeAll { $0.kind == .licenses }
        }
        #expect([duties, experience, ability, license] == [Int](repeating: 1, count: 4))
        #expect(new != old)

        let json = SpecDiffRenderer.json(try SpecDiff().compare(old, new))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let changes = try #require(document["changes"] as? [[String: Any]])
        let described = changes.map { change -> String in
            let path = (change["path"] as? [String: Any])?["key"] as? String ?? "?"
            return "\(change["operation"] as? String ?? "?") \(change["category"] as? String ?? "?") \(path)"
        }
        #expect(described == [
            "moved duties duties/item 2->10",
            "added duties duties/item +17",
            "reworded qualifications qualifications/qualifications@I/abilities@I/item 8",
            "reworded qualifications qualifications/qualifications@I/qualifications@I/experience@I/paragraph 1",
            "removed qualifications qualifications/qualifications@II/licenses@II",
        ])
        let quantities = changes.map { ($0["quantities"] as? [[String: Any]]) ?? [] }
        #expect(quantities.map(\.count) == [0, 0, 0, 1, 0])
        let experienceQuantity = try #require(quantities[3].first)
        let values = (experienceQuantity["before"] as? Double, experienceQuantity["after"] as? Double)
        #expect(values.0 == Double(2))
        #expect(values.1 == Double(3))
        #expect(experienceQuantity["unit"] as? String == "years")
        #expect(experienceQuantity["direction"] as? String == "raised")
        let summary = try #require(document["summary"] as? [String: Any])
        let counts = (summary["substantive"] as? Int, summary["editorial"] as? Int)
        #expect(counts.0 == 5)
        #expect(counts.1 == 0)
    }
}
