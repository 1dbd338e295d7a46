import ClaspPlan
public import Foundation

/// When the daily digest goes out (`clasp serve --digest daily --digest-time HH:MM`): once a
/// day, at the first poll at or after that time of day in UTC. UTC, not a plan's zone, because
/// one server hosts plans in several zones and each person gets one digest for all of them.
public struct DigestSchedule: Equatable, Sendable {
    /// Minutes after midnight UTC.
    public var minuteOfDay: Int

    /// 07:00 UTC by default.
    public init(minuteOfDay: Int = 7 * 60) { self.minuteOfDay = minuteOfDay }

    /// "HH:MM" on a 24-hour clock; nil for anything else.
    public init?(time: String) {
        let parts = time.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
              let hour = Int(parts[0]), let minute = Int(parts[1]), (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        self.init(minuteOfDay: hour * 60 + minute)
    }

    /// The UTC day of `now` ("2026-12-05") if the digest is due then: past today's time.
    func day(ifDueAt now: Date) -> String? {
        let seconds = Int(now.timeIntervalSince1970.rounded(.down))
        let secondOfDay = ((seconds % 86_400) + 86_400) % 86_400
        guard secondOfDay >= minuteOfDay * 60 else { return nil }
        return RecordedTime.day(of: now, timeZone: "UTC").iso
    }
}
