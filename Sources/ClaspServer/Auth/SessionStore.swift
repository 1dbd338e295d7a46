public import Foundation
import Synchronization

/// A signed-in browser: which account, and the CSRF token every form it sends must carry.
public struct Session: Sendable, Equatable {
    public var id: String
    public var accountID: String
    public var csrfToken: String
    public var expires: Date
}

/// Sessions live in memory: a restart signs everyone out, which is the safe failure.
public final class SessionStore: Sendable {
    public let lifetime: TimeInterval
    private let sessions = Mutex<[String: Session]>([:])

    /// A working day: a browser left open overnight signs in again.
    public static let defaultLifetime: TimeInterval = 8 * 3600

    public init(lifetime: TimeInterval = SessionStore.defaultLifetime) { self.lifetime = lifetime }

    public func start(accountID: String, now: Date = Date()) -> Session {
        let session = Session(id: Secrets.randomHex(), accountID: accountID, csrfToken: Secrets.randomHex(),
                              expires: now.addingTimeInterval(lifetime))
        sessions.withLock { all in
            all = all.filter { $0.value.expires > now }
            all[session.id] = session
        }
        return session
    }

    public func session(_ id: String, now: Date = Date()) -> Session? {
        sessions.withLock { all in
            guard let session = all[id] else { return nil }
            guard session.expires > now else { all[id] = nil; return nil }
            return session
        }
    }

    public func end(_ id: String) { sessions.withLock { $0[id] = nil } }
}
