import ClaspPlan
import ClaspSpec
import Foundation
import Testing

/// `RecordedTime` computes from the system's tz files by hand; Foundation (ICU) is the
/// independent reference it must agree with, across daylight-saving changes both hemispheres.
@Suite struct RecordedTimeArithmeticTests {
    static let zones = ["America/Los_Angeles", "America/New_York", "Europe/London", "Europe/Berlin", "Australia/Sydney",
                        "Asia/Kolkata", "Pacific/Auckland", "America/St_Johns", "UTC"]

    @Test(arguments: zones) func offsetsAndDaysAgreeWithFoundation(zone: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        // Every 7 hours 13 minutes from 1975 to 2045: every hour of the day, every season.
        var seconds: TimeInterval = 157_766_400
        while seconds < 2_366_841_600 {
            let time = Date(timeIntervalSince1970: seconds)
            #expect(RecordedTime.offsetMinutes(at: time, timeZone: zone) * 60 == timeZone.secondsFromGMT(for: time), "\(zone) at \(time)")
            let parts = calendar.dateComponents([.year, .month, .day], from: time)
            let day = RecordedTime.day(of: time, timeZone: zone)
            #expect([day.year, day.month, day.day] == [parts.year, parts.month, parts.day], "\(zone) at \(time)")
            seconds += 26_000
        }
    }

    @Test(arguments: zones) func dayBoundariesAgreeWithFoundation(zone: String) throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: zone))
        for year in [1980, 1999, 2016, 2024, 2031] {
            for month in 1...12 {
                for day in [1, 2, 5, 6, 7, 8, 13, 14, 25, 26, 27, 28] {
                    let date = try #require(PlanDate(year: year, month: month, day: day))
                    let start = try #require(calendar.date(from: DateComponents(year: year, month: month, day: day)))
                    let expected = try #require(calendar.date(byAdding: .day, value: 1, to: start))
                    #expect(RecordedTime.startOfDay(after: date, timeZone: zone) == expected, "\(zone) \(date)")
                }
            }
        }
    }

    @Test func iso8601MatchesFoundationsFormatter() throws {
        for (seconds, minutes) in [(0.0, 0), (1_563_294_600, -420), (-86_401, 330), (1_700_000_000.9, 765), (951_782_400, -210)] {
            let time = Date(timeIntervalSince1970: seconds)
            let formatter = ISO8601DateFormatter()
            formatter.timeZone = TimeZone(secondsFromGMT: minutes * 60)
            formatter.formatOptions = [.withInternetDateTime]
            #expect(RecordedTime.iso8601(time, offsetMinutes: minutes) == formatter.string(from: time))
        }
    }

    @Test func unknownZonesAreRejected() {
        #expect(TimeZoneName.isKnown("America/Los_Angeles"))
        #expect(!TimeZoneName.isKnown("Mars/Olympus_Mons"))
        #expect(!TimeZoneName.isKnown("../../etc/passwd"))
    }
}
