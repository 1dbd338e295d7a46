/// One file that differs between two trees: its path, the entry on each side (nil where it is
/// absent) and the ids of the folders holding those entries.
public struct TreeChange: Sendable, Equatable {
    /// The full path, `"a/b/c"`.
    public var path: String
    public var old: TreeEntry?
    public var new: TreeEntry?
    /// The tree that holds `old` (nil when `old` is).
    public var oldFolder: ObjectID?
    /// The tree that holds `new` (nil when `new` is).
    public var newFolder: ObjectID?

    public init(path: String, old: TreeEntry?, new: TreeEntry?, oldFolder: ObjectID?, newFolder: ObjectID?) {
        self.path = path
        self.old = old
        self.new = new
        self.oldFolder = oldFolder
        self.newFolder = newFolder
    }
}
