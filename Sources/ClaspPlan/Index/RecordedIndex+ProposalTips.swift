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
    /// What a list of proposals shows of it, made by a walk, to be stored in
    /// `proposal_listings`; nil in rows read back (`proposalListings` reads that table).
    var listing: ProposalListing?
}

extension RecordedIndex {
    /// The tables of cached tip facts, created with the rest of a new file or added to a
    /// schema-2 file by `prepareSchema`. Listings sit in a table of their own, keyed by their
    /// own tip, so the queries that need only states do not load 60,000 reasons.
    static let proposalTipsTables = """
        CREATE TABLE IF NOT EXISTS proposal_tips (
            number INTEGER PRIMARY KEY,
            tip TEXT NOT NULL,
            recorded_state TEXT,
            state TEXT,
            version_paths TEXT
        );
        CREATE TABLE IF NOT EXISTS proposal_listings (
            number INTEGER PRIMARY KEY,
            tip TEXT NOT NULL,
            state TEXT NOT NULL,
            kind TEXT NOT NULL,
            classes TEXT NOT NULL,
            effective TEXT,
            reason TEXT NOT NULL,
            author TEXT NOT NULL,
            base TEXT NOT NULL,
            head TEXT NOT NULL,
            adopted_as TEXT
        );
        """

    /// Every cached row of `proposal_tips`, by proposal number. A row that does not decode is
    /// left out, so its proposal is read from git and the row rewritten.
    func proposalTipFacts() throws -> [ProposalNumber: ProposalTipFacts] {
        try database.read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT number, tip, recorded_state, state, version_paths FROM proposal_tips")
            var facts: [ProposalNumber: ProposalTipFacts] = [:]
            while let row = try rows.next() {
                guard let tip = (row[1] as String?).flatMap(ObjectID.init(hex:)),
                      let recorded = Self.state(row[2]), let state = Self.state(row[3]) else { continue }
                var paths: Set<String>?
                if let json = row[4] as String? {
                    guard let decoded = try? JSONDecoder().decode([String].self, from: Data(json.utf8)) else { continue }
                    paths = Set(decoded)
                }
                facts[row[0]] = ProposalTipFacts(tip: tip, recordedState: recorded, state: state, versionPaths: paths)
            }
            return facts
        }
    }

    /// The stored listings of the proposals `tips` names that were stored from the tip given
    /// there, by number: looked up one by one for a few, read in one scan for many.
    func proposalListings(_ tips: [(number: ProposalNumber, tip: ObjectID)]) throws -> [ProposalNumber: ProposalListing] {
        let wanted = Dictionary(tips.map { ($0.number, $0.tip) }, uniquingKeysWith: { first, _ in first })
        let columns = "number, tip, state, kind, classes, effective, reason, author, base, head, adopted_as"
        return try database.read { db in
            var listings: [ProposalNumber: ProposalListing] = [:]
            func take(_ row: Row) {
                let number: ProposalNumber = row[0]
                guard let tip = wanted[number], (row[1] as String?).flatMap(ObjectID.init(hex:)) == tip,
                      let listing = Self.listing(row, number: number) else { return }
                listings[number] = listing
            }
            if wanted.count > 1_000 {
                let rows = try Row.fetchCursor(db, sql: "SELECT \(columns) FROM proposal_listings")
                while let row = try rows.next() { take(row) }
            } else {
                let statement = try db.cachedStatement(sql: "SELECT \(columns) FROM proposal_listings WHERE number = ?")
                for number in wanted.keys {
                    if let row = try Row.fetchOne(statement, arguments: [number]) { take(row) }
                }
            }
            return listings
        }
    }

    /// Stores (or replaces) the rows of `facts`, in one transaction; a row without a listing
    /// leaves the stored listing alone (it is keyed by its own tip).
    func storeProposalTipFacts(_ facts: [ProposalNumber: ProposalTipFacts]) throws {
        guard !facts.isEmpty else { return }
        try database.write { db in
            let tipRow = try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO proposal_tips (number, tip, recorded_state, state, version_paths) VALUES (?, ?, ?, ?, ?)
                """)
            let listingRow = try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO proposal_listings (number, tip, state, kind, classes, effective, reason, author, base, head, adopted_as)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (number, row) in facts {
                let paths = row.versionPaths.flatMap { try? JSONEncoder().encode($0.sorted()) }.map { String(decoding: $0, as: UTF8.self) }
                try tipRow.execute(arguments: [number, row.tip.hex, row.recordedState?.rawValue, row.state?.rawValue, paths])
                // Class ids are stored one a line; a (hand-made) id that is empty or holds a line
                // break would not read back as written, so that listing is not cached.
                guard let listing = row.listing, !listing.classIDs.contains(where: { $0.isEmpty || $0.contains("\n") }) else { continue }
                try listingRow.execute(arguments: [number, row.tip.hex, listing.state.rawValue, listing.kind.rawValue,
                                                   listing.classIDs.joined(separator: "\n"), listing.effective?.iso, listing.reason,
                                                   listing.author, listing.base.hex, listing.head.hex, listing.adoptedAs?.hex])
            }
        }
    }

    /// The listing a `proposal_listings` row holds; nil when a column does not decode.
    private static func listing(_ row: Row, number: ProposalNumber) -> ProposalListing? {
        guard let state = (row[2] as String?).flatMap(ProposalState.init(rawValue:)),
              let kind = (row[3] as String?).flatMap(ChangeKind.init(rawValue:)), let classes = row[4] as String?,
              let reason = row[6] as String?, let author = row[7] as String?,
              let base = (row[8] as String?).flatMap(ObjectID.init(hex:)), let head = (row[9] as String?).flatMap(ObjectID.init(hex:))
        else { return nil }
        var effective: PlanDate?
        if let text = row[5] as String? {
            guard let date = PlanDate(iso: text) else { return nil }
            effective = date
        }
        var adoptedAs: ObjectID?
        if let text = row[10] as String? {
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
