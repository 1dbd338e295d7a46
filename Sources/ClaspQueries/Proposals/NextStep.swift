public import ClaspPlan

/// What can be done next with a proposal, as data rather than as a sentence, so each face says
/// it in its own terms: the CLI names its command (`clasp adopt 2`), the API says it plainly or
/// lets clients read the fields, a page shows the button. The shared reports never carry a
/// command line of one face.
public enum NextStep: Sendable, Equatable {
    /// Every stage passed: the proposal can be adopted.
    case adopt(proposal: ProposalNumber)
    /// Main changed what the proposal replaces: it must be rebased before it can be adopted.
    case rebase(proposal: ProposalNumber)

    /// The step open to a proposal in this state; nil when it is closed or still waits for votes.
    public init?(_ status: ProposalStatus) {
        guard status.proposal.state == .open else { return nil }
        if !status.staleVersions.isEmpty {
            self = .rebase(proposal: status.proposal.number)
        } else if status.readyToAdopt {
            self = .adopt(proposal: status.proposal.number)
        } else {
            return nil
        }
    }

    public var proposal: ProposalNumber {
        switch self {
        case let .adopt(number), let .rebase(number): number
        }
    }

    /// The step's stable name in JSON: `adopt` or `rebase`.
    public var code: String {
        switch self {
        case .adopt: "adopt"
        case .rebase: "rebase"
        }
    }

    /// The step as a line of text in a face's words ("ready to adopt\n"), or nothing.
    public static func line(_ step: NextStep?, phrased phrase: (NextStep) -> String) -> String {
        step.map { phrase($0) + "\n" } ?? ""
    }

    /// The step in words that name no tool, as the API's text answers and the pages say it.
    public var plainText: String {
        switch self {
        case .adopt: "ready to adopt"
        case .rebase: "rebase onto main before adopting"
        }
    }
}

/// In JSON: `{"step": "adopt", "proposal": 2, "text": "ready to adopt"}`.
extension NextStep: Codable {
    enum CodingKeys: String, CodingKey { case step, proposal, text }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let number = try container.decode(ProposalNumber.self, forKey: .proposal)
        switch try container.decode(String.self, forKey: .step) {
        case "adopt": self = .adopt(proposal: number)
        case "rebase": self = .rebase(proposal: number)
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .step, in: container, debugDescription: "unknown next step '\(other)'")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .step)
        try container.encode(proposal, forKey: .proposal)
        try container.encode(plainText, forKey: .text)
    }
}
