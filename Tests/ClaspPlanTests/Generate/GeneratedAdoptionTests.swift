import ClaspGit
import ClaspPlan
import ClaspSpec
import ClaspTestSupport
import Foundation
import Testing

/// The generator's batched writer against the real adoption commands: same objects, and a plan
/// `audit verify` accepts in full.
@Suite struct GeneratedAdoptionTests {
    static let small = PlanGenerator.Options(classes: 10, versionsPerClass: 3, lineageEvents: 6, seed: 7)

    @Test func batchedWriterWritesExactlyWhatTheAdoptionCommandsWrite() throws {
        let directory = try TemporaryDirectory("clasp-generate-equivalence")
        let batched = try PlanGenerator(options: Self.small).generate(at: directory.path("batched"), via: .batched, batchSize: 7)
        let commands = try PlanGenerator(options: Self.small).generate(at: directory.path("commands"), via: .adoptionCommands)
        #expect(batched == commands)
        let fast = try Repository.open(at: directory.path("batched"))
        let real = try Repository.open(at: directory.path("commands"))
        let fastRefs = try fast.references(withPrefix: "refs/").map { "\($0.name) \($0.target.hex)" }.sorted()
        let realRefs = try real.references(withPrefix: "refs/").map { "\($0.name) \($0.target.hex)" }.sorted()
        #expect(fastRefs.count == 2 * (batched.commits - 1) + 1, "main plus a head and a meta ref per adoption")
        #expect(fastRefs == realRefs)
    }

    @Test func everyGeneratedCommitIsAnAdoptionTheAuditAccepts() throws {
        let directory = try TemporaryDirectory("clasp-generate-audit")
        let report = try PlanGenerator(options: Self.small).generate(at: directory.path("plan"), batchSize: 5)
        let plan = try Plan.open(at: directory.path("plan"))
        let audit = try plan.auditVerify()
        #expect(audit.findings == [])
        #expect(audit.adoptions.count == report.commits - 1)
        #expect(audit.bootstraps.isEmpty)
        #expect(audit.proposalsChecked == report.commits - 1)
        let stages = try plan.proposals().map { try plan.status(of: $0.number).stages.map(\.stage) }
        #expect(stages.contains(["analyst-review", "committee", "commission"]), "establishing a class needs every stage")
        #expect(stages.allSatisfy { !$0.isEmpty })
    }

    @Test func generatedPlansUseTheProjectsDefaultWorkflows() throws {
        let directory = try TemporaryDirectory("clasp-generate-workflows")
        _ = try PlanGenerator(options: PlanGenerator.Options(classes: 2, versionsPerClass: 1, lineageEvents: 0))
            .generate(at: directory.path("plan"))
        let snapshot = try Plan.open(at: directory.path("plan")).current()
        let folder = PackagePaths.root.appendingPathComponent("Workflows")
        for name in ["default.yaml", "governance.yaml"] {
            let project = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(try snapshot.text(at: "workflows/\(name)") == project)
        }
    }
}
