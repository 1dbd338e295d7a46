public import ClaspPlan
public import ClaspSpec

/// JSON shape of one `clasp blame` entry and of `GET …/classes/{class}/blame`.
public struct BlameReport: Codable, Sendable, Equatable {
    public var section: String
    public var heading: String?
    public var text: String
    public var commit: String
    public var recordedOn: PlanDate
    public var proposal: Int?
    public var bootstrap: Bool
    public var approvedBy: [String]
    public var author: String

    public init(_ entry: BlameEntry) {
        section = entry.section.rawValue
        heading = entry.heading
        text = entry.text
        commit = entry.commit.hex
        recordedOn = entry.recordedOn
        proposal = entry.proposal
        bootstrap = entry.bootstrap
        approvedBy = entry.approvedBy.map(\.value)
        author = entry.author
    }

    /// Where the text came from: "proposal 3", "bootstrap" or "direct".
    public var origin: String { proposal.map { "proposal \($0)" } ?? (bootstrap ? "bootstrap" : "direct") }

    /// The approvers as "person (role)".
    public var approvers: [String] { approvedBy.compactMap(ApprovalTrailer.init).map { "\($0.person) (\($0.role))" } }

    /// The entries as `clasp blame` prints them.
    public static func text(_ entries: [BlameReport]) -> String {
        entries.map { entry in
            let approvers = entry.approvers.joined(separator: ", ")
            return "\(entry.commit.prefix(10)) \(entry.recordedOn) \(entry.origin)\(approvers.isEmpty ? "" : ", approved by \(approvers)")\n"
                + "    [\(entry.section)] \(entry.text)\n"
        }.joined()
    }
}
