import ClaspPlan

/// The CLI's own next move after a refusal, printed under the error as `clasp: hint: …`.
///
/// The library's messages are shared with the API and the pages, so they say what would
/// satisfy the rule in words; only this face may name its commands and options.
enum CommandLineHint {
    static func hint(for error: any Error) -> String? {
        switch error {
        case let error as ApprovalError: hint(for: error)
        case PlanError.unknownClass: "`clasp list` shows the classes"
        default: nil
        }
    }

    private static func hint(for error: ApprovalError) -> String? {
        switch error {
        case .notInRoster: "act as a roster member with --as or CLASP_USER"
        case .conflictWithMain: "`clasp rebase N` carries the proposal's change onto main"
        case .unknownProposal: "`clasp proposals` lists them"
        case .invalidProposal, .breaksPlan: "`clasp check` applies the same rules to a plan"
        case let .stale(number, _): "clasp rebase \(number)"
        default: nil
        }
    }
}
