import ClaspPlan
import ClaspQueries
public import Foundation
public import Logging

/// Watches every hosted plan's proposals and tells the people who can act what awaits them.
///
/// It reads the proposals' state rather than hooking the server's routes, so a vote cast with
/// the CLI on the server's repository, a `clasp remote push` or a page form all notify alike.
/// Each `poll()` compares each open (or just closed) proposal with what the previous poll saw;
/// the first poll only learns the state, so a restart does not repeat old news.
///
/// Reminders (a stage's votes due tomorrow, or overdue) go once each to each person who still
/// has to vote; with a digest, e-mail waits for one message a day per person while `transport`
/// (the webhook) stays immediate. What was sent is kept in the ledger file, so a restart sends
/// neither twice.
public actor ProposalNotifier {
    /// Settings beyond where to send: the clock, the ledger and the digest.
    public struct Options: Sendable {
        /// The current time; tests move it on instead of waiting.
        public var clock: @Sendable () -> Date
        /// The file remembering reminders and digests sent (`notifications.json` in the data
        /// directory); nil keeps them in memory only.
        public var ledgerPath: String?
        /// With a digest, e-mail goes out once a day by this relay, listing what awaits each
        /// person; `transport` then carries only the immediate notices (the webhook).
        public var digest: (mail: SMTPTransport, schedule: DigestSchedule)?

        public init(clock: @escaping @Sendable () -> Date = { Date() }, ledgerPath: String? = nil,
                    digest: (mail: SMTPTransport, schedule: DigestSchedule)? = nil) {
            self.clock = clock; self.ledgerPath = ledgerPath; self.digest = digest
        }
    }

    struct Seen: Equatable {
        var state: ProposalState
        var head: String
        var openStages: Set<String>
        var rejectedStages: Set<String>
        var stale: Bool
    }

    let hosting: PlanHosting
    let transport: any NoticeTransport
    let logger: Logger
    let options: Options
    private var seen: [String: [Int: Seen]] = [:]
    private var primed = false
    private var ledger: NoticeLedger

    /// - Throws: `PlanError.invalidInput` when the ledger file exists but cannot be read.
    public init(hosting: PlanHosting, transport: any NoticeTransport, options: Options = Options(),
                logger: Logger = Logger(label: "clasp.notify")) throws {
        self.hosting = hosting
        self.transport = transport
        self.options = options
        self.logger = logger
        ledger = try options.ledgerPath.map(NoticeLedger.load) ?? NoticeLedger()
    }

    /// Polls every `interval` seconds until the task is cancelled.
    public func run(every interval: Duration) async {
        while !Task.isCancelled {
            await poll()
            try? await Task.sleep(for: interval)
        }
    }

    /// One pass over every plan; returns the notices sent immediately (or that failed to send):
    /// changes since the last poll (none on the first), then reminders not sent before.
    /// With a digest, a digest not yet sent today goes out once its time has come.
    @discardableResult
    public func poll() async -> [ProposalNotice] {
        let now = options.clock()
        var notices: [ProposalNotice] = []
        var awaited: [AwaitedVote] = []
        var read: Set<String> = []
        for planID in hosting.planIDs {
            do {
                let before = seen[planID] ?? [:]
                let (changed, waiting, saw) = try await hosting.withPlan(planID) { try Self.changes(in: $0, planID: planID, before: before) }
                seen[planID] = saw
                notices += changed
                awaited += waiting
                read.insert(planID)
            } catch {
                logger.warning("notifications: cannot read plan", metadata: ["plan": "\(planID)", "error": "\(error)"])
            }
        }
        let first = !primed
        primed = true
        if first { notices = [] }
        let before = ledger
        if options.digest != nil {
            // Outcomes wait for the digest; what awaits votes is read afresh when it goes out.
            ledger.held += notices.filter { ![.stageOpened, .revised].contains($0.event) && !$0.recipients.isEmpty }
        }
        notices += reminders(awaited, at: now, plansRead: read)
        for notice in notices {
            do {
                try await transport.deliver(notice)
            } catch {
                logger.warning("notification not delivered", metadata: ["event": "\(notice.event.rawValue)", "error": "\(error)"])
            }
        }
        await sendDigest(awaited, at: now)
        if ledger != before { saveLedger() }
        return notices
    }

    /// The reminders due at `now` that the ledger has not seen, each to the voters not yet
    /// reminded; records them. Keys for proposals no longer awaiting votes are dropped (only in
    /// plans this poll could read, so a plan briefly unreadable is not reminded afresh).
    private func reminders(_ awaited: [AwaitedVote], at now: Date, plansRead: Set<String>) -> [ProposalNotice] {
        let live = Set(awaited.map { "\($0.plan)/\($0.proposal)/" })
        ledger.reminders = ledger.reminders.filter { key in
            live.contains { key.hasPrefix($0) } || !plansRead.contains(String(key.prefix { $0 != "/" }))
        }
        return awaited.compactMap { item -> ProposalNotice? in
            guard var notice = item.reminder(at: now) else { return nil }
            notice.recipients = notice.recipients.filter { ledger.reminders.insert(NoticeLedger.reminderKey(notice, person: $0.id)).inserted }
            return notice.recipients.isEmpty ? nil : notice
        }
    }

    /// Sends each person's digest when today's is due and not yet sent, then clears the held
    /// outcomes. A day with nothing for anyone sends nothing, and still counts as sent.
    private func sendDigest(_ awaited: [AwaitedVote], at now: Date) async {
        guard let digest = options.digest, let day = digest.schedule.day(ifDueAt: now), ledger.lastDigestDay != day else { return }
        let since = ledger.lastDigestAt ?? now.addingTimeInterval(-86_400)
        for each in DailyDigest.digests(awaited: awaited, held: ledger.held) {
            do {
                try await digest.mail.deliver(each, day: day, now: now, since: since)
            } catch {
                logger.warning("digest not delivered", metadata: ["to": "\(each.recipient.email)", "error": "\(error)"])
            }
        }
        ledger.lastDigestDay = day
        ledger.lastDigestAt = now
        ledger.held = []
    }

    private func saveLedger() {
        guard let path = options.ledgerPath else { return }
        do { try ledger.save(to: path) } catch {
            logger.error("cannot record the notifications sent", metadata: ["file": "\(path)", "error": "\(error)"])
        }
    }

    /// The notices due since `before` (what the last poll saw of the plan's proposals), what
    /// awaits votes, and what this poll saw. Static so it runs on the hosting's threads, away
    /// from the actor.
    private static func changes(in plan: Plan, planID: String, before: [Int: Seen])
        throws -> (notices: [ProposalNotice], awaited: [AwaitedVote], now: [Int: Seen]) {
        let roster = try plan.current().roster()
        func people(_ ids: [String]) -> [ProposalNotice.Recipient] {
            ids.compactMap { roster.person($0) }.map { ProposalNotice.Recipient(id: $0.id, name: $0.name, email: $0.email) }
        }
        var before = before
        var now: [Int: Seen] = [:]
        var notices: [ProposalNotice] = []
        var awaited: [AwaitedVote] = []
        let open = try plan.proposals(state: .open).map(\.number)
        for number in Set(open).union(before.keys).sorted() {
            let status = try plan.status(of: number)
            let proposal = status.proposal
            let undecided = status.stages.filter { $0.open && !$0.satisfied && !$0.rejected }
            let current = Seen(state: proposal.state, head: proposal.head.hex, openStages: Set(undecided.map(\.stage)),
                               rejectedStages: Set(status.stages.filter(\.rejected).map(\.stage)), stale: !status.staleVersions.isEmpty)
            if proposal.state == .open {
                now[number] = current
                awaited += AwaitedVote.stages(of: status, plan: planID, roster: roster)
            }
            let previous = before.removeValue(forKey: number)
            func notice(_ event: ProposalNotice.Event, stage: String? = nil, to ids: [String]) -> ProposalNotice {
                ProposalNotice(event: event, plan: planID, proposal: number, summary: ProposalSummary(proposal).what, stage: stage,
                               recipients: people(ids), link: "/plans/\(planID)/proposals/\(number)",
                               due: status.stages.first { $0.stage == stage }?.deadline?.due.iso)
            }
            func holders(_ stage: StageStatus) -> [String] {
                let voted = Set(proposal.votes.filter { $0.stage == stage.stage }.map(\.voter))
                return roster.people.filter { $0.roles.contains(stage.role) && $0.id != proposal.author && !voted.contains($0.id) }.map(\.id)
            }
            let waiting = undecided.flatMap(holders)
            switch (previous, proposal.state) {
            case (nil, .open):
                notices += undecided.map { notice(.stageOpened, stage: $0.stage, to: holders($0)) }
            case let (previous?, .open):
                if previous.head != current.head { notices.append(notice(.revised, to: waiting)) }
                notices += undecided.filter { !previous.openStages.contains($0.stage) }.map { notice(.stageOpened, stage: $0.stage, to: holders($0)) }
                notices += current.rejectedStages.subtracting(previous.rejectedStages).sorted()
                    .map { notice(.rejected, stage: $0, to: [proposal.author]) }
                if current.stale && !previous.stale { notices.append(notice(.stale, to: [proposal.author])) }
            case (_?, .adopted): notices.append(notice(.adopted, to: [proposal.author]))
            case (_?, .withdrawn): notices.append(notice(.withdrawn, to: Array(Set(proposal.votes.map(\.voter))).sorted()))
            default: break
            }
        }
        return (notices, awaited, now)
    }
}
