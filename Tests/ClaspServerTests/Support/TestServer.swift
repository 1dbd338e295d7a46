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
    func test<Value: Sendable>(_ setup: TestingSetup, _ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        let bound = BoundPort()
        let application = Application(router: buildRouter(services: services),
                                      configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                                      onServerRunning: { channel in bound.set(channel.localAddress?.port) })
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                defer { bound.set(nil) }  // a server that stops (or never starts) releases the waiter
                try await application.runService()
            }
            guard let port = await bound.wait() else {
                try await group.waitForAll()
                throw TestServerError.notServing
            }
            do {
                let value = try await body(LiveTestClient(port: port))
                group.cancelAll()
                return value
            } catch {
                group.cancelAll()
                throw error
            }
        }
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

/// The port the server bound, handed to whoever waits for it (once).
private final class BoundPort: Sendable {
    private let state = Mutex<(port: Int??, waiters: [CheckedContinuation<Int?, Never>])>((nil, []))

    func set(_ port: Int?) {
        let waiters = state.withLock { state -> [CheckedContinuation<Int?, Never>] in
            guard state.port == nil else { return [] }
            state.port = .some(port)
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume(returning: port) }
    }

    func wait() async -> Int? {
        await withCheckedContinuation { continuation in
            let known = state.withLock { state -> Int?? in
                if let port = state.port { return .some(port) }
                state.waiters.append(continuation)
                return nil
            }
            if let known { continuation.resume(returning: known) }
        }
    }
}
