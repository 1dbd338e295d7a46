import ClaspSpec

/// Where things live in a plan's tree (DESIGN §3). The one place that knows path shapes,
/// so readers, writers and `clasp check` cannot disagree.
public enum PlanLayout {
    public static let mainRef = "refs/heads/main"
    public static let configPath = "clasp.yaml"
    public static let rosterPath = "roster.yaml"
    public static let workflowsDir = "workflows"
    public static let classesDir = "classes"
    public static let classFileName = "class.yaml"

    public static func classDir(_ id: String) -> String { "\(classesDir)/\(id)" }
    public static func classFile(_ id: String) -> String { "\(classDir(id))/\(classFileName)" }
    public static func versionFileName(_ date: PlanDate) -> String { "\(date.iso).yaml" }
    public static func versionFile(_ id: String, _ date: PlanDate) -> String {
        "\(classDir(id))/\(versionFileName(date))"
    }

    /// The effective date a version file name states, or nil when the name is not `YYYY-MM-DD.yaml`.
    public static func effectiveDate(fromFileName name: String) -> PlanDate? {
        guard name.hasSuffix(".yaml") else { return nil }
        return PlanDate(iso: name.dropLast(5))
    }

    /// Validates a class id for use as a path component.
    public static func validateClassID(_ id: String) throws {
        guard Slug.isValid(id) else { throw PlanError.invalidClassID(id) }
    }
}
