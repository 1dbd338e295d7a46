/// One change to apply when building a tree with ``Repository/updateTree(_:_:)``.
///
/// Paths are slash-separated from the root of the tree (`"classes/finance-technician/1.yaml"`); repeated or
/// leading slashes are ignored.
public enum TreeUpdate: Sendable {
    /// Puts `blob` at `path`, creating the folders on the way and replacing whatever was there.
    case upsert(path: String, blob: ObjectID, mode: FileMode = .blob)
    /// Takes `path` out; folders left empty disappear, as git cannot record an empty folder.
    case remove(path: String)

    /// The path the update applies to.
    public var path: String {
        switch self {
        case .upsert(let path, _, _), .remove(let path): path
        }
    }
}
