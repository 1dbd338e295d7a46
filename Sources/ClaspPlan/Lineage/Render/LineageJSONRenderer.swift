public import ClaspSpec
import Foundation

/// Writes lineage as JSON for the API and for tools, in a stable, documented shape.
///
/// ```
/// {
///   "format": "clasp-lineage/1",
///   "root": "finance-technician",          // absent when the whole plan is drawn
///   "asOf": "2003-01-01",                  // absent when no date was asked for
///   "nodes": [{
///     "id": "accounting-technician",
///     "status": "merged",                  // on asOf, else at the end of the record:
///                                          //   not-yet-established, active, abolished, merged, split
///     "start": "1996-01-23", "end": "2012-08-25",       // end absent while in effect
///     "titles": [{"from": "1996-01-23", "until": "2001-07-01", "title": "Accounting Technician"}, …],
///     "events": [{"date", "kind", "title"?, "oldTitle"?, "from"?, "into"?, "note"?}, …],  // file order
///     "versions": [{"effective": "1998-12-23", "title": "Accounting Technician"}, …]
///   }, …],                                 // oldest class first, then by id
///   "edges": [{"from", "to", "kind": "merged-into" | "split-into", "date", "twoSided": true}, …]
/// }
/// ```
/// Keys are sorted and dates are `YYYY-MM-DD`, so the same plan always gives the same bytes.
public struct LineageJSONRenderer: Sendable {
    public init() {}

    /// Renders JSON.
    ///
    /// - Parameters:
    ///   - graph: the plan's lineage.
    ///   - root: the class to centre on (it, its origins and its fate); nil renders every class.
    ///   - asOf: the date each node's `status` refers to.
    /// - Returns: pretty-printed JSON ending with a newline.
    public func render(_ graph: LineageGraph, root: String? = nil, asOf: PlanDate? = nil) -> String {
        let ids = graph.neighbourhood(of: root)
        let document = Document(
            format: "clasp-lineage/1", root: root, asOf: asOf,
            nodes: ids.map { node($0, in: graph, asOf: asOf) },
            edges: graph.edges(among: ids).map {
                Edge(from: $0.from, to: $0.to, kind: $0.kind, date: $0.date, twoSided: $0.isTwoSided)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, dates and arrays cannot fail; an empty object is the safe fallback.
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func node(_ id: String, in graph: LineageGraph, asOf: PlanDate?) -> Node {
        let lineageClass = graph.lineageClass(id)
        return Node(
            id: id,
            status: graph.status(of: id, on: asOf ?? .distantFuture)?.name ?? "unknown",
            start: graph.startDate(of: id), end: graph.endDate(of: id),
            titles: graph.titleHistory(of: id).map { Title(from: $0.from, until: $0.until, title: $0.title) },
            events: (lineageClass?.record.events ?? []).map {
                Event(date: $0.date, kind: $0.kind.rawValue, title: $0.title, oldTitle: $0.oldTitle,
                      from: $0.from.isEmpty ? nil : $0.from, into: $0.into.isEmpty ? nil : $0.into, note: $0.note)
            },
            versions: (lineageClass?.versions ?? []).map { Version(effective: $0.effective, title: $0.title) })
    }

    private struct Document: Encodable {
        let format: String
        let root: String?
        let asOf: PlanDate?
        let nodes: [Node]
        let edges: [Edge]
    }

    private struct Node: Encodable {
        let id: String
        let status: String
        let start: PlanDate?
        let end: PlanDate?
        let titles: [Title]
        let events: [Event]
        let versions: [Version]
    }

    private struct Title: Encodable {
        let from: PlanDate
        let until: PlanDate?
        let title: String
    }

    private struct Event: Encodable {
        let date: PlanDate
        let kind: String
        let title: String?
        let oldTitle: String?
        let from: [String]?
        let into: [String]?
        let note: String?
    }

    private struct Version: Encodable {
        let effective: PlanDate
        let title: String
    }

    private struct Edge: Encodable {
        let from: String
        let to: String
        let kind: LineageEdgeKind
        let date: PlanDate
        let twoSided: Bool
    }
}
