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

    /// Parses a trailer value; nil when it is not in Clasp's shape. A field named twice keeps
    /// its last value; fields Clasp does not write are passed over.
    public init?(_ value: String) {
        var words = value.split(separator: " ")[...]
        guard let first = words.popFirst() else { return nil }
        var role: Substring?, stage: Substring?, tree: Substring?, date: Substring?
        for word in words {
            // `name=text`, both non-empty (the text may hold further `=`).
            guard let equals = word.firstIndex(of: "="), equals > word.startIndex,
                  word.index(after: equals) < word.endIndex else { return nil }
            let text = word[word.index(after: equals)...]
            switch word[..<equals] {
            case "role": role = text
            case "stage": stage = text
            case "tree": tree = text
            case "date": date = text
            default: continue
            }
        }
        guard let role, let stage, let tree, let date else { return nil }
        person = String(first); self.role = String(role); self.stage = String(stage); self.tree = String(tree); self.date = String(date)
    }

    public var value: String { "\(person) role=\(role) stage=\(stage) tree=\(tree) date=\(date)" }

    /// `2026-01-06T18:00:00Z`. Git times are whole seconds, which are formatted by arithmetic
    /// (the audit formats one per vote, and a new ISO8601DateFormatter each time is costly);
    /// anything else goes through ISO8601DateFormatter.
    static func format(_ date: Date) -> String {
        let interval = date.timeIntervalSince1970
        if interval >= 0, interval < 253_402_300_800, interval == interval.rounded(.down) {
            return utcText(seconds: Int64(interval))
        }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        return formatter.string(from: date)
    }

    /// The UTC civil time of `seconds` since 1970 (0 up to the end of year 9999), as
    /// `yyyy-MM-ddTHH:mm:ssZ`, from the days-to-civil algorithm (proleptic Gregorian).
    static func utcText(seconds: Int64) -> String {
        let days = seconds / 86_400, secondOfDay = seconds % 86_400
        let shifted = days + 719_468
        let era = shifted / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func pad(_ value: Int64, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondOfDay / 3_600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))Z"
    }
}
