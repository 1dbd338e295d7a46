import ClaspSpec

/// Walks along the edges: who came before a class, who came after, and in what order.
extension LineageGraph {
    /// The classes a class came from.
    ///
    /// - Parameters:
    ///   - id: the class.
    ///   - transitive: also walk back through predecessors' predecessors.
    /// - Returns: breadth-first, nearest first; each class once, reached by its shallowest edge.
    public func predecessors(of id: String, transitive: Bool = false) -> [LineageStep] {
        walk(from: id, transitive: transitive, next: { incoming[$0] ?? [] }, far: \.from)
    }

    /// The classes a class became.
    ///
    /// - Parameters:
    ///   - id: the class.
    ///   - transitive: also walk on through successors' successors.
    /// - Returns: breadth-first, nearest first; each class once, reached by its shallowest edge.
    public func successors(of id: String, transitive: Bool = false) -> [LineageStep] {
        walk(from: id, transitive: transitive, next: { outgoing[$0] ?? [] }, far: \.to)
    }

    /// "What became of X": every class X passed into, directly or later on, oldest step first.
    public func fate(of id: String) -> [LineageStep] {
        successors(of: id, transitive: true).sorted {
            ($0.edge.date, $0.depth, $0.classID) < ($1.edge.date, $1.depth, $1.classID)
        }
    }

    /// "Where did Y come from": every class Y descends from, walking back in time (newest step first).
    public func origins(of id: String) -> [LineageStep] {
        predecessors(of: id, transitive: true).sorted {
            ($1.edge.date, $0.depth, $0.classID) < ($0.edge.date, $1.depth, $1.classID)
        }
    }

    /// Breadth-first walk that visits each class once, so a cycle in bad data cannot loop.
    private func walk(from id: String, transitive: Bool, next: (String) -> [LineageEdge],
                      far: KeyPath<LineageEdge, String>) -> [LineageStep] {
        var seen: Set<String> = [id]
        var steps: [LineageStep] = []
        var frontier = [id]
        var depth = 1
        while !frontier.isEmpty {
            var nextFrontier: [String] = []
            for current in frontier {
                for edge in next(current) {
                    let reached = edge[keyPath: far]
                    guard seen.insert(reached).inserted else { continue }
                    steps.append(LineageStep(classID: reached, edge: edge, depth: depth,
                                             title: title(of: reached, on: edge.date)))
                    nextFrontier.append(reached)
                }
            }
            guard transitive else { break }
            frontier = nextFrontier
            depth += 1
        }
        return steps
    }
}
