import ClaspGit
public import ClaspTrailers

/// The trailer keys Clasp writes and reads: one spelling each, and one way to match them.
///
/// Git compares trailer keys case-insensitively (`git log --format=%(trailers:key=approved-by)`
/// finds `Approved-by:`), so every lookup here does too: a hand-written `approved-by:` line is
/// read, and judged, exactly as git reads it.
public enum TrailerKey: String, Sendable, CaseIterable {
    // Adoption commits on main.
    case proposal = "Proposal"
    case proposalMeta = "Proposal-Meta"
    case proposalHead = "Proposal-Head"
    case change = "Change"
    case workflow = "Workflow"
    case approvedBy = "Approved-by"
    case recordedBy = "Recorded-By"
    /// The approving act an adoption cites (`adopt --resolution`, `--meeting`).
    case resolution = "Resolution"
    case meeting = "Meeting"
    // Bootstrap imports.
    case bootstrap = "Bootstrap"
    case overrideReason = "Override-Reason"
    /// The file an import read and its SHA-256: provenance kept with the record, not in the text.
    case sourceFile = "Source-File"
    case sourceSHA256 = "Source-SHA256"
    case effectiveDate = "Effective-Date"
    // Proposal events (refs/proposals/<n>/meta).
    case event = "Event"
    case person = "Person"
    case state = "State"
    case kind = "Kind"
    case classID = "Class"
    case effective = "Effective"
    case base = "Base"
    case head = "Head"
    case tree = "Tree"
    case decision = "Decision"
    case stage = "Stage"
    case role = "Role"
    case adoptedAs = "Adopted-As"
}

extension Trailer {
    public init(_ key: TrailerKey, _ value: String) { self.init(key: key.rawValue, value: value) }

    /// Whether this trailer's key is `key`, case-insensitively as git compares keys.
    public func hasKey(_ key: TrailerKey) -> Bool { hasKey(key.rawValue) }
}

extension Array where Element == Trailer {
    /// The first value under `key`.
    public func value(_ key: TrailerKey) -> String? { first { $0.hasKey(key) }?.value }

    /// Every value under `key`, in order.
    public func values(_ key: TrailerKey) -> [String] { filter { $0.hasKey(key) }.map(\.value) }

    public func contains(_ key: TrailerKey) -> Bool { contains { $0.hasKey(key) } }
}
