public import ClaspPlan
public import Hummingbird

/// The context of a request about one plan by someone in that plan's roster.
///
/// Building it is the authorisation check: no session or token is 401, a plan this server does
/// not host is 404, and an account whose id is not in the plan's roster is 403. Roles come
/// from the roster, exactly as the CLI reads them.
public struct PlanMemberContext: ChildRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let identity: Identity
    public let planID: String
    public let person: Person
    public let hosting: PlanHosting

    public init(context: AppRequestContext) throws {
        guard let identity = context.identity, let hosting = context.hosting else { throw ServerFailure.unauthenticated }
        guard let planID = context.parameters.get("plan"), hosting.hosts(planID) else {
            throw ServerFailure.unknownPlan(context.parameters.get("plan") ?? "")
        }
        let roster = try hosting.roster(planID)
        guard let person = roster.person(identity.accountID) else {
            throw ServerFailure.forbidden("account '\(identity.accountID)' is not in the roster of plan '\(planID)', so it may not see it")
        }
        coreContext = context.coreContext
        self.identity = identity
        self.planID = planID
        self.person = person
        self.hosting = hosting
    }

    public var maxUploadSize: Int { AppRequestContext.uploadLimit }

    /// Runs `body` with this request's plan opened, on the hosting's thread pool.
    public func withPlan<T: Sendable>(_ body: @escaping @Sendable (Plan) throws -> T) async throws -> T {
        try await hosting.withPlan(planID, body)
    }

    /// Refuses unless the person holds `role`.
    ///
    /// - Throws: `PlanError.notPermitted` naming the person, the action and the role.
    public func require(_ role: Role, for action: String) throws {
        guard person.roles.contains(role) else {
            throw PlanError.notPermitted(person: "\(person.name) (\(person.id))", action: action, needs: role.rawValue)
        }
    }
}

extension PlanMemberContext {
    /// Refuses a form post from someone who is neither an analyst nor an administrator in the
    /// roster in force, before anything typed is read, so the refusal is about the person.
    func requireAnalystOrAdministrator(to action: String, needs: String) throws {
        guard person.roles.contains(.analyst) || person.roles.contains(.administrator) else {
            throw ApprovalError.notPermitted(person: "\(person.name) (\(person.id))", action: action, needs: needs)
        }
    }
}
