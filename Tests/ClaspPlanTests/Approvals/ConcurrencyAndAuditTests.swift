import ClaspGit
import ClaspPlan
import ClaspSpec
import ClaspTestSupport
import Foundation
import Testing

/// Racing writers with separate `Plan` instances, and the audit's findings on tampered history.
@Suite struct ConcurrencyAndAuditTests {
    /// Opens `count` approved proposals, each revising a class of its own (one revising another's
    /// class would go stale when that one is adopted first).
    static func approvedProposals(_ fixture: ApprovalFixture, count: Int) throws -> [ProposalNumber] {
        let classes = [ApprovalFixture.classID] + (1..<count).map { "\(ApprovalFixture.classID)-\($0)" }
        _ = try fixture.plan.importVersions(classes.dropFirst().map { ImportRequest(classID: $0, version: ApprovalFixture.version(), source: "test") },
                                            by: "admin", at: ApprovalFixture.clock(2))
        return try (0..<count).map { index in
            var version = ApprovalFixture.version(duty: "Reconcile acounts and prepare reports.")
            version.effective = PlanDate(iso: "202\(index)-01-01")!
            var draft = ProposalDraft.revise(classes[index], to: version, reason: "editorial revision \(index)")
            draft.kind = .revise
            let proposal = try fixture.plan.propose(draft, by: "aortiz", at: ApprovalFixture.clock(10 + index))
            try fixture.plan.vote(proposal.number, .approve, comment: "", by: "bchen", at: ApprovalFixture.clock(20 + index))
            for voter in ["cmorgan", "dpatel"] where !(try fixture.plan.status(of: proposal.number).readyToAdopt) {
                try fixture.plan.vote(proposal.number, .approve, comment: "", by: voter, at: ApprovalFixture.clock(30 + index))
            }
            return proposal.number
        }
    }

