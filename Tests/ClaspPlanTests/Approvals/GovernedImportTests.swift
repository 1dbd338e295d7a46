import ClaspGit
import ClaspPlan
import ClaspSpec
import ClaspTestSupport
import Foundation
import Testing

/// Bootstrap imports start a plan; once it adopts a proposal its classes change through
/// proposals, and an administrator's override is on the record.
@Suite struct GovernedImportTests {
    static func adoptedFixture(adjust: ((inout Workflow) -> Void)? = nil) throws -> ApprovalFixture {
        let fixture = try ApprovalFixture(adjust: adjust)
        _ = try fixture.propose(ApprovalFixture.version(duty: "Reconcile acounts and prepare reports."))
        try fixture.plan.vote(1, .approve, comment: "", by: "bchen", at: ApprovalFixture.clock(11))
        try fixture.plan.adopt(1, by: "bchen", at: ApprovalFixture.clock(12))
        return fixture
    }

    static func overwrite() -> ImportRequest {
        ImportRequest(classID: ApprovalFixture.classID, version: ApprovalFixture.version(duty: "Anything at all."), source: "t")
    }

    @Test func anImportIntoAGovernedPlanIsRefusedAndWritesNothing() throws {
        let fixture = try Self.adoptedFixture()
        let head = try fixture.plan.mainHead()
        #expect(throws: ApprovalError.governed(adoptions: 1)) {
            _ = try fixture.plan.importVersions([Self.overwrite()], by: "admin", replace: true, at: ApprovalFixture.clock(13))
        }
        #expect(throws: ApprovalError.governed(adoptions: 1)) {
            _ = try fixture.plan.importVersions([Self.overwrite()], by: "admin", replace: true, overrideReason: "  ", at: ApprovalFixture.clock(13))
        }
        #expect(try fixture.plan.mainHead() == head)
    }

    @Test func anOverrideIsRecordedAndReportedByTheAudit() throws {
        let fixture = try Self.adoptedFixture()
        let outcomes = try fixture.plan.importVersions([Self.overwrite()], by: "admin", replace: true, overrideReason: "Court order 17",
                                                       at: ApprovalFixture.clock(13))
        let commit = try #require(outcomes.first?.commit.flatMap(ObjectID.init(hex:)))
        #expect(try fixture.plan.commit(commit).trailers.value(.overrideReason) == "Court order 17")
        let report = try fixture.plan.auditVerify()
        #expect(report.findings.map(\.problem) == [.importBypassedWorkflow(reason: "Court order 17")])
        #expect(report.findings.first?.commit == commit)
    }

    @Test func aWorkflowThatAllowsAdministratorImportsKeepsTheAuditClean() throws {
        let fixture = try Self.adoptedFixture { $0.allowsAdministratorImports = true }
        _ = try fixture.plan.importVersions([Self.overwrite()], by: "admin", replace: true, at: ApprovalFixture.clock(13))
        #expect(try fixture.plan.auditVerify().isClean)
    }

    /// The whole plan the import would make is checked: a version dated before its class was
    /// established is refused, and nothing moves.
    @Test func anImportThatWouldFailCheckWritesNothing() throws {
        let fixture = try ApprovalFixture()
        let head = try fixture.plan.mainHead()
        var early = ApprovalFixture.version()
        early.effective = PlanDate(iso: "2001-01-01")!
        let good = ImportRequest(classID: "payroll-clerk", version: ApprovalFixture.version(), source: "good")
        #expect {
            _ = try fixture.plan.importVersions([good, ImportRequest(classID: ApprovalFixture.classID, version: early, source: "t")],
                                                by: "admin", at: ApprovalFixture.clock(3))
        } throws: { error in
            guard case ApprovalError.invalidProposal(let findings) = error else { return false }
            return findings.contains { $0.contains("2001-01-01") && $0.contains("before the class was established") }
        }
        #expect(try fixture.plan.mainHead() == head)
        #expect(try !fixture.plan.current().hasClass("payroll-clerk"))
    }

    /// A new title for an existing class is refused unless the import says it is a retitle.
    @Test func aNewTitleWithoutRetitleIsRefused() throws {
        let fixture = try ApprovalFixture()
        let head = try fixture.plan.mainHead()
        var retitled = ApprovalFixture.version()
        retitled.title = "Finance Specialist"
        retitled.effective = PlanDate(iso: "2021-01-01")!
        #expect {
            _ = try fixture.plan.importVersions([ImportRequest(classID: ApprovalFixture.classID, version: retitled, source: "t")],
                                                by: "admin", at: ApprovalFixture.clock(3))
        } throws: { error in
            guard case PlanError.invalidInput(let message) = error else { return false }
            return message.contains("Finance Specialist") && message.contains("--retitle-from")
        }
        #expect(try fixture.plan.mainHead() == head)
    }
}
