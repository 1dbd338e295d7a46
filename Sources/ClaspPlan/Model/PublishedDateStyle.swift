public import ClaspSpec

/// How the agency prints dates on its published specs: a pattern of `MM`/`M` (month),
/// `DD`/`D` (day), `YY`/`YYYY` (year) and `Month` (its name), as in `MM-DD-YY` (the default,
/// "07-16-19", as the Roseville specs print their revision dates) or `Month D, YYYY`.
public struct PublishedDateStyle: Equatable, Sendable {
    public static let standard = PublishedDateStyle(pattern: "MM-DD-YY")!
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]

    public let pattern: String
    private let tokens: [Token]

    private enum Token: Equatable { case literal(String), month2, month1, monthName, day2, day1, year2, year4 }

    /// - Returns: nil when the pattern names no month, day and year.
    public init?(pattern: String) {
        var tokens: [Token] = []
        var rest = Substring(pattern)
        let table: [(String, Token)] = [("Month", .monthName), ("YYYY", .year4), ("YY", .year2), ("MM", .month2), ("M", .month1),
                                        ("DD", .day2), ("D", .day1)]
        while !rest.isEmpty {
            if let (text, token) = table.first(where: { rest.hasPrefix($0.0) }) {
                tokens.append(token)
                rest = rest.dropFirst(text.count)
            } else {
                tokens.append(.literal(String(rest.first!)))
                rest = rest.dropFirst()
            }
        }
        let hasMonth = tokens.contains { [.month1, .month2, .monthName].contains($0) }
        let hasDay = tokens.contains { [.day1, .day2].contains($0) }
        let hasYear = tokens.contains { [.year2, .year4].contains($0) }
        guard hasMonth, hasDay, hasYear else { return nil }
        self.pattern = pattern
        self.tokens = tokens
    }

    public func format(_ date: PlanDate) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return tokens.map { token -> String in
            switch token {
            case .literal(let text): return text
            case .month2: return two(date.month)
            case .month1: return String(date.month)
            case .monthName: return Self.months[date.month - 1]
            case .day2: return two(date.day)
            case .day1: return String(date.day)
            case .year2: return two(date.year % 100)
            case .year4: return String(date.year)
            }
        }.joined()
    }
}
