public import ClaspSpec

/// Day arithmetic on calendar days, for due dates.
extension PlanDate {
    /// The day `days` days later (earlier when negative).
    public func adding(days: Int) -> PlanDate {
        let (year, month, day) = CivilTime.civil(fromDays: CivilTime.days(year: year, month: month, day: day) + days)
        return PlanDate(year: year, month: month, day: day) ?? self
    }

    /// Whole days from `earlier` to this day (negative when `earlier` is later).
    public func days(since earlier: PlanDate) -> Int {
        CivilTime.days(year: year, month: month, day: day) - CivilTime.days(year: earlier.year, month: earlier.month, day: earlier.day)
    }
}
