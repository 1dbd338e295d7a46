import ClaspPlan
import ClaspQueries

/// The audit page's and export's filters, read from the query: `class`, `person`, `kind`,
/// and a date range `from`/`to` (inclusive, UTC days).
struct AuditFilter {
    var classID: String?
    var person: String?
    var kind: String?
    var from: String?
    var to: String?

    init(query: QueryParameters) throws {
        classID = query.string("class")
        person = query.string("person")
        kind = query.string("kind")
        from = try query.date("from")?.iso
        to = try query.date("to")?.iso
    }

    func apply(_ records: [AuditRecord]) -> [AuditRecord] {
        AuditExport.filter(records, classID: classID, person: person, kind: kind, from: from, to: to)
    }

    /// The filters as query pairs, for links that keep them.
    var pairs: [(String, String?)] { [("class", classID), ("person", person), ("kind", kind), ("from", from), ("to", to)] }
}
