import ClaspPlan
import Foundation

/// One person's daily e-mail: every stage awaiting their vote, in every hosted plan, and the
/// outcomes held for them since the last digest (their proposals rejected, adopted, gone stale,
/// proposals they voted on withdrawn).
struct DailyDigest {
    var recipient: ProposalNotice.Recipient
    var awaited: [AwaitedVote]
    var outcomes: [ProposalNotice]

    /// The digests to send, one per e-mail address with something in it, in address order.
    static func digests(awaited: [AwaitedVote], held: [ProposalNotice]) -> [DailyDigest] {
        var byAddress: [String: DailyDigest] = [:]
        for item in awaited {
            for voter in item.voters { byAddress[voter.email, default: DailyDigest(recipient: voter, awaited: [], outcomes: [])].awaited.append(item) }
        }
        for notice in held {
            for person in notice.recipients {
                byAddress[person.email, default: DailyDigest(recipient: person, awaited: [], outcomes: [])].outcomes.append(notice)
            }
        }
        return byAddress.keys.sorted().compactMap { byAddress[$0] }
    }

    /// The message: one paragraph per proposal with what awaits, then the outcomes, each with
    /// its link.
    ///
    /// - Parameters:
    ///   - since: the last digest; a revision after it is pointed out.
    func message(day: String, from: String, siteURL: String, now: Date, since: Date) -> String {
        var body: [String] = []
        let proposals = Dictionary(grouping: awaited) { $0.link }
        for link in awaited.map(\.link).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } } {
            guard let items = proposals[link], let first = items.first else { continue }
            body.append("Proposal \(first.proposal) (\(first.plan)): \(first.summary)")
            if let revised = first.revisedAt, revised > since { body.append("  - revised since the last digest") }
            body += items.map { "  - \($0.digestLine(at: now))" }
            body += ["  " + siteURL + link, ""]
        }
        for notice in outcomes {
            body += [SMTPTransport.sentence(notice), "  " + siteURL + notice.link, ""]
        }
        let count = Set(awaited.map(\.link)).count
        let subject = "Clasp digest for \(day): \(count) proposal\(count == 1 ? "" : "s") awaiting your vote"
            + (outcomes.isEmpty ? "" : ", \(outcomes.count) update\(outcomes.count == 1 ? "" : "s")")
        return SMTPTransport.envelope(subject: subject, to: recipient, from: from, body: body)
    }
}