    @Test func threadsAdoptingAtOnceAdoptEachProposalExactlyOnce() throws {
        let fixture = try ApprovalFixture()
        let numbers = try Self.approvedProposals(fixture, count: 3)
        let path = fixture.path
        let outcomes = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 9) { index in
            let number = numbers[index % numbers.count]
            do {
                let plan = try Plan.open(at: path)
                let commit = try plan.adopt(number, by: index % 2 == 0 ? "aortiz" : "bchen", at: ApprovalFixture.clock(60 + index))
                outcomes.withLock { $0.append("\(number) adopted \(commit.hex)") }
            } catch let error as ApprovalError {
                if case .alreadyAdopted = error { outcomes.withLock { $0.append("\(number) already") } } else {
                    outcomes.withLock { $0.append("\(number) error \(error)") }
                }
            } catch {
                outcomes.withLock { $0.append("\(number) error \(error)") }
            }
        }
        let results = outcomes.withLock { $0 }
        #expect(!results.contains { $0.contains("error") }, "\(results)")
        for number in numbers {
            #expect(results.filter { $0.hasPrefix("\(number) adopted") }.count == 1, "\(results)")
        }
        let plan = try Plan.open(at: path)
        let report = try plan.auditVerify()
        #expect(report.isClean, "\(report.findings)")
        #expect(report.adoptions.count == numbers.count)
        #expect(try plan.proposals(state: .adopted).count == numbers.count)
        let fsck = try fixture.git("fsck", "--strict", "--no-dangling")
        #expect(fsck.status == 0, "\(fsck.stderr)")
    }

    @Test func proposersRacingGetDistinctNumbers() throws {
        let fixture = try ApprovalFixture()
        let path = fixture.path
        let numbers = Mutex<[Int]>([])
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 6) { index in
            var version = ApprovalFixture.version(duty: "Duty \(index).")
            version.effective = PlanDate(iso: "203\(index)-01-01")!
            do {
                let proposal = try Plan.open(at: path).propose(.revise(ApprovalFixture.classID, to: version, reason: "r"), by: "aortiz")
                numbers.withLock { $0.append(proposal.number) }
            } catch {
                failures.withLock { $0.append(String(describing: error)) }
            }
        }
        #expect(numbers.withLock { $0.sorted() } == [1, 2, 3, 4, 5, 6], "\(failures.withLock { $0 })")
    }

    @Test func theAuditReportsAForgedBootstrapAMissingMetaRefAndForgedApprovals() throws {
        let fixture = try ApprovalFixture()
        let numbers = try Self.approvedProposals(fixture, count: 1)
        let adopted = try fixture.plan.adopt(numbers[0], by: "aortiz", at: ApprovalFixture.clock(40))
        #expect(try fixture.plan.auditVerify().isClean)
        // A bootstrap forged by an analyst.
        let tree = try fixture.git("rev-parse", "main^{tree}").stdout.trimmingWhitespace
        let forged = try fixture.git("commit-tree", tree, "-p", "main", "-m", "Import\n\nBootstrap: administrator import, not an adoption\nRecorded-By: aortiz <aortiz@plan.example>").stdout.trimmingWhitespace
        _ = try fixture.git("update-ref", "refs/heads/main", forged)
        var report = try Plan.open(at: fixture.path).auditVerify()
        #expect(report.findings.map(\.message).contains { $0.hasPrefix("forged bootstrap") }, "\(report.findings)")
        _ = try fixture.git("update-ref", "refs/heads/main", adopted.hex)
        // An adoption whose meta ref was deleted.
        _ = try fixture.git("update-ref", "-d", "refs/proposals/1/meta")
        report = try Plan.open(at: fixture.path).auditVerify()
        #expect(report.findings.map(\.description) == ["\(adopted.hex.prefix(10)): meta ref refs/proposals/1/meta is missing: the votes behind this adoption cannot be checked"])
    }

    /// Someone with write access swaps the stored bytes of the class folder an adoption wrote for
    /// the folder before it: every id still matches, so only hashing what is read can tell. The
    /// audit must stop on it, naming the object, rather than check the wrong content.
    @Test func anAdoptedFolderWhoseStoredBytesWereSwappedStopsTheAudit() throws {
        let fixture = try ApprovalFixture()
        let numbers = try Self.approvedProposals(fixture, count: 1)
        try fixture.plan.adopt(numbers[0], by: "aortiz", at: ApprovalFixture.clock(40))
        #expect(try fixture.plan.auditVerify().isClean)
        let folder = "classes/\(ApprovalFixture.classID)"
        let adopted = try fixture.git("rev-parse", "main:\(folder)").stdout.trimmingWhitespace
        let before = try fixture.git("rev-parse", "main~1:\(folder)").stdout.trimmingWhitespace
        func looseFile(_ hex: String) -> String { "\(fixture.path)/objects/\(hex.prefix(2))/\(hex.dropFirst(2))" }
        let files = FileManager.default
        try #require(files.fileExists(atPath: looseFile(adopted)) && files.fileExists(atPath: looseFile(before)))
        try files.removeItem(atPath: looseFile(adopted))
        try files.copyItem(atPath: looseFile(before), toPath: looseFile(adopted))
        let error = try #require(throws: GitError.self) { try Plan.open(at: fixture.path).auditVerify() }
        #expect(error.message.contains("hash mismatch") && error.description.contains(adopted), "\(error)")
    }

    @Test func aCommitWithForgedApprovalTrailersIsReported() throws {
        let fixture = try ApprovalFixture()
        let proposal = try fixture.propose(ApprovalFixture.version(duty: "Audit vendor invoices and approve payments."))
        try fixture.plan.vote(1, .approve, comment: "", by: "bchen", at: ApprovalFixture.clock(11))
        // Copy an adoption message by hand without the committee's votes.
        let message = "Adopt proposal 1\n\nProposal: 1\nProposal-Meta: \(try fixture.plan.proposal(1).meta.hex)\nProposal-Head: \(proposal.head.hex)\nApproved-by: cmorgan role=committee stage=committee tree=\(proposal.head.hex) date=2026-01-05T18:00:00Z\n"
        let tree = try fixture.git("rev-parse", "\(proposal.head.hex)^{tree}").stdout.trimmingWhitespace
        let commit = try fixture.git("commit-tree", tree, "-p", "main", "-m", message).stdout.trimmingWhitespace
        _ = try fixture.git("update-ref", "refs/heads/main", commit)
        let report = try Plan.open(at: fixture.path).auditVerify()
        let messages = report.findings.map(\.message)
        #expect(messages.contains { $0.contains("votes do not satisfy workflow 'default'") }, "\(messages)")
        #expect(messages.contains { $0.contains("Approved-by: trailers not backed by votes") }, "\(messages)")
        #expect(messages.contains { $0.contains("no 'adopted' event") }, "\(messages)")
    }

    @Test func anInterruptedAdoptionIsReportedAndCompletedByAdoptingAgain() throws {
        let fixture = try ApprovalFixture()
        let numbers = try Self.approvedProposals(fixture, count: 1)
        let adopted = try fixture.plan.adopt(numbers[0], by: "aortiz", at: ApprovalFixture.clock(40))
        // Simulate a crash after main moved but before the `adopted` event was written.
        let meta = try fixture.plan.proposal(numbers[0]).meta
        _ = try fixture.git("update-ref", "refs/proposals/1/meta", "\(meta.hex)~1", meta.hex)
        let plan = try Plan.open(at: fixture.path)
        #expect(try plan.proposal(1).state == .open)
        let report = try plan.auditVerify()
        #expect(report.findings.map(\.problem) == [.interruptedAdoption(1)])
        #expect(throws: ApprovalError.alreadyAdopted(number: 1, commit: adopted.hex)) {
            try plan.adopt(1, by: "bchen", at: ApprovalFixture.clock(41))
        }
        #expect(try plan.proposal(1).adoptedAs == adopted)
        #expect(try plan.mainHead() == adopted)
        #expect(try plan.auditVerify().isClean)
    }
}
