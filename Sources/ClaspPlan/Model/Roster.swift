public import ClaspGit
import ClaspSpec

/// The people of a plan and their roles: the content of `roster.yaml`. Holds no secrets;
/// accounts and passwords live on the server, outside the plan, and private signing keys with
/// their owners.
public struct Roster: Equatable, Sendable {
    public var people: [Person]

    public init(people: [Person] = []) { self.people = people }

    public func person(_ id: String) -> Person? { people.first { $0.id == id } }

    /// The person with `id`, refused unless they hold `role`.
    public func require(_ id: String, role: Role, for action: String) throws -> Person {
        guard let person = person(id) else { throw PlanError.unknownPerson(id) }
        guard person.roles.contains(role) else {
            throw PlanError.notPermitted(person: "\(person.name) (\(id))", action: action, needs: role.rawValue)
        }
        return person
    }

    public func holders(of role: Role) -> [Person] { people.filter { $0.roles.contains(role) } }
}

/// One member of the roster.
public struct Person: Equatable, Sendable {
    public var id: String
    public var name: String
    public var email: String
    public var roles: [Role]
    /// The public key whose private half must sign what Clasp writes as this person (votes,
    /// adoptions, imports, proposal events); nil for a person who does not sign.
    public var signingKey: SSHPublicKey?

    public init(id: String, name: String, email: String, roles: [Role], signingKey: SSHPublicKey? = nil) {
        self.id = id
        self.name = name
        self.email = email
        self.roles = roles
        self.signingKey = signingKey
    }
}

extension Roster {
    public static func decode(_ text: String, file: String? = PlanLayout.rosterPath) throws -> Roster {
        var reader = try YAMLFieldReader(YAMLParser.parse(text, file: file), file: file)
        var seen = Set<String>()
        let people: [Person] = try reader.list("people") { value, path in
            var entry = try YAMLFieldReader(value, file: file, path: path)
            let id = try entry.requiredString("id")
            guard Slug.isValid(id) else { throw entry.error("id", .invalidValue("'\(id)' is not a valid person id (lower-case letters, digits, hyphens)")) }
            guard seen.insert(id).inserted else { throw entry.error("id", .invalidValue("'\(id)' appears twice in the roster")) }
            let name = try entry.requiredString("name")
            let email = try entry.requiredString("email")
            guard email.contains("@"), !email.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" }) else {
                throw entry.error("email", .invalidValue("'\(email)' is not an email address"))
            }
            let roles = try entry.strings("roles").map { name -> Role in
                guard let role = Role(rawValue: name) else {
                    throw entry.error("roles", .invalidValue("'\(name)' is not a role; use one of: \(Role.allCases.map(\.rawValue).joined(separator: ", "))"))
                }
                return role
            }
            let signingKey = try entry.string("signing-key").map { line -> SSHPublicKey in
                do {
                    return try SSHPublicKey(openSSH: line)
                } catch {
                    throw entry.error("signing-key", .invalidValue("'\(line)' is not an ed25519 public key (ssh-ed25519 AAAA… [comment], as in a .pub file): \(error)"))
                }
            }
            try entry.finish()
            return Person(id: id, name: name, email: email, roles: roles, signingKey: signingKey)
        }
        try reader.finish()
        return Roster(people: people)
    }

    public func encode() -> String {
        CanonicalYAML.render(.mapping([
            YAMLPair("people", .sequence(people.map { person -> YAMLValue in
                var fields = [
                    YAMLPair("id", .scalar(person.id)),
                    YAMLPair("name", .scalar(person.name)),
                    YAMLPair("email", .scalar(person.email)),
                    YAMLPair("roles", .sequence(person.roles.map { .scalar($0.rawValue) })),
                ]
                if let key = person.signingKey { fields.append(YAMLPair("signing-key", .scalar(key.description))) }
                return .mapping(fields)
            })),
        ]))
    }
}

extension Roster {
    /// People's names by roster id, for pages and documents that name people rather than ids.
    public var namesByID: [String: String] {
        Dictionary(people.map { ($0.id, $0.name) }) { first, _ in first }
    }
}
