/// What a roster change does, person by person: who is added or removed, whose name or email
/// changes, and which roles are granted or revoked. The order of people and of a person's roles
/// carries no meaning and is not reported.
public struct RosterDiff: Equatable, Sendable {
    /// One change to the roster.
    public enum Change: Equatable, Sendable, CustomStringConvertible {
        case added(Person)
        case removed(Person)
        case renamed(id: String, from: String, to: String)
        case emailChanged(id: String, from: String, to: String)
        case granted(id: String, role: Role)
        case revoked(id: String, role: Role)
        /// A signing key set, replaced or removed (keys by fingerprint; nil for none).
        case signingKeyChanged(id: String, from: String?, to: String?)

        /// A short stable name for the kind of change (JSON).
        public var code: String {
            switch self {
            case .added: return "person-added"
            case .removed: return "person-removed"
            case .renamed: return "name-changed"
            case .emailChanged: return "email-changed"
            case .granted: return "role-granted"
            case .revoked: return "role-revoked"
            case .signingKeyChanged: return "signing-key-changed"
            }
        }

        /// The roster id of the person changed.
        public var person: String {
            switch self {
            case .added(let person), .removed(let person): return person.id
            case .renamed(let id, _, _), .emailChanged(let id, _, _), .granted(let id, _), .revoked(let id, _),
                 .signingKeyChanged(let id, _, _): return id
            }
        }

        /// "added Pat Lee (plee) as commissioner", "granted committee to cmorgan".
        public var description: String {
            switch self {
            case .added(let person):
                let roles = person.roles.isEmpty ? "with no role" : "as \(RosterDiff.list(person.roles.sorted().map(\.rawValue)))"
                return "added \(person.name) (\(person.id)) \(roles), \(person.email)"
            case .removed(let person):
                let roles = person.roles.isEmpty ? "" : ", who was \(RosterDiff.list(person.roles.sorted().map(\.rawValue)))"
                return "removed \(person.name) (\(person.id))\(roles)"
            case let .renamed(id, from, to): return "renamed \(id) from \(from) to \(to)"
            case let .emailChanged(id, from, to): return "changed the email of \(id) from \(from) to \(to)"
            case let .granted(id, role): return "granted \(role.rawValue) to \(id)"
            case let .revoked(id, role): return "revoked \(role.rawValue) from \(id)"
            case let .signingKeyChanged(id, from, to):
                switch (from, to) {
                case (nil, let to?): return "set the signing key of \(id) to \(to)"
                case (_?, nil): return "removed the signing key of \(id)"
                default: return "changed the signing key of \(id) from \(from ?? "none") to \(to ?? "none")"
                }
            }
        }
    }

    /// The changes: removals, then changes to people on both sides, then additions, each in the
    /// order of the roster that holds them.
    public var changes: [Change]

    public var isEmpty: Bool { changes.isEmpty }

    /// Compares two rosters by person id.
    public init(from old: Roster, to new: Roster) {
        var changes: [Change] = []
        for person in old.people where new.person(person.id) == nil { changes.append(.removed(person)) }
        for after in new.people {
            guard let before = old.person(after.id) else { continue }
            if before.name != after.name { changes.append(.renamed(id: after.id, from: before.name, to: after.name)) }
            if before.email != after.email { changes.append(.emailChanged(id: after.id, from: before.email, to: after.email)) }
            for role in Set(after.roles).subtracting(before.roles).sorted() { changes.append(.granted(id: after.id, role: role)) }
            for role in Set(before.roles).subtracting(after.roles).sorted() { changes.append(.revoked(id: after.id, role: role)) }
            if before.signingKey?.fingerprint != after.signingKey?.fingerprint {
                changes.append(.signingKeyChanged(id: after.id, from: before.signingKey?.fingerprint, to: after.signingKey?.fingerprint))
            }
        }
        for person in new.people where old.person(person.id) == nil { changes.append(.added(person)) }
        self.changes = changes
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
