import ClaspGit
import ClaspPlan
import ClaspSpec
import ClaspTestSupport
import Foundation
import Testing

@Suite struct PlanGeneratorTests {
    static let small = PlanGenerator.Options(classes: 24, versionsPerClass: 4, lineageEvents: 12, seed: 42)

    @Test func sameSeedGivesTheSameMainCommit() throws {
        let directory = try TemporaryDirectory("clasp-generate")
        let first = try PlanGenerator(options: Self.small).generate(at: directory.path("a"))
        let second = try PlanGenerator(options: Self.small).generate(at: directory.path("b"))
        #expect(first == second)
        var other = Self.small
        other.seed = 43
        let third = try PlanGenerator(options: other).generate(at: directory.path("c"))
        #expect(third.head != first.head)
    }

    @Test func generatedPlanPassesTheChecker() throws {
        let directory = try TemporaryDirectory("clasp-generate")
        let report = try PlanGenerator(options: Self.small).generate(at: directory.path("plan"))
        let plan = try Plan.open(at: directory.path("plan"))
        let snapshot = try plan.current()
        #expect(try PlanChecker().check(snapshot) == [])
        #expect(try snapshot.classIDs().count == report.classes)
        #expect(report.classes == 24)
        #expect(report.commits == (try plan.mainHistory().count))
        let edges = try snapshot.lineageGraph().edges
        #expect(!edges.isEmpty, "merges and splits create edges between classes")
        let kinds = Set(try snapshot.classIDs().flatMap { try snapshot.classRecord($0).events.map(\.kind) })
        #expect(kinds.isSuperset(of: [.established, .retitled, .abolished]))
        #expect(kinds.contains(.mergedInto) || kinds.contains(.splitInto))
    }

    @Test func specsAreOfRealisticLength() throws {
        let directory = try TemporaryDirectory("clasp-generate")
        _ = try PlanGenerator(options: PlanGenerator.Options(classes: 6, versionsPerClass: 2, lineageEvents: 0, seed: 3))
            .generate(at: directory.path("plan"))
        let snapshot = try Plan.open(at: directory.path("plan")).current()
        for id in try snapshot.classIDs() {
            let dates = try snapshot.effectiveDates(id)
            let latest = try #require(dates.last)
            let text = try #require(try snapshot.text(at: PlanLayout.versionFile(id, latest)))
            let words = text.split(whereSeparator: \.isWhitespace).count
            #expect(words > 350, "\(id) has \(words) words")
            let version = try snapshot.version(id, effective: latest)
            #expect(version.flsa != nil && version.pay?.band != nil)
            #expect(version.sections.contains { $0.kind == .duties && $0.items.count >= 6 })
        }
    }

    @Test func indexAgreesWithWalkingOnAGeneratedPlan() throws {
        let directory = try TemporaryDirectory("clasp-generate")
        _ = try PlanGenerator(options: Self.small).generate(at: directory.path("plan"))
        let plan = try Plan.open(at: directory.path("plan"))
        let ids = try plan.current().classIDs()
        var longest = 0
        for id in ids {
            let indexed = try plan.history(ofClass: id)
            #expect(indexed == (try plan.historyByWalking(ofClass: id)), "history of \(id)")
            longest = max(longest, indexed.count)
        }
        #expect(longest >= 4)
    }
}

@Suite struct LineagePresetTests {
    /// The benchmark times the lineage of a class with at least 20 ancestors (issue 7).
    @Test func lineagePresetHasAClassWithTwentyAncestors() throws {
        let options = try #require(PlanGenerator.Options.preset("lineage"))
        let graph = LineageGraph(PlanGenerator(options: options).lineageClasses())
        let most = graph.classIDs.map { graph.predecessors(of: $0, transitive: true).count }.max() ?? 0
        #expect(most >= 20, "the deepest class has \(most) ancestors")
    }
}
