import ClaspGit
import ClaspPlan
import ClaspSpec
import ClaspTestSupport
import Foundation
import Testing

/// The audit routes each new version against the class's previous one, which it keeps decoded
/// from the previous adoption (`AuditMemo.latestVersions`). Texts a byte apart must still be
/// told apart: an editorial fix of a substantive revision is routed as editorial, not against the
/// text before the revision.
@Suite struct AuditRoutingMemoTests {
    static let voters = ["bchen", "cmorgan", "dpatel", "ejohnson", "fgarcia", "gkim", "hlopez"]

    /// Opens a new version on `effective`, approves it with only as many votes as its routing
    /// needs, and adopts it; returns the number of stages it was routed to.
    static func adopt(_ fixture: ApprovalFixture, duty: String, effective: String, minute: Int) throws -> Int {
        var version = ApprovalFixture.version(duty: duty)
        version.effective = try #require(PlanDate(iso: effective))
        let proposal = try fixture.plan.propose(.revise(ApprovalFixture.classID, to: version, reason: "revision \(effective)"),
                                                by: "aortiz", at: ApprovalFixture.clock(minute))
        for (offset, voter) in voters.enumerated() where !(try fixture.plan.status(of: proposal.number).readyToAdopt) {
            _ = try? fixture.plan.vote(proposal.number, .approve, comment: "", by: voter, at: ApprovalFixture.clock(minute + 1 + offset))
        }
        let status = try fixture.plan.status(of: proposal.number)
        try #require(status.readyToAdopt)
        try fixture.plan.adopt(proposal.number, by: "bchen", at: ApprovalFixture.clock(minute + 10))
        return status.stages.count
    }

    @Test func anEditorialFixOneByteAwayFromASubstantiveRevisionIsRoutedAgainstThatRevision() throws {
        let fixture = try ApprovalFixture()
        let substantive = try Self.adopt(fixture, duty: "Reconcile acounts and prepare payroll reports.", effective: "2021-01-01", minute: 20)
        let editorial = try Self.adopt(fixture, duty: "Reconcile accounts and prepare payroll reports.", effective: "2022-01-01", minute: 40)
        // The fix needed fewer stages than the revision; routed against the 2019 text it would
        // need the revision's stages, and its few votes would be reported as insufficient.
        #expect(editorial < substantive)
        let report = try fixture.plan.auditVerify()
        #expect(report.isClean, "\(report.findings)")
        #expect(report.adoptions.count == 2)
    }
}
