import ClaspQueries

/// How the CLI says what comes next: with the command that does it. The shared reports carry
/// the step as data (local or from a server alike), so a remote plan reads the same as a local one.
extension NextStep {
    var commandLine: String {
        switch self {
        case let .adopt(number): "ready to adopt: clasp adopt \(number)"
        case let .rebase(number): "rebase before adopting: clasp rebase \(number)"
        }
    }
}

extension ActionReport {
    /// What `clasp` prints for the action.
    var commandLineText: String { text(nextStep: \.commandLine) }
}

/// The parts of `GET …/proposals/{number}/status` that `clasp proposal N` prints in text.
struct ProposalStatusText: Decodable {
    var text: String
    var next: NextStep?

    var commandLineText: String { text + NextStep.line(next, phrased: \.commandLine) }
}
