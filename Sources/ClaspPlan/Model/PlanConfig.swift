import ClaspSpec

/// The plan's identity and settings: the content of `clasp.yaml`.
public struct PlanConfig: Equatable, Sendable {
    /// The file format this build writes and understands.
    public static let currentFormat = 1

    /// Short stable id of the plan (a slug, e.g. `roseville`).
    public var id: String
    /// The agency's name as it appears on its documents.
    public var agency: String
    public var format: Int
    /// The agency's time zone (IANA name). Recorded-time questions ("what did we believe on
    /// 2019-03-01?") mean that calendar day where the agency is, not in UTC.
    public var timeZone: String
    /// How published specs print dates (`published-date-style`, default `MM-DD-YY`).
    public var dateStyle: PublishedDateStyle

    public init(id: String, agency: String, format: Int = PlanConfig.currentFormat, timeZone: String = "UTC",
                dateStyle: PublishedDateStyle = .standard) {
        self.id = id
        self.agency = agency
        self.format = format
        self.timeZone = timeZone
        self.dateStyle = dateStyle
    }
}

extension PlanConfig {
    public static func decode(_ text: String, file: String? = PlanLayout.configPath) throws -> PlanConfig {
        var reader = try YAMLFieldReader(YAMLParser.parse(text, file: file), file: file)
        let id = try reader.requiredString("plan")
        guard Slug.isValid(id) else { throw reader.error("plan", .invalidValue("'\(id)' is not a valid plan id (lower-case letters, digits, hyphens)")) }
        let agency = try reader.requiredString("agency")
        let format = try reader.integer("format", in: 1...PlanConfig.currentFormat) ?? PlanConfig.currentFormat
        let zone = try reader.string("time-zone") ?? "UTC"
        guard TimeZoneName.isKnown(zone) else {
            throw reader.error("time-zone", .invalidValue("'\(zone)' is not a known time zone (e.g. America/Los_Angeles)"))
        }
        let pattern = try reader.string("published-date-style")
        let style = try pattern.map { text -> PublishedDateStyle in
            guard let style = PublishedDateStyle(pattern: text) else {
                throw reader.error("published-date-style", .invalidValue("'\(text)' names no month, day and year (e.g. MM-DD-YY or Month D, YYYY)"))
            }
            return style
        } ?? .standard
        try reader.finish()
        return PlanConfig(id: id, agency: agency, format: format, timeZone: zone, dateStyle: style)
    }

    public func encode() -> String {
        CanonicalYAML.render(.mapping([
            YAMLPair("plan", .scalar(id)),
            YAMLPair("agency", .scalar(agency)),
            YAMLPair("format", .scalar(String(format))),
            YAMLPair("time-zone", .scalar(timeZone)),
        ] + (dateStyle == .standard ? [] : [YAMLPair("published-date-style", .scalar(dateStyle.pattern))])))
    }
}
