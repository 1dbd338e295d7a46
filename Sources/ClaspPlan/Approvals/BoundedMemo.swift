/// A memo that keeps what was used recently and forgets the rest, so an audit of sixty thousand
/// adoptions holds a working set, not every spec text it ever decoded.
///
/// Two generations: new entries go to `recent`; when it is full it becomes `older` and the
/// previous `older` is dropped. A hit in `older` moves back to `recent`. Anything used within the
/// last `capacity` insertions is therefore still there.
struct BoundedMemo<Key: Hashable, Value> {
    let capacity: Int
    private var recent: [Key: Value] = [:]
    private var older: [Key: Value] = [:]

    init(capacity: Int) { self.capacity = capacity }

    subscript(key: Key) -> Value? {
        mutating get {
            if let value = recent[key] { return value }
            guard let value = older.removeValue(forKey: key) else { return nil }
            self[key] = value
            return value
        }
        set {
            guard let newValue else { recent[key] = nil; older[key] = nil; return }
            if recent.count >= capacity {
                older = recent
                recent = [:]
            }
            recent[key] = newValue
        }
    }
}
