import ClaspGit
import ClaspSpec
import Foundation
import GRDB

/// What one meta log's tip commit says about its proposal, as `proposal_tips` keeps it.
///
/// Every field is a pure function of `tip`: a commit id fixes the whole log behind it, so a row
/// is right for as long as the meta ref still points at `tip`, and is ignored once it does not.
struct ProposalTipFacts: Equatable {
    /// The meta commit these facts were read from.
    var tip: ObjectID
    /// The tip commit's `State:` trailer; nil for a log written before the trailer.
    var recordedState: ProposalState?
    /// The state a walk of the whole log derives; nil until a query walked it.
    var state: ProposalState?
    /// The version files the proposal's head changes against its base; nil until the
    /// effective-date check computed them.
    var versionPaths: Set<String>?
    /// What a list of proposals shows of it; nil until a walk of the log made it.
    var listing: ProposalListing?
}

extension RecordedIndex {
    /// The table of cached tip facts, created with the rest of a new file or added to a schema-2
    /// file by `prepareSchema`.
    static let proposalTipsTable = """
        CREATE TABLE IF NOT EXISTS proposal_tips (
            number INTEGER PRIMARY KEY,
            tip TEXT NOT NULL,
            recorded_state TEXT,
            state TEXT,
            version_paths TEXT,
            kind TEXT,
            classes TEXT,
            effective TEXT,
            reason TEXT,
            author TEXT,
            base TEXT,
            head TEXT,
            adopted_as TEXT
        );
        """

    /// Every cached row, by proposal number. A row that does not decode is left out, so its
    /// proposal is read from git and the row rewritten.
    func proposalTipFacts() throws -> [ProposalNumber: ProposalTipFacts] {
        try database.read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT number, tip, recorded_state, state, version_paths, kind, classes, effective, reason, author, base, head, adopted_as
                FROM proposal_tips
                """)
            var facts: [ProposalNumber: ProposalTipFacts] = [:]
            while let row = try rows.next() {
                guard let tip = (row[1] as String?).flatMap(ObjectID.init(hex:)),
                      let recorded = Self.state(row[2]), let state = Self.state(row[3]) else { continue }
                var paths: Set<String>?
                if let json = row[4] as String? {
                    guard let decoded = try? JSONDecoder().decode([String].self, from: Data(json.utf8)) else { continue }
                    paths = Set(decoded)
                }
                var listing: ProposalListing?
                if row[5] as String? != nil {
                    guard let stored = Self.listing(row, number: row[0], state: state) else { continue }
                    listing = stored
                }
                facts[row[0]] = ProposalTipFacts(tip: tip, recordedState: recorded, state: state, versionPaths: paths, listing: listing)
            }
            return facts
        }
    }

    /// Stores (or replaces) the rows of `facts`, in one transaction.
    func storeProposalTipFacts(_ facts: [ProposalNumber: ProposalTipFacts]) throws {
        guard !facts.isEmpty else { return }
        try database.write { db in
            let statement = try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO proposal_tips (number, tip, recorded_state, state, version_paths, kind, classes, effective,
                                                      reason, author, base, head, adopted_as)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (number, row) in facts {
                let paths = row.versionPaths.flatMap { try? JSONEncoder().encode($0.sorted()) }.map { String(decoding: $0, as: UTF8.self) }
                // Class ids are stored one a line; a (hand-made) id that is empty or holds a line
                // break would not read back as written, so that listing is not cached.
                let listing = row.listing.flatMap { $0.classIDs.contains { $0.isEmpty || $0.contains("\n") } ? nil : $0 }
                try statement.execute(arguments: [number, row.tip.hex, row.recordedState?.rawValue, row.state?.rawValue, paths,
                                                  listing?.kind.rawValue, listing?.classIDs.joined(separator: "\n"), listing?.effective?.iso,
                                                  listing?.reason, listing?.author, listing?.base.hex, listing?.head.hex,
                                                  listing?.adoptedAs?.hex])
            }
        }
    }

    /// The listing columns of a row (from `kind`, index 5, on); nil when one does not decode.
    private static func listing(_ row: Row, number: ProposalNumber, state: ProposalState?) -> ProposalListing? {
        guard let state, let kind = (row[5] as String?).flatMap(ChangeKind.init(rawValue:)), let classes = row[6] as String?,
              let reason = row[8] as String?, let author = row[9] as String?,
              let base = (row[10] as String?).flatMap(ObjectID.init(hex:)), let head = (row[11] as String?).flatMap(ObjectID.init(hex:))
        else { return nil }
        var effective: PlanDate?
        if let text = row[7] as String? {
            guard let date = PlanDate(iso: text) else { return nil }
            effective = date
        }
        var adoptedAs: ObjectID?
        if let text = row[12] as String? {
            guard let id = ObjectID(hex: text) else { return nil }
            adoptedAs = id
        }
        return ProposalListing(number: number, kind: kind, classIDs: classes.isEmpty ? [] : classes.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                               effective: effective, reason: reason, author: author, state: state, base: base, head: head,
                               adoptedAs: adoptedAs)
    }

    /// A stored state column: `.some(nil)` for NULL, nil for a value no state spells.
    private static func state(_ text: String?) -> ProposalState?? {
        guard let text else { return .some(nil) }
        return ProposalState(rawValue: text).map { .some($0) }
    }
}
