import ClaspPlan
public import Foundation

/// A message that something awaits people on a proposal: a stage opened for their vote, the
/// proposal was revised, rejected, adopted, withdrawn or went stale, or a stage's due date is a
/// day away or passed. Sent as a webhook's JSON body; `recipients` are the people who can act
/// (or, when it ended, its author).
public struct ProposalNotice: Codable, Equatable, Sendable {
    public enum Event: String, Codable, Sendable {
        case stageOpened = "stage-opened", revised, rejected, adopted, withdrawn, stale
        /// A reminder: the stage's votes are due tomorrow (or today).
        case dueSoon = "due-soon"
        /// A reminder: the due date passed and the stage still awaits votes.
        case overdue
    }

    public struct Recipient: Codable, Equatable, Sendable {
        public var id: String
        public var name: String
        public var email: String

        public init(id: String, name: String, email: String) { self.id = id; self.name = name; self.email = email }
    }

    public var event: Event
    public var plan: String
    public var proposal: Int
    /// "revise finance-technician 2026-07-01".
    public var summary: String
    public var stage: String?
    public var recipients: [Recipient]
    /// The proposal page's path on the server.
    public var link: String
    /// The day the stage's votes are due ("2026-12-15"), for a stage with `due-days`.
    public var due: String?

    public init(event: Event, plan: String, proposal: Int, summary: String, stage: String?, recipients: [Recipient], link: String,
                due: String? = nil) {
        self.event = event; self.plan = plan; self.proposal = proposal; self.summary = summary; self.stage = stage
        self.recipients = recipients; self.link = link; self.due = due
    }
}

/// Delivers notices. The webhook is the one in service; tests record.
public protocol NoticeTransport: Sendable {
    func deliver(_ notice: ProposalNotice) async throws
}

/// Delivers each notice by every configured transport (the webhook and e-mail); one failing
/// does not keep the others from delivering.
public struct NoticeFanOut: NoticeTransport {
    public let transports: [any NoticeTransport]

    public init(_ transports: [any NoticeTransport]) { self.transports = transports }

    public func deliver(_ notice: ProposalNotice) async throws {
        var failures: [String] = []
        for transport in transports {
            do { try await transport.deliver(notice) } catch { failures.append("\(error)") }
        }
        guard failures.isEmpty else { throw WebhookFailure(description: failures.joined(separator: "; ")) }
    }
}
