public import ClaspSpec
import Foundation

/// A change to the identity of one or more classes, as an analyst asks for it: the lineage
/// kinds of `ChangeKind`. `Plan.lineageDraft` turns it into the `class.yaml` events and version
/// files that one proposal writes, so that the vote covers both and adoption is one commit.
public enum LineageChange: Equatable, Sendable {
    /// The class takes a new title from the effective date. With `newID`, the agency opens a
    /// new class folder instead: the old class is merged into the new one, which is established
    /// from it under the new title.
    case retitle(classID: String, title: String, newID: String?)
    /// Several classes become one: a new class (established from them) or an existing one
    /// (which absorbs them and records where they came from).
    case merge(classIDs: [String], into: String)
    /// One class is divided among two or more successors, new or existing.
    case split(classID: String, into: [String])
    /// The class ends; nothing may happen to it until it is reinstated.
    case abolish(classID: String)
    /// An abolished class comes back into effect.
    case reinstate(classID: String)

    /// The kind of proposal that carries the change (it picks the workflow).
    public var kind: ChangeKind {
        switch self {
        case .retitle: return .retitle
        case .merge: return .merge
        case .split: return .split
        case .abolish: return .abolish
        case .reinstate: return .reinstate
        }
    }

    /// Every class the change names, predecessors first.
    public var classIDs: [String] {
        switch self {
        case let .retitle(id, _, newID): return [id] + (newID.map { [$0] } ?? [])
        case let .merge(ids, into): return ids + [into]
        case let .split(id, into): return [id] + into
        case let .abolish(id), let .reinstate(id): return [id]
        }
    }

    /// The parts `init(kind:classes:into:title:newID:)` takes back, for a form or a JSON body.
    public var parts: (classes: [String], into: [String], title: String?, newID: String?) {
        switch self {
        case let .retitle(id, title, newID): return ([id], [], title, newID)
        case let .merge(ids, into): return (ids, [into], nil, nil)
        case let .split(id, into): return ([id], into, nil, nil)
        case let .abolish(id), let .reinstate(id): return ([id], [], nil, nil)
        }
    }

    /// The classes that come out of the change and may take a new version on its date.
    public var successors: [String] {
        switch self {
        case let .retitle(id, _, newID): return [newID ?? id]
        case let .merge(_, into): return [into]
        case let .split(_, into): return into
        case let .abolish(id), let .reinstate(id): return [id]
        }
    }
}

extension LineageChange {
    /// A change from the parts a form or a JSON body gives: the kind, the classes it acts on,
    /// the classes a merge or split goes into, and a retitle's title and optional new id.
    ///
    /// - Throws: `PlanError.invalidInput` naming the part that is missing or does not belong.
    public init(kind: ChangeKind, classes: [String], into: [String] = [], title: String? = nil, newID: String? = nil) throws {
        func one(_ role: String) throws -> String {
            guard classes.count == 1 else {
                throw PlanError.invalidInput("a \(kind.rawValue) names one class\(role), not \(classes.count)")
            }
            return classes[0]
        }
        let title = title.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0.trimmingCharacters(in: .whitespaces) }
        let newID = newID.flatMap { $0.isEmpty ? nil : $0 }
        if kind != .retitle, title != nil || newID != nil {
            throw PlanError.invalidInput("a new title or new class id belongs to a retitle, not a \(kind.rawValue)")
        }
        if kind != .merge && kind != .split, !into.isEmpty {
            throw PlanError.invalidInput("'into' belongs to a merge or split, not a \(kind.rawValue)")
        }
        switch kind {
        case .retitle:
            guard let title else { throw PlanError.invalidInput("a retitle needs the new title") }
            self = .retitle(classID: try one(""), title: title, newID: newID)
        case .merge:
            guard classes.count >= 1, into.count == 1 else {
                throw PlanError.invalidInput("a merge names the classes to merge and the one class they merge into")
            }
            self = .merge(classIDs: classes, into: into[0])
        case .split:
            self = .split(classID: try one(" to split"), into: into)
        case .abolish:
            self = .abolish(classID: try one(""))
        case .reinstate:
            self = .reinstate(classID: try one(""))
        default:
            throw PlanError.invalidInput("'\(kind.rawValue)' is not a lineage change; use retitle, merge, split, abolish or reinstate")
        }
    }
}
