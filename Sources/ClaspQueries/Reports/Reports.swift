public import ClaspPlan
public import ClaspSpec
import Foundation

/// JSON shape of `clasp show --format json` and `GET /api/v1/plans/{plan}/classes/{class}`.
public struct ShowReport: Encodable, Sendable {
    public var plan: String
    public var classID: String
    public var asOf: PlanDate
    public var asKnownOn: PlanDate?
    /// The commit whose tree answered the question.
    public var recordedIn: String
    public var effective: PlanDate
    public var until: PlanDate?
    public var textOnFile: Bool
    /// Every effective date of the class, oldest first.
    public var timeline: [PlanDate]
    public var version: SpecVersion

    enum CodingKeys: String, CodingKey {
        case plan, classID = "class", asOf, asKnownOn, recordedIn, effective, until, textOnFile, timeline, version
    }
}

/// JSON shape of `clasp list --format json` and `GET /api/v1/plans/{plan}/classes`.
public struct ListReport: Codable, Sendable, Equatable {
    public struct Row: Codable, Sendable, Equatable {
        public var classID: String
        public var title: String?
        public var effective: PlanDate?
        public var status: String
        enum CodingKeys: String, CodingKey { case classID = "class", title, effective, status }
    }
    public var asOf: PlanDate
    public var classes: [Row]
}

/// JSON shape of one `clasp history` entry and of `GET …/classes/{class}/history`.
public struct HistoryReport: Codable, Sendable, Equatable {
    public var commit: String
    public var recordedOn: PlanDate
    public var recordedAt: String
    public var author: String
    public var email: String
    public var summary: String
    public var change: String?
    /// The number of the proposal whose adoption this is.
    public var proposal: Int?
    /// The approving act the adoption cites, when recorded.
    public var resolution: String?
    public var meeting: PlanDate?
    public var bootstrap: Bool
    public var effectiveDates: [PlanDate]
    public var files: [String]
    public var trailers: [[String: String]]

    public init(_ change: RecordedChange) {
        commit = change.commit.hex
        recordedOn = change.recordedOn
        recordedAt = RecordedTime.iso8601(change.author.time, offsetMinutes: change.author.timeZoneOffsetMinutes)
        author = change.author.name
        email = change.author.email
        summary = change.summary
        self.change = change.trailer(.change)
        proposal = change.trailer(.proposal).flatMap { Int($0) }
        resolution = change.trailer(.resolution)
        meeting = change.trailer(.meeting).flatMap(PlanDate.init(iso:))
        bootstrap = change.trailer(.bootstrap) != nil
        effectiveDates = change.effectiveDates
        files = change.files
        trailers = change.trailers.map { ["key": $0.key, "value": $0.value] }
    }
}

/// JSON shape of `clasp check --format json` and `GET /api/v1/plans/{plan}/check`.
public struct CheckReport: Codable, Sendable, Equatable {
    public struct Finding: Codable, Sendable, Equatable {
        public var file: String
        public var line: Int?
        public var message: String
    }
    public var sound: Bool
    public var classes: Int
    /// The commit checked.
    public var commit: String
    public var findings: [Finding]
}

/// One hosted plan, as `GET /api/v1/plans` lists it.
public struct PlanSummary: Codable, Sendable, Equatable {
    public var id: String
    public var agency: String
    public var timeZone: String
    public var classes: Int
    public var head: String
}
