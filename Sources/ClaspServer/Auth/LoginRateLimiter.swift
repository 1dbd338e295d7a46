public import Foundation
import Synchronization

/// Slows password guessing: after `limit` failed sign-ins for one key (an account id, or a
/// client address) within `window`, further attempts for that key are refused until the
/// oldest failure ages out.
public final class LoginRateLimiter: Sendable {
    public let limit: Int
    public let window: TimeInterval
    private let failures = Mutex<[String: [Date]]>([:])

    public init(limit: Int = 5, window: TimeInterval = 300) {
        self.limit = limit
        self.window = window
    }

    /// Throws `ServerFailure.tooManyAttempts` when any key is over its limit.
    public func check(_ keys: [String], now: Date = Date()) throws {
        let wait = failures.withLock { all -> TimeInterval? in
            keys.compactMap { key -> TimeInterval? in
                let recent = (all[key] ?? []).filter { now.timeIntervalSince($0) < window }
                all[key] = recent
                guard recent.count >= limit, let oldest = recent.first else { return nil }
                return window - now.timeIntervalSince(oldest)
            }.max()
        }
        if let wait { throw ServerFailure.tooManyAttempts(retryAfterSeconds: max(1, Int(wait.rounded(.up)))) }
    }

    public func recordFailure(_ keys: [String], now: Date = Date()) {
        failures.withLock { all in for key in keys { all[key, default: []].append(now) } }
    }

    public func recordSuccess(_ keys: [String]) {
        failures.withLock { all in for key in keys { all[key] = nil } }
    }
}
