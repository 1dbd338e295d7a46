import ClaspTestSupport
import Foundation
import Testing
@testable import ClaspSpec

/// Diffing two long specs stays fast: no quadratic work over all the words of a spec.
@Suite struct SpecDiffPerformanceTests {
    /// A deterministic spec of about `words` words: 20 sections of 25 twenty-word duties.
    static func longSpec(seed: UInt64) -> SpecVersion {
        var state = seed
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let vocabulary = ["prepare", "review", "reconcile", "ledger", "account", "report", "budget", "vendor",
                          "payment", "invoice", "record", "system", "staff", "public", "inquiry", "policy",
                          "procedure", "audit", "revenue", "expense", "fund", "grant", "payroll", "schedule",
                          "analyze", "maintain", "coordinate", "process", "verify", "compile", "city", "department"]
        let sections = (0..<20).map { s in
            Section(kind: .duties, heading: "DUTIES \(s)", items: (0..<25).map { i in
                let words = (0..<19).map { _ in vocabulary[next() % vocabulary.count] }
                return Item(text: "Item \(s)-\(i): " + words.joined(separator: " ") + ".")
            })
        }
        return Fixture.spec(sections)
    }

    @Test func tenThousandWordSpecsDiffQuickly() throws {
        let old = Self.longSpec(seed: 42)
        #expect(old.sections.flatMap(\.items).map { $0.text.split(separator: " ").count }.reduce(0, +) >= 10_000)
        var new = old
        for s in stride(from: 0, to: 20, by: 3) {
            new.sections[s].items[3].text += " as assigned"                  // reworded
            new.sections[s].items.swapAt(5, 20)                              // moved
            new.sections[s].items.remove(at: 10)                             // removed
            new.sections[s].items.append(Item(text: "Perform related work as required."))  // added
        }
        let diff = SpecDiff()
        _ = try diff.compare(old, new)  // warm up
        var set: SpecChangeSet?
        let elapsed = try ThreadCPUClock.measure { set = try diff.compare(old, new) }
        let changes = try #require(set).changes
        #expect(changes.count { $0.operation == .reworded } == 7)
        #expect(changes.count { $0.operation == .removed } == 7)
        #expect(changes.count { $0.operation == .added } == 7)
        #expect(changes.count { $0.operation == .moved } >= 7)
        #if DEBUG
        let limit = Duration.milliseconds(5_000)
        #else
        let limit = Duration.milliseconds(50)
        #endif
        #expect(elapsed < limit, "diff of two 10,000-word specs took \(elapsed)")
    }

    @Test func wholesaleRewriteStaysBounded() throws {
        let old = Self.longSpec(seed: 1)
        let new = Self.longSpec(seed: 2)
        let elapsed = try ThreadCPUClock.measure { _ = try SpecDiff().compare(old, new) }
        #expect(elapsed < .seconds(5), "unrelated 10,000-word specs took \(elapsed)")
    }
}
