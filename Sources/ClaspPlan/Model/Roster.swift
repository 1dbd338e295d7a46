import ClaspSpec

/// The people of a plan and their roles: the content of `roster.yaml`. Holds no secrets;
/// accounts and passwords live on the server, outside the plan.
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

    public init(id: String, name: String, email: String, roles: [Role]) {
        self.id = id
        self.name = name
        self.email = email
        self.roles = roles
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
            try entry.finish()
            return Person(id: id, name: name, email: email, roles: roles)
        }
        try reader.finish()
        return Roster(people: people)
    }

    public func encode() -> String {
        CanonicalYAML.render(.mapping([
            YAMLPair("people", .sequence(people.map { person in
                .mapping([
                    YAMLPair("id", .scalar(person.id)),
                    YAMLPair("name", .scalar(person.name)),
                    YAMLPair("email", .scalar(person.email)),
                    YAMLPair("roles", .sequence(person.roles.map { .scalar($0.rawValue) })),
                ])
            })),
        ]))
    }
}
