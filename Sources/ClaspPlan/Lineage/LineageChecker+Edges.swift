import ClaspSpec

/// The rules about edges between classes: both ends present, after establishment, acyclic.
extension LineageChecker {
    /// Checks every class an event names: it exists, names this class back on the same date,
    /// and (for a merge or split) was already established.
    func references(_ lineageClass: LineageClass, in graph: LineageGraph) -> [LineageFinding] {
        let id = lineageClass.id
        var findings: [LineageFinding] = []
        let established = graph.timeline(of: id).first { $0.kind == .established }?.date
        for (index, event) in lineageClass.record.events.enumerated() {
            let field = event.kind == .established ? "from" : "into"
            for other in event.from + event.into {
                guard let otherClass = graph.lineageClass(other) else {
                    findings.append(finding(.unknownClass, lineageClass, index,
                        "This event names '\(other)' in '\(field)', but the plan has no class with that id."))
                    continue
                }
                let events = otherClass.record.events
                if event.kind == .established {
                    let answered = events.contains {
                        ($0.kind == .mergedInto || $0.kind == .splitInto) && $0.date == event.date && $0.into.contains(id)
                    }
                    if !answered {
                        findings.append(finding(.oneSidedEdge, lineageClass, index,
                            "\(id) was established from \(other) on \(event.date), but \(otherClass.recordPath) "
                            + "has no merged-into or split-into event on that date naming \(id)."))
                    }
                } else {
                    let answered = events.contains {
                        $0.kind == .established && $0.date == event.date && $0.from.contains(id)
                    }
                    let verb = event.kind == .mergedInto ? "merged into" : "split into"
                    if !answered {
                        findings.append(finding(.oneSidedEdge, lineageClass, index,
                            "\(id) \(verb) \(other) on \(event.date), but \(otherClass.recordPath) has no "
                            + "established event on that date listing \(id) in 'from'."))
                    }
                }
            }
            if event.kind == .mergedInto || event.kind == .splitInto, let established, event.date < established {
                let verb = event.kind == .mergedInto ? "merged into" : "split into"
                findings.append(finding(.edgeBeforeEstablishment, lineageClass, index,
                    "\(id) \(verb) \(event.into.joined(separator: ", ")) on \(event.date), "
                    + "before it was established on \(established)."))
            }
        }
        return findings
    }

    /// Finds each cycle once (a class that, through merges and splits, descends from itself)
    /// and reports it at the cycle's first class by id.
    func cycles(in graph: LineageGraph) -> [LineageFinding] {
        enum Mark { case onPath, done }
        var marks: [String: Mark] = [:]
        var path: [String] = []
        var reported = Set<[String]>()
        var findings: [LineageFinding] = []

        func visit(_ id: String) {
            marks[id] = .onPath
            path.append(id)
            for edge in graph.edges(outOf: id) {
                switch marks[edge.to] {
                case .onPath?:
                    guard let start = path.lastIndex(of: edge.to) else { continue }
                    let members = Array(path[start...])
                    if reported.insert(members.sorted()).inserted {
                        findings.append(cycleFinding(members, in: graph))
                    }
                case .done?:
                    continue
                case nil:
                    visit(edge.to)
                }
            }
            path.removeLast()
            marks[id] = .done
        }
        for id in graph.classIDs where marks[id] == nil { visit(id) }
        return findings
    }

    /// Rotates the cycle to start at its smallest id and locates it at that class's edge event.
    private func cycleFinding(_ members: [String], in graph: LineageGraph) -> LineageFinding {
        let first = members.indices.min { members[$0] < members[$1] } ?? 0
        let ordered = Array(members[first...] + members[..<first])
        let id = ordered[0]
        let next = ordered.count > 1 ? ordered[1] : id
        let previous = ordered.last ?? id
        let message = "This class is part of a cycle in time: \((ordered + [id]).joined(separator: " → ")); "
            + "a class cannot descend from itself."
        let fallback = LineageFinding(rule: .cycle, file: "classes/\(id)/class.yaml", classID: id, message: message)
        guard let lineageClass = graph.lineageClass(id) else { return fallback }
        let events = lineageClass.record.events
        let index = events.firstIndex { $0.into.contains(next) }
            ?? events.firstIndex { $0.kind == .established && $0.from.contains(previous) }
        guard let index else { return fallback }
        return finding(.cycle, lineageClass, index, message)
    }
}
