public import ClaspPlan
import ClaspSpec
public import Foundation
import NIOPosix
import Synchronization

/// The plans a server hosts, by plan id, a small pool of opened repositories for each, and the
/// threads repository work runs on.
///
/// `Plan` wraps one libgit2 handle and must be used by one thread at a time, so a request
/// borrows an opened plan for the length of one synchronous closure and hands it back; the
/// pool only saves the cost of opening the repository again (measured: see README, Service).
///
/// Repository work blocks its thread (libgit2 reads files; an audit takes seconds), so it runs
/// on a thread pool of its own, never on Swift's cooperative threads, of which there are only
/// as many as cores: a few audits there would stall every other request, even `/health`.
public final class PlanHosting: Sendable {
    /// Plan id (the directory name, a valid slug) to its git directory.
    public let paths: [String: String]
    private let pools: [String: PlanPool]
    private let cache = HeadCache()
    private let audits = AuditCache()
    /// The threads `withPlan` runs its closures on.
    private let threads: NIOThreadPool

    /// Threads for repository work unless told otherwise: enough that a few long audits leave
    /// room for every other request.
    public static let defaultThreadCount = max(8, 2 * ProcessInfo.processInfo.activeProcessorCount)

    /// Hosts the given plans.
    ///
    /// - Parameters:
    ///   - plans: the plans' git directories.
    ///   - threads: how many threads run repository work at once.
    /// - Throws: `PlanError.notAPlan` for a path that is not a plan, `PlanError.invalidInput`
    ///   when two plans share a name or a name is not a valid id.
    public init(plans: [String], threads: Int = PlanHosting.defaultThreadCount) throws {
        var paths: [String: String] = [:]
        for path in plans {
            let name = URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent
            let id = name.hasSuffix(".git") ? String(name.dropLast(4)) : name
            guard Slug.isValid(id) else {
                throw PlanError.invalidInput("plan directory name '\(name)' is not a valid plan id (lower-case letters, digits, hyphens)")
            }
            guard paths[id] == nil else { throw PlanError.invalidInput("two plans are named '\(id)'") }
            _ = try Plan.open(at: path)
            paths[id] = path
        }
        self.paths = paths
        pools = paths.mapValues { PlanPool(path: $0) }
        self.threads = NIOThreadPool(numberOfThreads: max(1, threads))
        self.threads.start()
    }

    deinit {
        // Lets the threads finish their work and exit; nothing can submit more once the hosting is gone.
        threads.shutdownGracefully { _ in }
    }

    /// Every plan directly inside `directory` (each subdirectory that opens as a plan).
    public static func plans(in directory: String) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { !$0.hasPrefix(".") }.sorted()
        return names.map { URL(fileURLWithPath: directory).appendingPathComponent($0).path }
            .filter { (try? Plan.open(at: $0)) != nil }
    }

    /// The hosted plan ids, sorted.
    public var planIDs: [String] { paths.keys.sorted() }

    public func hosts(_ id: String) -> Bool { pools[id] != nil }

    /// Runs `body` with an opened plan, or returns what it returned for the same `key` while
    /// `main` pointed at the same commit (read answers only: they depend on nothing else).
    public func cachedRead<T: Sendable>(_ id: String, key: String, _ body: @escaping @Sendable (Plan) throws -> T) async throws -> T {
        try await withPlan(id) { [cache] plan in
            try cache.value(head: plan.mainHead().hex, key: id + "|" + key) { try body(plan) }
        }
    }

    /// The plan's roster on `main`, read once per commit, on the calling thread.
    ///
    /// For authorisation (`PlanMemberContext`), whose initialiser cannot wait for the thread
    /// pool: a reference lookup, and once per commit of `main` one blob read.
    public func roster(_ id: String) throws -> Roster {
        guard let pool = pools[id] else { throw ServerFailure.unknownPlan(id) }
        return try pool.with { plan in
            try cache.value(head: plan.mainHead().hex, key: id + "|roster") { try plan.current().roster() }
        }
    }

    /// `audit verify` of the plan, re-derived only when `main` or a proposal's meta tip moved
    /// since the last one (see `AuditCache`).
    ///
    /// - Throws: `ServerFailure.unknownPlan`, or what the audit throws.
    public func auditVerify(_ id: String) async throws -> AuditReport {
        try await withPlan(id) { [audits] plan in try audits.report(id, plan: plan) }
    }

    /// The audit rows (`Plan.auditRecords()`), read again only when `main` moved.
    ///
    /// - Throws: `ServerFailure.unknownPlan`, or what reading the rows throws.
    public func auditRecords(_ id: String) async throws -> [AuditRecord] {
        try await withPlan(id) { [audits] plan in try audits.records(id, plan: plan) }
    }

    /// Audits run since the server started, not counting reports served from the cache.
    public var auditsComputed: Int { audits.computed }

    /// Audits running now.
    public var auditsInFlight: Int { audits.inFlight }

    /// Runs `body` with an opened plan on the hosting's thread pool, and waits for it.
    ///
    /// - Throws: `ServerFailure.unknownPlan` for a plan this server does not host,
    ///   `CancellationError` when the request was cancelled before `body` started, or what
    ///   `body` throws.
    public func withPlan<T: Sendable>(_ id: String, _ body: @escaping @Sendable (Plan) throws -> T) async throws -> T {
        guard let pool = pools[id] else { throw ServerFailure.unknownPlan(id) }
        return try await threads.runIfActive { try pool.with(body) }
    }
}

/// Opened handles of one plan. Handles are kept only while idle; a busy server opens more.
final class PlanPool: Sendable {
    let path: String
    private let idle = Mutex<[BorrowedPlan]>([])

    init(path: String) { self.path = path }

    func with<T>(_ body: (Plan) throws -> T) throws -> T {
        let borrowed = try idle.withLock { $0.popLast() } ?? BorrowedPlan(plan: Plan.open(at: path))
        defer { idle.withLock { if $0.count < 8 { $0.append(borrowed) } } }
        return try body(borrowed.plan)
    }
}

/// A plan handle passed between threads by the pool.
///
/// `@unchecked Sendable` is safe because the pool hands each handle to one borrower at a time
/// and takes it back before anyone else may borrow it; the handle never escapes `with`.
final class BorrowedPlan: @unchecked Sendable {
    let plan: Plan
    init(plan: Plan) { self.plan = plan }
}
