import ClaspGit
@testable import ClaspPlan
import ClaspSpec
import ClaspTestSupport
import Foundation
import Testing

/// The index's cache of what each meta log's tip says: listings and the effective-date check
/// answer as a fresh read of every log would, whatever happened to the logs or the index file.
@Suite struct ProposalTipCacheTests {
    /// A revision of the fixture's class effective on `date`.
    static func revision(on date: String, duty: String) -> ProposalDraft {
        var version = ApprovalFixture.version(duty: duty)
        version.effective = PlanDate(iso: date)!
        return .revise(ApprovalFixture.classID, to: version, reason: "revision \(duty)")
    }

    /// Every state's listing through the cache (twice: filling it, then answering from it)
    /// equals a listing that reads every log, and the cache then holds a row per proposal
    /// read from its current tip.
    static func expectAgreement(_ plan: Plan, _ comment: String) throws {
        for state in ProposalState.allCases {
            let fresh = try plan.proposals(state: state, cache: ProposalTipCache())
            #expect(try plan.proposals(state: state) == fresh, "\(comment): \(state), filling")
            #expect(try plan.proposals(state: state) == fresh, "\(comment): \(state), from the cache")
            #expect(try plan.proposalListings(state: state) == fresh.map(ProposalListing.init), "\(comment): \(state) listings")
        }
        let every = try plan.proposalTips().map { try plan.proposal($0.number) }
        #expect(try plan.proposalListings() == every.map(ProposalListing.init), "\(comment): every listing, filling")
        #expect(try plan.proposalListings() == every.map(ProposalListing.init), "\(comment): every listing, from the cache")
        let index = try RecordedIndex.open(repository: plan.repository, at: plan.recordedIndexPath)
        let rows = try index.proposalTipFacts()
        let tips = try plan.proposalTips()
        let listings = try index.proposalListings(tips)
        #expect(rows.count == tips.count, "\(comment)")
        for (number, tip) in tips {
            #expect(rows[number]?.tip == tip, "\(comment): row of proposal \(number)")
            #expect(rows[number]?.state == (try plan.proposal(number).state), "\(comment): state of proposal \(number)")
            #expect(listings[number] == ProposalListing(try plan.proposal(number)), "\(comment): listing of proposal \(number)")
        }
    }

    @Test func cachedListingsEqualFreshOnesThroughProposeVoteReviseWithdrawAdopt() throws {
        let fixture = try ApprovalFixture()
        let plan = fixture.plan
        try Self.expectAgreement(plan, "no proposals")
        let correction = try fixture.propose(ApprovalFixture.version(duty: "Reconcile accounts, prepare reports and audit invoices."))
        let revision = try plan.propose(Self.revision(on: "2030-01-01", duty: "Later duty."), by: "bchen", at: ApprovalFixture.clock(11))
        try Self.expectAgreement(plan, "proposed")
        try plan.vote(correction.number, .approve, comment: "", by: "bchen", at: ApprovalFixture.clock(12))
        try Self.expectAgreement(plan, "voted")
        let moved = Self.revision(on: "2031-01-01", duty: "Later duty.").files
            + [PlanFileWrite(path: PlanLayout.versionFile(ApprovalFixture.classID, PlanDate(iso: "2030-01-01")!), content: nil)]
        try plan.revise(revision.number, files: moved, reason: "A year later", by: "bchen", at: ApprovalFixture.clock(13))
        try Self.expectAgreement(plan, "revised")
        try plan.withdraw(revision.number, by: "bchen", at: ApprovalFixture.clock(14))
        try Self.expectAgreement(plan, "withdrawn")
        try plan.vote(correction.number, .approve, comment: "ok", by: "cmorgan", at: ApprovalFixture.clock(15))
        try plan.vote(correction.number, .approve, comment: "ok", by: "dpatel", at: ApprovalFixture.clock(16))
        _ = try plan.adopt(correction.number, by: "aortiz", at: ApprovalFixture.clock(17))
        try Self.expectAgreement(plan, "adopted")
        #expect(try plan.proposals(state: .open).isEmpty)
        #expect(try plan.auditVerify().isClean)
    }

