import ClaspGit
import ClaspPlan
import ClaspSpec
import ClaspTestSupport
import Foundation
import Testing

/// One open proposal per class and effective date, even when proposals are opened at the same
/// instant; and listings that read the state from each log's tip.
@Suite struct ProposalClaimTests {
    /// A revision of the fixture's class effective on `date`, with its own duty text.
    static func revision(on date: String, duty: String) -> ProposalDraft {
        var version = ApprovalFixture.version(duty: duty)
        version.effective = PlanDate(iso: date)!
        return .revise(ApprovalFixture.classID, to: version, reason: "revision \(duty)")
    }

    @Test func proposersRacingForOneDateLeaveExactlyOneOpenProposal() throws {
        let fixture = try ApprovalFixture()
        let path = fixture.path
        for (round, date) in ["2030-01-01", "2031-01-01", "2032-01-01"].enumerated() {
            let outcomes = Mutex<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 4) { index in
                do {
                    let plan = try Plan.open(at: path)
                    let proposal = try plan.propose(Self.revision(on: date, duty: "Duty \(round).\(index)."), by: index % 2 == 0 ? "aortiz" : "bchen")
                    outcomes.withLock { $0.append("opened \(proposal.number)") }
                } catch let error as ApprovalError {
                    guard case .effectiveDateTaken = error else { outcomes.withLock { $0.append("error \(error)") }; return }
                    outcomes.withLock { $0.append("taken") }
                } catch {
                    outcomes.withLock { $0.append("error \(error)") }
                }
            }
            let results = outcomes.withLock { $0 }
            #expect(results.filter { $0.hasPrefix("opened") }.count == 1, "\(results)")
            #expect(results.filter { $0 == "taken" }.count == 3, "\(results)")
            let path = "classes/\(ApprovalFixture.classID)/\(date).yaml"
            let open = try fixture.plan.proposals(state: .open).filter { (proposal: Proposal) throws -> Bool in
                try fixture.git("diff", "--name-only", proposal.base.hex, proposal.head.hex).lines.contains(path)
            }
            #expect(open.count == 1, "open proposals for \(date): \(open.map(\.number))")
        }
        let report = try fixture.plan.auditVerify()
        #expect(report.isClean, "\(report.findings)")
        let fsck = try fixture.git("fsck", "--strict", "--no-dangling")
        #expect(fsck.status == 0, "\(fsck.stderr)")
    }

    @Test func aClaimIsFreedWhenItsProposalCloses() throws {
        let fixture = try ApprovalFixture()
        let plan = fixture.plan
        let first = try plan.propose(Self.revision(on: "2030-01-01", duty: "First."), by: "aortiz", at: ApprovalFixture.clock(10))
        #expect(throws: ApprovalError.effectiveDateTaken(classID: ApprovalFixture.classID, effective: PlanDate(iso: "2030-01-01")!,
                                                         proposal: first.number)) {
            _ = try plan.propose(Self.revision(on: "2030-01-01", duty: "Second."), by: "bchen", at: ApprovalFixture.clock(11))
        }
        try plan.withdraw(first.number, by: "aortiz", at: ApprovalFixture.clock(12))
        let second = try plan.propose(Self.revision(on: "2030-01-01", duty: "Second."), by: "bchen", at: ApprovalFixture.clock(13))
        #expect(try plan.proposals(state: .open).map(\.number) == [second.number])
        let claim = "refs/claims/classes/\(ApprovalFixture.classID)/2030-01-01.yaml"
        #expect(try fixture.git("cat-file", "-p", claim).stdout == "\(second.number)\n")
        try plan.withdraw(second.number, by: "bchen", at: ApprovalFixture.clock(14))
        #expect(try fixture.git("rev-parse", "--verify", "--quiet", claim).status != 0, "withdrawal releases the claim")
    }

    @Test func listingsReadLogsWrittenBeforeTheStateTrailer() throws {
        let fixture = try ApprovalFixture()
        let modern = try fixture.propose(ApprovalFixture.version(duty: "Reconcile accounts and invoices."))
        // A log as Clasp wrote it before `State:`: an opened and a withdrawn event, made with git.
        let main = try fixture.git("rev-parse", "main").lines[0]
        let tree = try fixture.git("rev-parse", "\(modern.head.hex)^{tree}").lines[0]
        let head = try fixture.git("commit-tree", tree, "-p", main, "-m", "Propose").lines[0]
        let empty = try fixture.git("hash-object", "-t", "tree", "-w", "/dev/null").lines[0]
        let opened = try fixture.git("commit-tree", empty, "-m", """
            Open proposal 2

            Event: opened
            Kind: correct
            Class: \(ApprovalFixture.classID)
            Base: \(main)
            Head: \(head)
            Proposal: 2
            Person: bchen
            """).lines[0]
        let withdrawn = try fixture.git("commit-tree", empty, "-p", opened, "-m", """
            Withdraw proposal 2

            Event: withdrawn
            Proposal: 2
            Person: bchen
            """).lines[0]
        #expect(try fixture.git("update-ref", "refs/proposals/2/meta", withdrawn).status == 0)
        #expect(try fixture.plan.proposals(state: .withdrawn).map(\.number) == [2])
        #expect(try fixture.plan.proposals(state: .open).map(\.number) == [modern.number])
        #expect(try fixture.plan.proposals().map(\.state) == [.open, .withdrawn])
        let tip = try fixture.git("log", "-1", "--format=%B", "refs/proposals/\(modern.number)/meta").stdout
        #expect(tip.contains("State: open"))
    }
}

private extension ProcessResult {
    /// Standard output's non-empty lines.
    var lines: [String] { stdout.split(separator: "\n").map(String.init) }
}
