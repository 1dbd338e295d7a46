/// The approval workflows a new plan starts with (`clasp init`, generated plans): the project's
/// `Workflows/default.yaml` and `Workflows/governance.yaml`, embedded into the binary at build
/// time so that every way of creating a plan installs the same bytes and a copied `clasp` needs
/// no resource bundle.
public enum DefaultWorkflows {
    /// Plan path (`workflows/<name>.yaml`) to file text.
    public static let files: [String: String] = [
        "workflows/default.yaml": String(decoding: PackageResources.default_yaml, as: UTF8.self),
        "workflows/governance.yaml": String(decoding: PackageResources.governance_yaml, as: UTF8.self),
    ]
}