    @Test func theDateCheckSeesARevisionAwayFromAFileItHasCached() throws {
        let fixture = try ApprovalFixture()
        let plan = fixture.plan
        let first = try plan.propose(Self.revision(on: "2030-01-01", duty: "First."), by: "aortiz", at: ApprovalFixture.clock(10))
        // This proposal's check caches the first one's files (2030-01-01) under its tip.
        _ = try plan.propose(Self.revision(on: "2032-01-01", duty: "Other."), by: "bchen", at: ApprovalFixture.clock(11))
        let moved = Self.revision(on: "2031-01-01", duty: "First.").files
            + [PlanFileWrite(path: PlanLayout.versionFile(ApprovalFixture.classID, PlanDate(iso: "2030-01-01")!), content: nil)]
        try plan.revise(first.number, files: moved, reason: "A year later", by: "aortiz", at: ApprovalFixture.clock(12))
        #expect(throws: ApprovalError.effectiveDateTaken(classID: ApprovalFixture.classID, effective: PlanDate(iso: "2031-01-01")!,
                                                         proposal: first.number)) {
            _ = try plan.propose(Self.revision(on: "2031-01-01", duty: "Clash."), by: "bchen", at: ApprovalFixture.clock(13))
        }
        let freed = try plan.propose(Self.revision(on: "2030-01-01", duty: "Free again."), by: "bchen", at: ApprovalFixture.clock(14))
        #expect(freed.state == .open)
    }

    @Test func aRowReadFromAnotherTipIsIgnoredAndRefreshed() throws {
        let fixture = try ApprovalFixture()
        let plan = fixture.plan
        let proposal = try fixture.propose(ApprovalFixture.version(duty: "Reconcile accounts and audit invoices."))
        let index = try RecordedIndex.open(repository: plan.repository, at: plan.recordedIndexPath)
        // A row for the current tip is what the listing goes by: the log is not read again.
        try index.storeProposalTipFacts([proposal.number: ProposalTipFacts(tip: proposal.meta, recordedState: .withdrawn, state: .withdrawn)])
        #expect(try plan.proposals(state: .open).isEmpty)
        // The same claim read from another commit (main's head, say) is not about this log.
        let elsewhere = try plan.mainHead()
        try index.storeProposalTipFacts([proposal.number: ProposalTipFacts(tip: elsewhere, recordedState: .withdrawn, state: .withdrawn,
                                                                           versionPaths: [])])
        #expect(try plan.proposals(state: .open).map(\.number) == [proposal.number])
        #expect(try plan.proposals(state: .withdrawn).isEmpty)
        let refreshed = try index.proposalTipFacts()[proposal.number]
        #expect(refreshed == ProposalTipFacts(tip: proposal.meta, recordedState: .open, state: .open))
        // A listing read from another commit is not this log's either.
        var lying = ProposalListing(proposal)
        lying.reason = "Not what the log says"
        lying.state = .adopted
        try index.storeProposalTipFacts([proposal.number: ProposalTipFacts(tip: elsewhere, recordedState: .adopted, state: .adopted,
                                                                           listing: lying)])
        #expect(try plan.proposalListings() == [ProposalListing(proposal)])
        #expect(try plan.proposalListings(state: .adopted).isEmpty)
        // Nor when the row of states is this tip's but the listing was stored from another.
        lying.state = .open
        try index.storeProposalTipFacts([proposal.number: ProposalTipFacts(tip: elsewhere, recordedState: .open, state: .open,
                                                                           listing: lying)])
        try index.storeProposalTipFacts([proposal.number: ProposalTipFacts(tip: proposal.meta, recordedState: .open, state: .open)])
        #expect(try plan.proposalListings() == [ProposalListing(proposal)])
        // The date check goes by the refreshed row too: the proposal still holds its date.
        try index.storeProposalTipFacts([proposal.number: ProposalTipFacts(tip: elsewhere, recordedState: .open, state: .open, versionPaths: [])])
        Self.expectDateRefused(plan, heldBy: proposal.number)
        #expect(try index.proposalTipFacts()[proposal.number]?.versionPaths
            == [PlanLayout.versionFile(ApprovalFixture.classID, ApprovalFixture.date)])
    }

    @Test func aMetaRefMovedWithGitIsReadAfresh() throws {
        let fixture = try ApprovalFixture()
        let plan = fixture.plan
        let proposal = try fixture.propose(ApprovalFixture.version(duty: "Reconcile accounts and audit invoices."))
        try plan.withdraw(proposal.number, by: "aortiz", at: ApprovalFixture.clock(11))
        try Self.expectAgreement(plan, "withdrawn")
        // Back to the opening event, behind Clasp's back: the log is open again.
        let ref = Proposal.metaRef(proposal.number)
        #expect(try fixture.git("update-ref", ref, proposal.meta.hex).status == 0)
        #expect(try plan.proposals(state: .open).map(\.number) == [proposal.number])
        #expect(try plan.proposals(state: .withdrawn).isEmpty)
        try Self.expectAgreement(plan, "moved back with git")
        // The withdrawal released the claim, so only the scan of open logs can refuse the date.
        Self.expectDateRefused(plan, heldBy: proposal.number)
    }

    /// Another proposal for the fixture's class and date is refused because open proposal
    /// `number` already changes that version file.
    static func expectDateRefused(_ plan: Plan, heldBy number: ProposalNumber) {
        #expect(throws: ApprovalError.effectiveDateTaken(classID: ApprovalFixture.classID, effective: ApprovalFixture.date,
                                                         proposal: number)) {
            _ = try plan.propose(.correct(ApprovalFixture.classID, to: ApprovalFixture.version(duty: "Other."), reason: "Other"),
                                 by: "bchen", at: ApprovalFixture.clock(20))
        }
    }

    @Test func aDeletedCorruptOrUncreatableIndexFallsBackToGit() throws {
        let fixture = try ApprovalFixture()
        let plan = fixture.plan
        let open = try fixture.propose(ApprovalFixture.version(duty: "Reconcile accounts and audit invoices."))
        let withdrawn = try plan.propose(Self.revision(on: "2030-01-01", duty: "Later."), by: "bchen", at: ApprovalFixture.clock(11))
        try plan.withdraw(withdrawn.number, by: "bchen", at: ApprovalFixture.clock(12))
        try Self.expectAgreement(plan, "filled")

        try FileManager.default.removeItem(atPath: plan.recordedIndexPath)
        #expect(try plan.proposals(state: .open).map(\.number) == [open.number])
        try Self.expectAgreement(plan, "after deleting the index")

        try Data("not a database, just bytes".utf8).write(to: URL(fileURLWithPath: plan.recordedIndexPath))
        #expect(try plan.proposals(state: .withdrawn).map(\.number) == [withdrawn.number])
        try Self.expectAgreement(plan, "after corrupting the index")

        // A file where the index's folder should be: no index can be opened at all.
        let folder = (plan.recordedIndexPath as NSString).deletingLastPathComponent
        try FileManager.default.removeItem(atPath: folder)
        try Data().write(to: URL(fileURLWithPath: folder))
        #expect(throws: RecordedIndexError.self) { try RecordedIndex.open(repository: plan.repository, at: plan.recordedIndexPath) }
        #expect(try plan.proposals(state: .open).map(\.number) == [open.number])
        #expect(try plan.proposals(state: .withdrawn).map(\.number) == [withdrawn.number])
        Self.expectDateRefused(plan, heldBy: open.number)
    }

    @Test func aSchemaTwoIndexGainsTheTableWithoutARebuild() throws {
        let fixture = try ApprovalFixture()
        let plan = fixture.plan
        let proposal = try fixture.propose(ApprovalFixture.version(duty: "Reconcile accounts and audit invoices."))
        _ = try plan.recordedIndex()
        // The file as the previous release left it: no `proposal_tips`, schema 2.
        let script = """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.execute("DROP TABLE proposal_tips")
            db.execute("UPDATE meta SET value = '2' WHERE key = 'schema'")
            db.commit()
            """
        let downgrade = try ProcessRunner.run("/usr/bin/env", ["python3", "-c", script, plan.recordedIndexPath])
        #expect(downgrade.status == 0, "\(downgrade.stderr)")
        #expect(try plan.proposals(state: .open).map(\.number) == [proposal.number])
        #expect(try plan.recordedIndex().update == .upToDate, "the commits indexed under schema 2 are kept")
        try Self.expectAgreement(plan, "migrated from schema 2")
    }
}
