import ClaspSpec
import Foundation

/// Converts between recorded instants (commit times) and the agency's calendar days.
public enum RecordedTime {
    /// The first instant of the day after `date` in `timeZone`: everything recorded before it was
    /// recorded "on or before" `date`.
    public static func startOfDay(after date: PlanDate, timeZone: String) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZoneName.zone(timeZone)
        let start = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day)) ?? Date.distantPast
        return calendar.date(byAdding: .day, value: 1, to: start) ?? start
    }

    /// The calendar day an instant falls on in `timeZone`.
    public static func day(of time: Date, timeZone: String) -> PlanDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZoneName.zone(timeZone)
        let parts = calendar.dateComponents([.year, .month, .day], from: time)
        return PlanDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? PlanDate(year: 1970, month: 1, day: 1)!
    }

    /// The UTC offset of `timeZone` at `time`, in minutes, as a commit signature records it.
    public static func offsetMinutes(at time: Date, timeZone: String) -> Int {
        TimeZoneName.zone(timeZone).secondsFromGMT(for: time) / 60
    }

    /// "2019-07-16T09:30:00-07:00", for JSON output.
    public static func iso8601(_ time: Date, offsetMinutes: Int) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: offsetMinutes * 60)
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: time)
    }
}
