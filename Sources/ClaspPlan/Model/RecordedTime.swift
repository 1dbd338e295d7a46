public import ClaspSpec
public import Foundation

/// Converts between recorded instants (commit times) and the agency's calendar days.
///
/// By arithmetic on the zone's tz rules (`ZoneRules`) rather than Foundation's `Calendar`,
/// `TimeZone` and `ISO8601DateFormatter`: those set up ICU, which cost a CLI query more than
/// the query itself. A zone the system's tz database does not hold falls back to Foundation.
public enum RecordedTime {
    /// The first instant of the day after `date` in `timeZone`: everything recorded before it was
    /// recorded "on or before" `date`.
    public static func startOfDay(after date: PlanDate, timeZone: String) -> Date {
        let next = CivilTime.days(year: date.year, month: date.month, day: date.day) + 1
        let local = Int64(next) * 86_400
        guard let rules = ZoneRules.named(timeZone) else { return foundationStartOfDay(after: date, timeZone: timeZone) }
        // The instants whose wall clock reads local midnight, for the offsets in force a day
        // either side; the earliest if two (clocks set back over midnight); if none (clocks set
        // forward over midnight) the day starts at the change, where the earlier offset ends.
        let before = rules.offset(at: local - 86_400), after = rules.offset(at: local + 86_400)
        let readings = [local - Int64(before), local - Int64(after)].filter { Int64(rules.offset(at: $0)) + $0 == local }
        return Date(timeIntervalSince1970: TimeInterval(readings.min() ?? local - Int64(before)))
    }

    /// The calendar day an instant falls on in `timeZone`.
    public static func day(of time: Date, timeZone: String) -> PlanDate {
        let seconds = Int64(time.timeIntervalSince1970.rounded(.down))
        let offset = offsetSeconds(at: time, timeZone: timeZone)
        let (year, month, day) = CivilTime.civil(fromDays: Int(CivilTime.floorDivide(seconds + Int64(offset), 86_400)))
        return PlanDate(year: year, month: month, day: day) ?? PlanDate(year: 1970, month: 1, day: 1)!
    }

    /// The UTC offset of `timeZone` at `time`, in minutes, as a commit signature records it.
    public static func offsetMinutes(at time: Date, timeZone: String) -> Int {
        offsetSeconds(at: time, timeZone: timeZone) / 60
    }

    /// "2019-07-16T09:30:00-07:00" ("Z" for UTC), for JSON output; whole seconds.
    public static func iso8601(_ time: Date, offsetMinutes: Int) -> String {
        let local = Int64(time.timeIntervalSince1970.rounded(.down)) + Int64(offsetMinutes) * 60
        let days = CivilTime.floorDivide(local, 86_400), second = Int(local - days * 86_400)
        let (year, month, day) = CivilTime.civil(fromDays: Int(days))
        func pad(_ value: Int, _ width: Int = 2) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        let zone = offsetMinutes == 0 ? "Z"
            : "\(offsetMinutes < 0 ? "-" : "+")\(pad(abs(offsetMinutes) / 60)):\(pad(abs(offsetMinutes) % 60))"
        return "\(pad(year, 4))-\(pad(month))-\(pad(day))T\(pad(second / 3_600)):\(pad(second / 60 % 60)):\(pad(second % 60))\(zone)"
    }

    static func offsetSeconds(at time: Date, timeZone: String) -> Int {
        guard let rules = ZoneRules.named(timeZone) else { return TimeZoneName.zone(timeZone).secondsFromGMT(for: time) }
        return rules.offset(at: Int64(time.timeIntervalSince1970.rounded(.down)))
    }

    private static func foundationStartOfDay(after date: PlanDate, timeZone: String) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZoneName.zone(timeZone)
        let start = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day)) ?? Date.distantPast
        return calendar.date(byAdding: .day, value: 1, to: start) ?? start
    }
}
