import ClaspGit
import ClaspPlan
import ClaspSpec
import ClaspTestSupport
import Foundation
import Testing

/// The audit's checks that need the whole history, not one commit: they run after the parallel
/// runs, from what the runs found, so they must hold when the commits involved fall in
/// different runs.
@Suite struct AuditCrossCheckTests {
    /// Appends `count` commits made with plain git (same tree, no trailers) to main.
    static func appendPlainCommits(_ fixture: ApprovalFixture, count: Int) throws -> [String] {
        let tree = try fixture.git("rev-parse", "main^{tree}").stdout.trimmingWhitespace
        var parent = try fixture.git("rev-parse", "main").stdout.trimmingWhitespace
        var made: [String] = []
        for index in 0..<count {
            parent = try fixture.git("commit-tree", tree, "-p", parent, "-m", "Filler \(index)").stdout.trimmingWhitespace
            made.append(parent)
        }
        _ = try fixture.git("update-ref", "refs/heads/main", parent)
        return made
    }

    @Test func anAdoptionRepeatedFarLaterIsReportedAsAdoptedTwice() throws {
        let fixture = try ApprovalFixture()
        let number = try ConcurrencyAndAuditTests.approvedProposals(fixture, count: 1)[0]
        let adopted = try fixture.plan.adopt(number, by: "aortiz", at: ApprovalFixture.clock(40))
        // Enough commits between the two that, with two cores, they are verified by different runs.
        let fillers = try Self.appendPlainCommits(fixture, count: 140)
        let message = try fixture.git("log", "-1", "--format=%B", adopted.hex).stdout
        let copy = try fixture.git("commit-tree", "\(adopted.hex)^{tree}", "-p", "main", "-m", message).stdout.trimmingWhitespace
        _ = try fixture.git("update-ref", "refs/heads/main", copy)

        let report = try Plan.open(at: fixture.path).auditVerify()
        #expect(report.adoptions == [adopted])
        let aboutCopy = report.findings.filter { $0.commit?.hex == copy }.map(\.message)
        #expect(aboutCopy.first == "proposal \(number) was already adopted in \(adopted.hex.prefix(10)); adopted twice", "\(aboutCopy)")
        #expect(aboutCopy.contains { $0.contains("no 'adopted' event for this commit") }, "\(aboutCopy)")
        #expect(report.findings.filter { $0.message.hasPrefix("not an adoption: commit 'Filler") }.count == fillers.count)
        #expect(!report.findings.contains { $0.commit == adopted }, "\(report.findings)")
    }

    @Test func aLogClaimingAnAdoptionMainDoesNotHaveIsReported() throws {
        let fixture = try ApprovalFixture()
        let number = try ConcurrencyAndAuditTests.approvedProposals(fixture, count: 1)[0]
        let adopted = try fixture.plan.adopt(number, by: "aortiz", at: ApprovalFixture.clock(40))
        _ = try fixture.git("update-ref", "refs/heads/main", "\(adopted.hex)~1", adopted.hex)

        let report = try Plan.open(at: fixture.path).auditVerify()
        #expect(report.findings.map(\.description) == [
            "\(adopted.hex.prefix(10)): proposal \(number)'s log says it was adopted in \(adopted.hex.prefix(10)), which is not an adoption on main",
        ])
        #expect(report.proposalsChecked == 1)
    }

    @Test func aMetaRefPointingAtAForeignCommitAndANonNumericProposalTrailerAreReported() throws {
        let fixture = try ApprovalFixture()
        _ = try fixture.propose(ApprovalFixture.version(duty: "Audit vendor invoices."))
        let tree = try fixture.git("rev-parse", "main^{tree}").stdout.trimmingWhitespace
        let foreign = try fixture.git("commit-tree", tree, "-m", "hello").stdout.trimmingWhitespace
        _ = try fixture.git("update-ref", "refs/proposals/1/meta", foreign)
        let odd = try fixture.git("commit-tree", tree, "-p", "main", "-m", "Adopt\n\nProposal: one\n").stdout.trimmingWhitespace
        _ = try fixture.git("update-ref", "refs/heads/main", odd)

        let report = try Plan.open(at: fixture.path).auditVerify()
        #expect(report.findings.map(\.description) == [
            "\(odd.prefix(10)): Proposal: trailer 'one' is not a number",
            "refs/proposals/1/meta: refs/proposals/1/meta holds \(foreign.prefix(10)), which is not a Clasp proposal event",
        ])
    }
}
