import ClaspGit
@testable import ClaspPlan
import ClaspSpec
import ClaspTestSupport
import Foundation
import Testing

/// `adopt` routes a proposal with a fresh read of its trees; `audit verify` routes it through
/// its memo of what earlier adoptions decoded. Both go through `evaluate`; this compares their
/// answers on every adoption of a generated plan (retitles, merges, splits, editorial and
/// substantive revisions), in the audit's order with one memo, as the audit holds it.
@Suite struct RoutingPathTests {
    @Test func theAuditsMemoRoutesEveryGeneratedAdoptionAsAdoptDoes() throws {
        let directory = try TemporaryDirectory("clasp-routing")
        _ = try PlanGenerator(options: .init(classes: 30, versionsPerClass: 5, lineageEvents: 8, seed: 11))
            .generate(at: directory.path("plan"), batchSize: 9)
        let plan = try Plan.open(at: directory.path("plan"))
        let memo = AuditMemo()
        var compared = 0
        for commit in try plan.mainHistory().reversed() {
            guard let number = try plan.commit(commit).trailers.value(.proposal).flatMap(Int.init) else { continue }
            let proposal = try plan.proposal(number)
            let fresh = try plan.evaluate(proposal)
            let memoized = try plan.evaluate(proposal, memo: memo)
            #expect(fresh.categories == memoized.categories, "proposal \(number)")
            #expect(fresh.stages.map(\.stage) == memoized.stages.map(\.stage), "proposal \(number)")
            #expect(fresh.changes.map(\.path) == memoized.changes.map(\.path), "proposal \(number)")
            #expect(fresh.changes.map(\.categories) == memoized.changes.map(\.categories), "proposal \(number)")
            compared += 1
        }
        #expect(compared > 100)
    }
}
