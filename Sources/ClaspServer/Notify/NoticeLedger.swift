import ClaspPlan
import Foundation

/// What the notifier has already sent that the proposals' state alone cannot tell: reminders
/// and the day of the last digest, and the outcome notices held for the next digest.
///
/// Kept in the server's data directory (`notifications.json`, mode 0600), never in a plan: it
/// records deliveries by this server, not facts of the plan. A restart reads it back, so no
/// reminder or digest goes out twice.
struct NoticeLedger: Codable, Equatable {
    /// "plan/proposal/stage/due/event/person" for every reminder sent.
    var reminders: Set<String> = []
    /// The UTC day ("2026-12-05") and instant of the last digest.
    var lastDigestDay: String?
    var lastDigestAt: Date?
    /// Outcome notices (rejected, adopted, withdrawn, stale) that wait for the next digest.
    var held: [ProposalNotice] = []

    static func reminderKey(_ notice: ProposalNotice, person: String) -> String {
        "\(notice.plan)/\(notice.proposal)/\(notice.stage ?? "")/\(notice.due ?? "")/\(notice.event.rawValue)/\(person)"
    }

    /// Reads the ledger at `path`; an absent file is an empty ledger.
    ///
    /// - Throws: `PlanError.invalidInput` when the file is there but unreadable, rather than
    ///   starting afresh and repeating every reminder.
    static func load(from path: String) throws -> NoticeLedger {
        guard let data = FileManager.default.contents(atPath: path) else { return NoticeLedger() }
        do {
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            return try decoder.decode(NoticeLedger.self, from: data)
        } catch {
            throw PlanError.invalidInput("\(path) is not a notification ledger: \(error)")
        }
    }

    /// Writes the ledger to `path` through a temporary file and rename(2), so a crash leaves the
    /// old ledger or the new one.
    func save(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let data = try encoder.encode(self)
        let temporary = path + ".writing"
        guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw PlanError.invalidInput("cannot write \(temporary)")
        }
        guard rename(temporary, path) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw PlanError.invalidInput("cannot replace \(path) (errno \(errno))")
        }
    }
}
