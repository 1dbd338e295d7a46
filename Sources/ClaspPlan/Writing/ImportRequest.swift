public import ClaspSpec

/// One spec version to record by bootstrap import, with where it came from.
public struct ImportRequest: Equatable, Sendable {
    public var classID: String
    public var version: SpecVersion
    /// The file it was read from, for messages and the commit body.
    public var source: String
    /// The SHA-256 of the source file's bytes (hex), recorded as a `Source-SHA256:` trailer.
    public var sourceSHA256: String?
    /// The revision dates and predecessor chart the source prints, to record as title-only
    /// versions and lineage events in the same commit; nil records the version alone.
    public var printedHistory: PrintedHistory?
    /// Whether the version may give its existing class a new title, recorded as a `retitled`
    /// event on its effective date (`clasp import --retitle-from`). Without it, a title that
    /// differs from the one the class bears on that date is refused.
    public var retitles: Bool

    public init(classID: String, version: SpecVersion, source: String, printedHistory: PrintedHistory? = nil,
                retitles: Bool = false, sourceSHA256: String? = nil) {
        self.sourceSHA256 = sourceSHA256
        self.classID = classID
        self.version = version
        self.source = source
        self.printedHistory = printedHistory
        self.retitles = retitles
    }

    /// A class id derived from a title: lower-case words joined by hyphens, with a series'
    /// level suffix dropped ("Finance Technician I/II" -> "finance-technician"), because the id
    /// names the class across its levels and must survive retitles.
    public static func classID(fromTitle title: String) -> String {
        var words = title.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "/" }).map(String.init)
        if let last = words.last, last.contains("/"),
           last.split(separator: "/").allSatisfy({ $0.allSatisfy { "IVX".contains($0) } }) {
            words.removeLast()
        }
        let slug = words.joined(separator: "-").lowercased()
            .map { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" ? String($0) : "-" }
            .joined()
        return slug.split(separator: "-").joined(separator: "-")
    }
}

/// What importing one request did (or, in a dry run, would do).
public struct ImportOutcome: Equatable, Sendable {
    public enum Action: String, Equatable, Sendable {
        /// A new class was established with this as its first version.
        case establishedClass = "established-class"
        /// A new effective version of an existing class.
        case addedVersion = "added-version"
        /// An existing version file was replaced (a bootstrap correction).
        case replacedVersion = "replaced-version"
        /// The plan already held exactly this version; nothing was written.
        case unchanged
    }

    public var classID: String
    public var effective: PlanDate
    public var action: Action
    /// The commit that recorded it; nil in a dry run or when unchanged.
    public var commit: String?
    /// What the same commit records besides the version: title-only versions and lineage events
    /// from the printed history, or the retitle `--retitle-from` asked for.
    public var history: [ImportedHistoryEntry] = []
    /// Printed history the import could not place (a chart line without a date, a date after
    /// the merge it leads to); the rest is recorded.
    public var warnings: [String] = []
}
