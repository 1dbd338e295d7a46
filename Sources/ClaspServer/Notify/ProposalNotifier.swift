import ClaspPlan
public import Foundation
public import Logging

/// Watches every hosted plan's proposals and tells the people who can act what awaits them.
///
/// It reads the proposals' state rather than hooking the server's routes, so a vote cast with
/// the CLI on the server's repository, a `clasp remote push` or a page form all notify alike.
/// Each `poll()` compares each open (or just closed) proposal with what the previous poll saw;
/// the first poll only learns the state, so a restart does not repeat old news.
public actor ProposalNotifier {
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
    private var seen: [String: [Int: Seen]] = [:]
    private var primed = false

    public init(hosting: PlanHosting, transport: any NoticeTransport, logger: Logger = Logger(label: "clasp.notify")) {
        self.hosting = hosting
        self.transport = transport
        self.logger = logger
    }

    /// Polls every `interval` seconds until the task is cancelled.
    public func run(every interval: Duration) async {
        while !Task.isCancelled {
            await poll()
            try? await Task.sleep(for: interval)
        }
    }

    /// One pass over every plan; returns the notices sent (or that failed to send).
    @discardableResult
    public func poll() async -> [ProposalNotice] {
        var notices: [ProposalNotice] = []
        for planID in hosting.planIDs {
            do {
                let before = seen[planID] ?? [:]
                let (found, now) = try await hosting.withPlan(planID) { try Self.changes(in: $0, planID: planID, before: before) }
                seen[planID] = now
                notices += found
            } catch {
                logger.warning("notifications: cannot read plan", metadata: ["plan": "\(planID)", "error": "\(error)"])
            }
        }
        let first = !primed
        primed = true
        guard !first else { return [] }
        for notice in notices {
            do {
                try await transport.deliver(notice)
            } catch {
                logger.warning("notification not delivered", metadata: ["event": "\(notice.event.rawValue)", "error": "\(error)"])
            }
        }
        return notices
    }

    /// The notices due since `before` (what the last poll saw of the plan's proposals), and
    /// what this poll saw. Static so it can run on the hosting's threads, away from the actor.
    private static func changes(in plan: Plan, planID: String, before: [Int: Seen]) throws -> (notices: [ProposalNotice], now: [Int: Seen]) {
        let roster = try plan.current().roster()
        func people(_ ids: [String]) -> [ProposalNotice.Recipient] {
            ids.compactMap { roster.person($0) }.map { ProposalNotice.Recipient(id: $0.id, name: $0.name, email: $0.email) }
        }
        var before = before
        var now: [Int: Seen] = [:]
        var notices: [ProposalNotice] = []
        let open = try plan.proposals(state: .open).map(\.number)
        for number in Set(open).union(before.keys).sorted() {
            let status = try plan.status(of: number)
            let proposal = status.proposal
            let undecided = status.stages.filter { $0.open && !$0.satisfied && !$0.rejected }
            let current = Seen(state: proposal.state, head: proposal.head.hex, openStages: Set(undecided.map(\.stage)),
                               rejectedStages: Set(status.stages.filter(\.rejected).map(\.stage)), stale: !status.staleVersions.isEmpty)
            if proposal.state == .open { now[number] = current }
            let previous = before.removeValue(forKey: number)
            func notice(_ event: ProposalNotice.Event, stage: String? = nil, to ids: [String]) -> ProposalNotice {
                ProposalNotice(event: event, plan: planID, proposal: number, summary: ProposalSummary(proposal).what, stage: stage,
                               recipients: people(ids), link: "/plans/\(planID)/proposals/\(number)")
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
        return (notices, now)
    }
}
