import Synchronization

/// Answers computed from one commit of `main`, reused until `main` moves.
///
/// Everything a read request returns is a function of the commit it was answered from (and of
/// the request), and commits never change, so keying by the head commit's id makes the cache
/// exact: an adoption moves `main`, the key changes, and stale answers are simply never asked
/// for again. Bounded: when full, the whole cache is dropped.
final class HeadCache: Sendable {
    private let entries = Mutex<[String: CachedValue]>([:])
    let capacity: Int

    init(capacity: Int = 4096) { self.capacity = capacity }

    func value<T: Sendable>(head: String, key: String, _ make: () throws -> T) rethrows -> T {
        let fullKey = head + "|" + key
        if let hit = entries.withLock({ $0[fullKey] })?.value as? T { return hit }
        let value = try make()
        entries.withLock { all in
            if all.count >= capacity { all.removeAll(keepingCapacity: true) }
            all[fullKey] = CachedValue(value: value)
        }
        return value
    }
}

struct CachedValue: Sendable {
    let value: any Sendable
}
