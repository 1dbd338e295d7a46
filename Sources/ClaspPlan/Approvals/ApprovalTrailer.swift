import ClaspGit
import Foundation

/// The value of one `Approved-by:` trailer:
/// `cmorgan role=committee stage=committee tree=<hex> date=2026-01-06T18:00:00Z`.
///
/// The person comes first so `git log --format=%(trailers:key=Approved-by)` reads naturally.
public struct ApprovalTrailer: Equatable, Sendable {
    public var person: String
    public var role: String
    public var stage: String
    public var tree: String
    public var date: String

    public init(vote: Vote) {
        person = vote.voter
        role = vote.role.rawValue
        stage = vote.stage
        tree = vote.tree.hex
        date = ApprovalTrailer.format(vote.at)
    }

    /// Parses a trailer value; nil when it is not in Clasp's shape.
    public init?(_ value: String) {
        let words = value.split(separator: " ").map(String.init)
        guard let first = words.first else { return nil }
        var fields: [String: String] = [:]
        for word in words.dropFirst() {
            let pair = word.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { return nil }
            fields[pair[0]] = pair[1]
        }
        guard let role = fields["role"], let stage = fields["stage"], let tree = fields["tree"], let date = fields["date"] else { return nil }
        person = first; self.role = role; self.stage = stage; self.tree = tree; self.date = date
    }

    public var value: String { "\(person) role=\(role) stage=\(stage) tree=\(tree) date=\(date)" }

    static func format(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        return formatter.string(from: date)
    }
}
