import ClaspSpec

extension Workflow {
    /// Reads a workflow file, refusing unknown fields, kinds, roles and categories.
    ///
    /// - Throws: `SpecFormatError` naming the field.
    public static func decode(_ text: String, file: String? = nil) throws -> Workflow {
        var reader = try YAMLFieldReader(YAMLParser.parse(text, file: file), file: file)
        let name = try reader.requiredString("name")
        guard Slug.isValid(name) else { throw reader.error("name", .invalidValue("'\(name)' is not a valid workflow name (lower-case letters, digits, hyphens)")) }
        let description = try reader.string("description")
        let kinds = try reader.strings("applies-to").map { text -> ChangeKind in
            guard let kind = ChangeKind(rawValue: text) else {
                throw reader.error("applies-to", .invalidValue("'\(text)' is not a change kind; use one of: \(ChangeKind.allCases.map(\.rawValue).joined(separator: ", "))"))
            }
            return kind
        }
        let carryText = try reader.string("carry-votes") ?? "none"
        guard let carry = CarryVotes(rawValue: carryText) else {
            throw reader.error("carry-votes", .invalidValue("'\(carryText)' is not one of none, editorial, all"))
        }
        let parallel = try reader.bool("parallel") ?? false
        let importsText = try reader.string("administrator-imports") ?? "refused"
        guard ["allowed", "refused"].contains(importsText) else {
            throw reader.error("administrator-imports", .invalidValue("'\(importsText)' is not one of allowed, refused"))
        }
        let stages = try reader.list("stages") { value, path -> Stage in
            var stage = try YAMLFieldReader(value, file: file, path: path)
            let stageName = try stage.requiredString("name")
            let roleText = try stage.requiredString("role")
            guard let role = Role(rawValue: roleText) else {
                throw stage.error("role", .invalidValue("'\(roleText)' is not a role; use one of: \(Role.allCases.map(\.rawValue).joined(separator: ", "))"))
            }
            let approvalsText = try stage.requiredString("approvals")
            let approvals: Approvals
            if approvalsText == "majority" {
                approvals = .majority
            } else if let n = Int(approvalsText), n >= 1 {
                approvals = .count(n)
            } else {
                throw stage.error("approvals", .invalidValue("'\(approvalsText)' is neither a positive number nor 'majority'"))
            }
            let when = try stage.strings("when").map { text -> ChangeCategory in
                guard let category = ChangeCategory(rawValue: text) else {
                    throw stage.error("when", .invalidValue("'\(text)' is not a change category; use one of: \(ChangeCategory.allCases.map(\.rawValue).joined(separator: ", "))"))
                }
                return category
            }
            let veto = try stage.bool("veto") ?? false
            let dueText = try stage.string("due-days")
            let dueDays = try dueText.map { text -> Int in
                guard let days = Int(text), (1...3_650).contains(days) else {
                    throw stage.error("due-days", .invalidValue("stage '\(stageName)': '\(text)' is not a whole number of days from 1 to 3650"))
                }
                return days
            }
            try stage.finish()
            return Stage(name: stageName, role: role, approvals: approvals, when: when, veto: veto, dueDays: dueDays)
        }
        guard !stages.isEmpty else { throw reader.error("stages", .invalidValue("a workflow needs at least one stage")) }
        try reader.finish()
        return Workflow(name: name, description: description, appliesTo: kinds, carryVotes: carry, parallel: parallel,
                        allowsAdministratorImports: importsText == "allowed", stages: stages)
    }

    /// The canonical text of the workflow.
    public func encode() -> String {
        var pairs = [YAMLPair("name", .scalar(name))]
        if let description { pairs.append(YAMLPair("description", .scalar(description))) }
        pairs.append(YAMLPair("applies-to", .sequence(appliesTo.map { .scalar($0.rawValue) })))
        pairs.append(YAMLPair("carry-votes", .scalar(carryVotes.rawValue)))
        // Defaults are left out, so files written before these settings existed keep their bytes.
        if parallel { pairs.append(YAMLPair("parallel", .scalar("true"))) }
        if allowsAdministratorImports { pairs.append(YAMLPair("administrator-imports", .scalar("allowed"))) }
        pairs.append(YAMLPair("stages", .sequence(stages.map { stage in
            var fields = [
                YAMLPair("name", .scalar(stage.name)),
                YAMLPair("role", .scalar(stage.role.rawValue)),
                YAMLPair("approvals", .scalar(stage.approvals.description)),
            ]
            if stage.veto { fields.append(YAMLPair("veto", .scalar("true"))) }
            if let days = stage.dueDays { fields.append(YAMLPair("due-days", .scalar(String(days)))) }
            fields.append(YAMLPair("when", .sequence(stage.when.map { .scalar($0.rawValue) })))
            return .mapping(fields)
        })))
        return CanonicalYAML.render(.mapping(pairs))
    }
}
