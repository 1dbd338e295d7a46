public import ClaspGit
import ClaspSpec
public import ClaspTrailers
public import Foundation

/// One commit of a proposal's meta log (`refs/proposals/<n>/meta`). Its author is the person
/// who acted; its trailers carry the facts, so `git log` on the meta ref reads as the trail.
public struct ProposalEvent: Equatable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case opened, revised, comment, vote, withdrawn, adopted
    }

    public var kind: Kind
    /// The roster id of the person who acted (trailer `Person:`).
    public var person: String
    public var at: Date
    /// The meta commit.
    public var commit: ObjectID
    /// The message body above the trailers: the reason, comment or vote comment.
    public var text: String
    public var trailers: [Trailer]

    public func trailer(_ key: TrailerKey) -> String? { trailers.value(key) }

    public func trailers(_ key: TrailerKey) -> [String] { trailers.values(key) }

    /// The proposal head this event names (opened, revised).
    public var head: ObjectID? { trailer(.head).flatMap(ObjectID.init(hex:)) }

    /// Reads an event from a meta commit; nil when the commit is not a Clasp event.
    init?(commit: CommitInfo) {
        let trailers = commit.trailers
        guard let kindText = trailers.first(where: { $0.hasKey(.event) })?.value,
              let kind = Kind(rawValue: kindText),
              let person = trailers.first(where: { $0.hasKey(.person) })?.value else { return nil }
        self.kind = kind
        self.person = person
        self.at = commit.author.time
        self.commit = commit.id
        self.trailers = trailers
        self.text = ProposalEvent.body(of: commit.message)
    }

    /// The message without its subject line and trailer block (Clasp always writes both).
    ///
    /// Paragraphs are split at `\n\n` as `components(separatedBy:)` splits them (left to right, not
    /// overlapping); the body is the text between the first and the last split, found on the
    /// UTF-8 bytes because the audit reads a quarter of a million of these messages.
    static func body(of message: String) -> String {
        let bytes = message.utf8
        let newline = UInt8(ascii: "\n")
        var first: String.Index?
        var last: String.Index?
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let next = bytes.index(after: index)
            if bytes[index] == newline, next < bytes.endIndex, bytes[next] == newline {
                if first == nil { first = index } else { last = index }
                index = bytes.index(after: next)
            } else {
                index = next
            }
        }
        guard let first, let last else { return "" }
        return String(message[bytes.index(first, offsetBy: 2)..<last]).trimmingWhitespace
    }
}
