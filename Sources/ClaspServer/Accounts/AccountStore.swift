import ClaspPlan
import ClaspSpec
public import Foundation
import Synchronization

/// The server's accounts, kept in `<data>/accounts.json` (mode 0600), outside every plan.
///
/// `clasp accounts` edits the file while a server may be running; the server notices a newer
/// file and reloads it, so a new token works without a restart.
public final class AccountStore: Sendable {
    public let file: URL
    /// bcrypt cost for new passwords; tests lower it, production keeps the default.
    public let bcryptCost: UInt8
    private let state: Mutex<(content: AccountsFile, modified: Date?, checked: Date)>

    /// Opens (or starts) the account file in `directory`, creating the directory with mode 0700.
    public init(directory: String, bcryptCost: UInt8 = 12) throws {
        let folder = URL(fileURLWithPath: directory)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        file = folder.appendingPathComponent("accounts.json")
        self.bcryptCost = bcryptCost
        let (content, modified) = try AccountStore.read(file)
        state = Mutex((content, modified, Date()))
    }

    private static func read(_ file: URL) throws -> (AccountsFile, Date?) {
        guard FileManager.default.fileExists(atPath: file.path) else { return (AccountsFile(), nil) }
        let modified = try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return (try decoder.decode(AccountsFile.self, from: Data(contentsOf: file)), modified)
        } catch {
            throw PlanError.invalidInput("\(file.path) is not a Clasp accounts file: \(error)")
        }
    }

    /// Reloads the file when another process changed it (checked at most once a second).
    private func refresh() {
        let now = Date()
        let due = state.withLock { now.timeIntervalSince($0.checked) >= 1 }
        guard due else { return }
        let modified = try? FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date
        let stale = state.withLock { current -> Bool in
            current.checked = now
            return modified != current.modified
        }
        if stale, let (content, modified) = try? AccountStore.read(file) {
            state.withLock { $0 = (content, modified, now) }
        }
    }

    private func save(_ content: AccountsFile) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let data = try encoder.encode(content)
        let temporary = file.deletingLastPathComponent().appendingPathComponent(".accounts-\(Secrets.randomHex(byteCount: 8)).json")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw PlanError.invalidInput("cannot write \(temporary.path)")
        }
        // rename(2) replaces the old file atomically: a reader sees the old accounts or the new, never half.
        guard rename(temporary.path, file.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw PlanError.invalidInput("cannot replace \(file.path) (errno \(errno))")
        }
    }

    private func update<T>(_ body: (inout AccountsFile) throws -> T) throws -> T {
        try state.withLock { current in
            var content = current.content
            let result = try body(&content)
            try save(content)
            current.content = content
            current.modified = try? FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date
            return result
        }
    }

    public var accounts: [Account] {
        refresh()
        return state.withLock { $0.content.accounts }
    }

    public func account(_ id: String) -> Account? { accounts.first { $0.id == id } }

    /// Adds an account.
    ///
    /// - Throws: `PlanError.invalidInput` for an id that is not a roster id, a short password, or an existing account.
    public func add(_ id: String, password: String) throws {
        guard Slug.isValid(id) else { throw PlanError.invalidInput("'\(id)' is not a roster id (lower-case letters, digits, hyphens)") }
        try AccountStore.validate(password: password)
        let hash = Secrets.hashPassword(password, cost: bcryptCost)
        try update { content in
            guard !content.accounts.contains(where: { $0.id == id }) else {
                throw PlanError.invalidInput("account '\(id)' already exists; use `clasp accounts reset-password`")
            }
            content.accounts.append(Account(id: id, passwordHash: hash))
            content.accounts.sort { $0.id < $1.id }
        }
    }

    public func remove(_ id: String) throws {
        try update { content in
            guard content.accounts.contains(where: { $0.id == id }) else { throw PlanError.invalidInput("no account '\(id)'") }
            content.accounts.removeAll { $0.id == id }
        }
    }

    public func resetPassword(_ id: String, password: String) throws {
        try AccountStore.validate(password: password)
        let hash = Secrets.hashPassword(password, cost: bcryptCost)
        try update { content in
            guard let index = content.accounts.firstIndex(where: { $0.id == id }) else { throw PlanError.invalidInput("no account '\(id)'") }
            content.accounts[index].passwordHash = hash
        }
    }

    /// Issues a new API token and returns its text, which is shown once and never stored.
    public func issueToken(_ id: String, label: String) throws -> String {
        let token = "clasp_" + Secrets.randomHex(byteCount: 24)
        try update { content in
            guard let index = content.accounts.firstIndex(where: { $0.id == id }) else { throw PlanError.invalidInput("no account '\(id)'") }
            content.accounts[index].tokens.append(APIToken(label: label, digest: Secrets.sha256Hex(token), created: Date()))
        }
        return token
    }

    /// The account id when the password is right; nil otherwise (same work for unknown ids).
    public func verify(_ id: String, password: String) -> String? {
        let stored = account(id)?.passwordHash
        // An unknown account still costs one bcrypt check, so timing does not reveal which ids exist.
        let ok = Secrets.verifyPassword(password, hash: stored ?? AccountStore.decoyHash)
        return ok && stored != nil ? id : nil
    }

    /// The account id a bearer token belongs to.
    public func accountID(forToken token: String) -> String? {
        let digest = Secrets.sha256Hex(token)
        return accounts.first { $0.tokens.contains { Secrets.constantTimeEqual($0.digest, digest) } }?.id
    }

    static func validate(password: String) throws {
        guard password.count >= 8 else { throw PlanError.invalidInput("a password needs at least 8 characters") }
    }

    static let decoyHash = Secrets.hashPassword("decoy-password-never-matches", cost: 4)
}
