/// A POSIX `TZ` rule as the footer of a TZif file holds it, such as `PST8PDT,M3.2.0,M11.1.0`:
/// a standard offset and, optionally, a daylight offset with the rules of its start and end.
///
/// Only the `Mm.w.d[/time]` form of the start and end is understood (what the tz database
/// writes for every zone with daylight saving time today); anything else does not parse.
struct PosixZoneRule: Sendable, Equatable {
    /// A day of the year: weekday `weekday` (0 Sunday) of week `week` (5: the last) of `month`,
    /// at `time` seconds after local midnight (may be negative or past 24 hours).
    struct Change: Sendable, Equatable {
        var month: Int, week: Int, weekday: Int, time: Int
    }

    /// Seconds east of UTC.
    var standard: Int
    var daylight: (offset: Int, start: Change, end: Change)?

    static func == (lhs: PosixZoneRule, rhs: PosixZoneRule) -> Bool {
        lhs.standard == rhs.standard && lhs.daylight?.offset == rhs.daylight?.offset
            && lhs.daylight?.start == rhs.daylight?.start && lhs.daylight?.end == rhs.daylight?.end
    }

    init?(_ text: String) {
        var scanner = Substring(text)
        guard Self.skipName(&scanner), let standardWest = Self.duration(&scanner) else { return nil }
        standard = -standardWest
        if scanner.isEmpty { daylight = nil; return }
        guard Self.skipName(&scanner) else { return nil }
        var offset = standard + 3_600
        if let first = scanner.first, first != "," {
            guard let west = Self.duration(&scanner) else { return nil }
            offset = -west
        }
        guard scanner.first == "," else { return nil }
        scanner.removeFirst()
        guard let start = Self.change(&scanner), scanner.first == "," else { return nil }
        scanner.removeFirst()
        guard let end = Self.change(&scanner), scanner.isEmpty else { return nil }
        daylight = (offset, start, end)
    }

    /// The UTC offset in seconds at `seconds` since 1970.
    func offset(at seconds: Int64) -> Int {
        guard let daylight else { return standard }
        let year = CivilTime.civil(fromDays: Int(CivilTime.floorDivide(seconds + Int64(standard), 86_400))).year
        // A change's time is local wall time: the start in standard time, the end in daylight time.
        let start = Int64(daylight.start.seconds(in: year) - standard)
        let end = Int64(daylight.end.seconds(in: year) - daylight.offset)
        let inDaylight = start < end ? (seconds >= start && seconds < end) : (seconds < end || seconds >= start)
        return inDaylight ? daylight.offset : standard
    }

    /// A name: letters, or anything between `<` and `>`.
    private static func skipName(_ scanner: inout Substring) -> Bool {
        if scanner.first == "<" {
            guard let close = scanner.firstIndex(of: ">") else { return false }
            scanner = scanner[scanner.index(after: close)...]
            return true
        }
        let letters = scanner.prefix { $0.isLetter }
        guard letters.count >= 3 else { return false }
        scanner = scanner.dropFirst(letters.count)
        return true
    }

    /// `[+-]hh[:mm[:ss]]` in seconds.
    private static func duration(_ scanner: inout Substring) -> Int? {
        var sign = 1
        if let first = scanner.first, first == "+" || first == "-" {
            sign = first == "-" ? -1 : 1
            scanner.removeFirst()
        }
        var total = 0
        for (position, unit) in [3_600, 60, 1].enumerated() {
            if position > 0 {
                guard scanner.first == ":" else { break }
                scanner.removeFirst()
            }
            let digits = scanner.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, let value = Int(digits) else { return nil }
            scanner = scanner.dropFirst(digits.count)
            total += value * unit
        }
        return sign * total
    }

    /// `Mm.w.d[/time]`.
    private static func change(_ scanner: inout Substring) -> Change? {
        guard scanner.first == "M" else { return nil }
        scanner.removeFirst()
        var numbers: [Int] = []
        for position in 0..<3 {
            if position > 0 {
                guard scanner.first == "." else { return nil }
                scanner.removeFirst()
            }
            let digits = scanner.prefix { $0.isASCII && $0.isNumber }
            guard let value = Int(digits) else { return nil }
            scanner = scanner.dropFirst(digits.count)
            numbers.append(value)
        }
        guard (1...12).contains(numbers[0]), (1...5).contains(numbers[1]), (0...6).contains(numbers[2]) else { return nil }
        var time = 7_200
        if scanner.first == "/" {
            scanner.removeFirst()
            guard let parsed = duration(&scanner) else { return nil }
            time = parsed
        }
        return Change(month: numbers[0], week: numbers[1], weekday: numbers[2], time: time)
    }
}

extension PosixZoneRule.Change {
    /// Local wall-clock seconds since 1970 (as if UTC) of this change in `year`.
    func seconds(in year: Int) -> Int {
        let firstOfMonth = CivilTime.days(year: year, month: month, day: 1)
        // 1970-01-01 was a Thursday (weekday 4).
        let firstWeekday = ((firstOfMonth + 4) % 7 + 7) % 7
        var day = 1 + (weekday - firstWeekday + 7) % 7 + (week - 1) * 7
        let length = CivilTime.days(year: month == 12 ? year + 1 : year, month: month == 12 ? 1 : month + 1, day: 1) - firstOfMonth
        while day > length { day -= 7 }
        return (firstOfMonth + day - 1) * 86_400 + time
    }
}
