import ClaspSpec

/// Days counted from 1990-01-01, the generator's calendar: whole numbers are easy to draw and
/// compare, and convert to plan dates exactly (proleptic Gregorian, no time zones).
enum GeneratedDay {
    /// Day 0 is 1990-01-01; days-from-civil of that date.
    private static let epoch = CivilTime.days(year: 1990, month: 1, day: 1)

    static func date(_ day: Int) -> PlanDate {
        let (year, month, dayOfMonth) = CivilTime.civil(fromDays: day + epoch)
        return PlanDate(year: year, month: month, day: dayOfMonth) ?? PlanDate(year: 1990, month: 1, day: 1)!
    }

    /// Seconds from the Unix epoch to 00:00 UTC of `day`.
    static func unixSeconds(_ day: Int) -> Int { (day + epoch) * 86_400 }
}
