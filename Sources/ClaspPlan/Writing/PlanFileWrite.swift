/// One file to write into (or, with nil content, remove from) the plan's next commit.
public struct PlanFileWrite: Equatable, Sendable {
    public var path: String
    public var content: String?

    public init(path: String, content: String?) {
        self.path = path
        self.content = content
    }
}
