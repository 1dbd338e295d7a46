import ClaspSpec

/// Days counted from 1990-01-01, the generator's calendar: whole numbers are easy to draw and
/// compare, and convert to plan dates exactly (proleptic Gregorian, no time zones).
enum GeneratedDay {
    /// Day 0 is 1990-01-01; days-from-civil of that date.
    private static let epoch = daysFromCivil(1990, 1, 1)

    static func date(_ day: Int) -> PlanDate {
        let (year, month, dayOfMonth) = civil(fromDays: day + epoch)
        return PlanDate(year: year, month: month, day: dayOfMonth) ?? PlanDate(year: 1990, month: 1, day: 1)!
    }

    /// Seconds from the Unix epoch to 00:00 UTC of `day`.
    static func unixSeconds(_ day: Int) -> Int { (day + epoch) * 86_400 }

    /// Howard Hinnant's days_from_civil: days since 1970-01-01.
    private static func daysFromCivil(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y - 1 : y
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The inverse of `daysFromCivil`.
    private static func civil(fromDays z: Int) -> (Int, Int, Int) {
        let z = z + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp + (mp < 10 ? 3 : -9)
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
