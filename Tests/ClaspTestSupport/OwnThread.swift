public import Foundation

/// Runs blocking work (a socket read, a child process, a sleep) on a thread of its own and
/// awaits it. Swift's cooperative pool has one thread per core (two here), and in-process
/// servers of other tests answer on it: a test that blocked one of those threads for seconds
/// would starve them.
public func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}
