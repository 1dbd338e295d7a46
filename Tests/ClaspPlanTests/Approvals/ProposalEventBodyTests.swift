import Foundation
import Testing

@testable import ClaspPlan

/// An event's text is its message without the subject and the trailer block. The byte scan must
/// cut exactly where splitting at blank lines does, whatever runs of line breaks the text holds.
@Suite struct ProposalEventBodyTests {
    /// The definition the scan replaces: paragraphs split at `\n\n`, the first and last dropped.
    static func reference(_ message: String) -> String {
        let paragraphs = message.components(separatedBy: "\n\n")
        guard paragraphs.count > 2 else { return "" }
        return paragraphs.dropFirst().dropLast().joined(separator: "\n\n").trimmingWhitespace
    }

    @Test(arguments: [
        "",
        "vote\n",
        "vote\n\nEvent: vote\n",
        "comment\n\nPlease look again.\n\nEvent: comment\nPerson: ana\n",
        "comment\n\nFirst paragraph.\n\nSecond — with ünïcödé.\n\nEvent: comment\n",
        "comment\n\n\nthree breaks\n\n\n\nfour breaks\n\n\nEvent: comment\n",
        "comment\n\n\n\n\nEvent: comment\n",
        "\n\n\n",
        "\n\n\n\n",
        "a\n\nb\n\n",
        "subject\n\n  indented body  \n\nEvent: x",
    ])
    func bodyCutsWhereParagraphsSplit(message: String) {
        #expect(ProposalEvent.body(of: message) == Self.reference(message))
    }
}
