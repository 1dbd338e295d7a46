public import ClaspPlan
import Foundation

/// JSON shape of one class's part of `clasp history --follow` and of
/// `GET …/classes/{class}/history?follow=true`.
public struct FollowedHistory: Codable, Sendable, Equatable {
    public var classID: String
    public var title: String?
    /// How this class leads to the one asked about ("merged into finance-technician on 2012-08-25").
    public var via: String?
    public var entries: [HistoryReport]

    enum CodingKeys: String, CodingKey { case classID = "class", title, via, entries }

    /// The class's history, then each class it came from (through merges and splits, transitively).
    ///
    /// A commit that changed several of these classes (an edge is recorded at both ends, a chart
    /// import records a class and its predecessors together) is listed once, under the first
    /// class it appears in, so the merge reads as one event.
    public static func follow(_ plan: Plan, classID: String) throws -> [FollowedHistory] {
        var listed = Set<String>()
        func unlisted(_ entries: [HistoryReport]) -> [HistoryReport] {
            entries.filter { listed.insert($0.commit).inserted }
        }
        var groups = [FollowedHistory(classID: classID, title: nil, via: nil, entries: unlisted(try PlanQueries.history(plan, classID: classID)))]
        for step in try plan.current().lineageGraph().origins(of: classID) {
            let via = "\(step.edge.kind == .merge ? "merged into" : "split into") \(step.edge.to) on \(step.edge.date)"
            groups.append(FollowedHistory(classID: step.classID, title: step.title, via: via,
                                          entries: unlisted(try PlanQueries.history(plan, classID: step.classID))))
        }
        return groups
    }

    /// The groups as `clasp history --follow` prints them.
    public static func text(_ groups: [FollowedHistory]) -> String {
        var out = ""
        for (index, group) in groups.enumerated() {
            if index > 0 { out += "\n── \(group.classID)\(group.title.map { " (\($0))" } ?? ""): \(group.via ?? "")\n" }
            out += group.entries.isEmpty && index > 0 ? "    (its changes are listed above)\n" : HistoryReport.text(group.entries)
        }
        return out
    }
}
