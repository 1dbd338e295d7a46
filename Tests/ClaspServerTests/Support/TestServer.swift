import ClaspServer
import ClaspTestSupport
import Hummingbird
import NIOCore
import Synchronization

/// The service under test, served for real on 127.0.0.1 (a port of its own) for the length of
/// one test body, and a client that talks HTTP/1.1 to it over TCP.
///
/// Hummingbird's own testing library would do the same, but it links AsyncHTTPClient and
/// swift-nio-ssl (a second BoringSSL, about 100 s of every clean build) for TLS the tests never
/// use. `.router` and `.live` both serve for real: the tests written against the router see the
/// answers a browser would, parsed from the wire.
struct TestServer: Sendable {
    let services: ServerServices

    /// Serves the router, runs `body` with a client for it, then shuts the server down.
    ///
    /// `run()`, not `runService()`: the latter traps SIGTERM and SIGINT, and leaves them ignored
    /// for the rest of the test process once its server is gone, so a stuck run could no longer be
    /// stopped with SIGTERM.
    func test<Value: Sendable>(_ setup: TestingSetup, _ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        let bound = BoundListener()
        let application = Application(router: buildRouter(services: services),
                                      configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                                      onServerRunning: { channel in bound.set(channel) })
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                defer { bound.set(nil) }  // a server that stops (or never starts) releases the waiter
                try await application.run()
            }
            guard let listener = await bound.wait() else {
                try await group.waitForAll()
                throw TestServerError.notServing
            }
            do {
                let value = try await body(LiveTestClient(port: listener.localAddress?.port))
                await Self.stop(listener, group: &group)
                return value
            } catch {
                await Self.stop(listener, group: &group)
                throw error
            }
        }
    }

    /// Stops the server the way its graceful shutdown begins, by closing the listening channel:
    /// the accept loop ends, and the server once its connections have (each request of
    /// `LiveTestClient` has its own, closed by then). A connection left open gets ten seconds,
    /// then the server is cancelled. Cancelling at once works too, but the accept loop logs
    /// its cancellation ("Waiting on child channel: CancellationError()") at error level, once
    /// per test, which buries real errors in the output.
    private static func stop(_ listener: any Channel, group: inout ThrowingTaskGroup<Void, any Error>) async {
        try? await listener.close()
        group.addTask { try await Task.sleep(for: .seconds(10)) }
        _ = try? await group.next()
        group.cancelAll()
    }
}

/// Which client a test asks for; both talk to a real server (see `TestServer`).
enum TestingSetup: Sendable {
    case router
    case live
}

enum TestServerError: Error {
    case notServing
    case noAnswer(String)
}

/// The channel the server listens on, handed to whoever waits for it (once); nil if the server
/// stopped without listening.
private final class BoundListener: Sendable {
    private let state = Mutex<(listener: (any Channel)??, waiters: [CheckedContinuation<(any Channel)?, Never>])>((nil, []))

    func set(_ listener: (any Channel)?) {
        let waiters = state.withLock { state -> [CheckedContinuation<(any Channel)?, Never>] in
            guard state.listener == nil else { return [] }
            state.listener = .some(listener)
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume(returning: listener) }
    }

    func wait() async -> (any Channel)? {
        await withCheckedContinuation { continuation in
            let known = state.withLock { state -> (any Channel)?? in
                if let listener = state.listener { return .some(listener) }
                state.waiters.append(continuation)
                return nil
            }
            if let known { continuation.resume(returning: known) }
        }
    }
}
