import ClaspGit
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
            version_paths TEXT
        );
        """

    /// Every cached row, by proposal number. A row that does not decode is left out, so its
    /// proposal is read from git and the row rewritten.
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

    /// Stores (or replaces) the rows of `facts`, in one transaction.
    func storeProposalTipFacts(_ facts: [ProposalNumber: ProposalTipFacts]) throws {
        guard !facts.isEmpty else { return }
        try database.write { db in
            let statement = try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO proposal_tips (number, tip, recorded_state, state, version_paths) VALUES (?, ?, ?, ?, ?)
                """)
            for (number, row) in facts {
                let paths = row.versionPaths.flatMap { try? JSONEncoder().encode($0.sorted()) }.map { String(decoding: $0, as: UTF8.self) }
                try statement.execute(arguments: [number, row.tip.hex, row.recordedState?.rawValue, row.state?.rawValue, paths])
            }
        }
    }

    /// A stored state column: `.some(nil)` for NULL, nil for a value no state spells.
    private static func state(_ text: String?) -> ProposalState?? {
        guard let text else { return .some(nil) }
        return ProposalState(rawValue: text).map { .some($0) }
    }
}
