public import ClaspSpec

/// The lineage of every class in one plan tree: who became whom, when, under which titles.
///
/// Built once from the `class.yaml` files (and version titles) of one tree, indexed by
/// dictionaries so each query touches only the classes it walks, never the whole plan.
/// Edges come from both ends of every recorded event; an edge whose other class does not
/// exist is left out here (queries would lead nowhere) and reported by `LineageChecker`.
public struct LineageGraph: Sendable {
    /// Every class by id. When an id appears twice in the input, the first one is kept.
    let classes: [String: LineageClass]
    /// Each class's events sorted by date (stable, so same-day events keep file order).
    let timelines: [String: [LineageEvent]]
    /// Edges leaving each class (to its successors), by date then successor id.
    let outgoing: [String: [LineageEdge]]
    /// Edges entering each class (from its predecessors), by date then predecessor id.
    let incoming: [String: [LineageEdge]]
    /// All class ids, sorted.
    public let classIDs: [String]

    /// Builds the graph.
    ///
    /// - Parameter input: the classes of one plan tree, in any order.
    public init(_ input: [LineageClass]) {
        var classes: [String: LineageClass] = [:]
        classes.reserveCapacity(input.count)
        for lineageClass in input where classes[lineageClass.id] == nil {
            classes[lineageClass.id] = lineageClass
        }
        var timelines: [String: [LineageEvent]] = [:]
        timelines.reserveCapacity(classes.count)
        for (id, lineageClass) in classes {
            timelines[id] = lineageClass.record.events.enumerated()
                .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
                .map(\.element)
        }
        let edges = Self.edges(of: classes)
        var outgoing: [String: [LineageEdge]] = [:]
        var incoming: [String: [LineageEdge]] = [:]
        for edge in edges {
            outgoing[edge.from, default: []].append(edge)
            incoming[edge.to, default: []].append(edge)
        }
        self.classes = classes
        self.timelines = timelines
        self.outgoing = outgoing
        self.incoming = incoming
        self.classIDs = classes.keys.sorted()
    }

    /// The class with this id, if the plan has it.
    public func lineageClass(_ id: String) -> LineageClass? { classes[id] }

    public func contains(_ id: String) -> Bool { classes[id] != nil }

    /// Every edge of the graph, by date, then predecessor, then successor.
    public var edges: [LineageEdge] {
        classIDs.flatMap { outgoing[$0] ?? [] }.sorted(by: Self.edgeOrder)
    }

    /// Edges into `id`, from its direct predecessors.
    public func edges(into id: String) -> [LineageEdge] { incoming[id] ?? [] }

    /// Edges out of `id`, to its direct successors.
    public func edges(outOf id: String) -> [LineageEdge] { outgoing[id] ?? [] }

    /// Events of `id` in date order.
    public func timeline(of id: String) -> [LineageEvent] { timelines[id] ?? [] }

    static func edgeOrder(_ a: LineageEdge, _ b: LineageEdge) -> Bool {
        (a.date, a.from, a.to) < (b.date, b.from, b.to)
    }

    /// Joins the two ends of each edge into one, keyed by (predecessor, successor, date).
    /// The predecessor's event decides the kind; an edge only the successor records is a
    /// merge, since nothing says the predecessor was divided.
    private static func edges(of classes: [String: LineageClass]) -> [LineageEdge] {
        struct Key: Hashable { let from: String, to: String, date: PlanDate }
        var byKey: [Key: LineageEdge] = [:]
        for (id, lineageClass) in classes {
            for event in lineageClass.record.events {
                switch event.kind {
                case .mergedInto, .splitInto:
                    let kind: LineageEdgeKind = event.kind == .mergedInto ? .merge : .split
                    for successor in event.into where classes[successor] != nil {
                        let key = Key(from: id, to: successor, date: event.date)
                        if var edge = byKey[key] {
                            edge.kind = kind
                            edge.recordedByPredecessor = true
                            byKey[key] = edge
                        } else {
                            byKey[key] = LineageEdge(from: id, to: successor, kind: kind, date: event.date,
                                                     recordedByPredecessor: true, recordedBySuccessor: false)
                        }
                    }
                case .established:
                    for predecessor in event.from where classes[predecessor] != nil {
                        let key = Key(from: predecessor, to: id, date: event.date)
                        if byKey[key] != nil {
                            byKey[key]?.recordedBySuccessor = true
                        } else {
                            byKey[key] = LineageEdge(from: predecessor, to: id, kind: .merge, date: event.date,
                                                     recordedByPredecessor: false, recordedBySuccessor: true)
                        }
                    }
                case .retitled, .abolished, .reinstated:
                    continue
                }
            }
        }
        return byKey.values.sorted(by: edgeOrder)
    }
}
