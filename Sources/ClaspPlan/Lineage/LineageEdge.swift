public import ClaspSpec

/// How a class passed into another on an edge of the lineage graph.
public enum LineageEdgeKind: String, Equatable, Hashable, Sendable, Codable {
    /// The predecessor (alone or with others) became the successor.
    case merge = "merged-into"
    /// The predecessor was divided among two or more successors.
    case split = "split-into"
}

/// A dated link from a predecessor class to a successor class.
///
/// Both ends are normally recorded (A `merged-into` B, B `established` `from` A, same date);
/// the graph keeps an edge even when only one end says so, and remembers which ends did, so
/// queries still work on a plan under repair while `LineageChecker` reports the gap.
public struct LineageEdge: Equatable, Hashable, Sendable {
    public var from: String
    public var to: String
    public var kind: LineageEdgeKind
    public var date: PlanDate
    /// The predecessor records a `merged-into` or `split-into` event naming the successor.
    public var recordedByPredecessor: Bool
    /// The successor records an `established` event listing the predecessor in `from`.
    public var recordedBySuccessor: Bool

    public init(from: String, to: String, kind: LineageEdgeKind, date: PlanDate,
                recordedByPredecessor: Bool = true, recordedBySuccessor: Bool = true) {
        self.from = from
        self.to = to
        self.kind = kind
        self.date = date
        self.recordedByPredecessor = recordedByPredecessor
        self.recordedBySuccessor = recordedBySuccessor
    }

    /// Both ends agree.
    public var isTwoSided: Bool { recordedByPredecessor && recordedBySuccessor }
}

/// A class reached by walking the graph from another, with the edge that reached it.
public struct LineageStep: Equatable, Sendable {
    /// The class reached.
    public var classID: String
    /// The edge walked to reach it (for predecessors, `edge.from == classID`).
    public var edge: LineageEdge
    /// 1 for a direct predecessor or successor, 2 for one once removed, and so on.
    public var depth: Int
    /// The class's title on the edge's date: a predecessor's last title, a successor's first.
    public var title: String?

    public init(classID: String, edge: LineageEdge, depth: Int, title: String?) {
        self.classID = classID
        self.edge = edge
        self.depth = depth
        self.title = title
    }
}

/// Where a class stood on one date.
public enum LineageStatus: Equatable, Sendable {
    case notYetEstablished
    case active
    case abolished(on: PlanDate)
    case merged(into: String, on: PlanDate)
    case split(into: [String], on: PlanDate)

    /// The class was in effect (could be used for positions) on that date.
    public var isInEffect: Bool { self == .active }

    /// A short word for tables and JSON: `not-yet-established`, `active`, `abolished`, `merged`, `split`.
    public var name: String {
        switch self {
        case .notYetEstablished: return "not-yet-established"
        case .active: return "active"
        case .abolished: return "abolished"
        case .merged: return "merged"
        case .split: return "split"
        }
    }
}

/// One stretch of time under one title.
public struct TitleSpan: Equatable, Sendable {
    public var from: PlanDate
    /// The first day under the next title or after the class ended; nil while it continues.
    public var until: PlanDate?
    public var title: String

    public init(from: PlanDate, until: PlanDate?, title: String) {
        self.from = from
        self.until = until
        self.title = title
    }
}
