public import ClaspSpec

/// Names one version of a class the way people ask for it: "finance-technician as of
/// 2018-01-01", optionally "as we knew it on 2026-02-01".
public struct VersionSelector: Equatable, Sendable, CustomStringConvertible {
    public var classID: String
    /// The effective-time date; nil means today in the plan's time zone.
    public var asOf: PlanDate?
    /// The recorded-time date; nil means the plan as it stands now.
    public var knownOn: PlanDate?

    public init(classID: String, asOf: PlanDate? = nil, knownOn: PlanDate? = nil) {
        self.classID = classID
        self.asOf = asOf
        self.knownOn = knownOn
    }

    /// Parses `CLASS` or `CLASS@YYYY-MM-DD`.
    ///
    /// - Returns: nil when the text after `@` is not a real date.
    public init?(parsing text: String, knownOn: PlanDate? = nil) {
        let parts = text.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
        if parts.count == 2 {
            guard let date = PlanDate(iso: parts[1]) else { return nil }
            self.init(classID: String(parts[0]), asOf: date, knownOn: knownOn)
        } else {
            self.init(classID: text, knownOn: knownOn)
        }
    }

    public var description: String {
        var text = classID + (asOf.map { "@\($0)" } ?? "")
        if let knownOn { text += " as known on \(knownOn)" }
        return text
    }
}
