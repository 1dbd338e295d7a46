public import Foundation

/// A person's sign-in on this server. The id is their roster id in every plan they work in;
/// roles are never stored here, they come from each plan's roster.
public struct Account: Codable, Sendable, Equatable {
    public var id: String
    /// bcrypt hash of the password; the password itself is never stored.
    public var passwordHash: String
    public var tokens: [APIToken]
    public var created: Date

    public init(id: String, passwordHash: String, tokens: [APIToken] = [], created: Date = Date()) {
        self.id = id
        self.passwordHash = passwordHash
        self.tokens = tokens
        self.created = created
    }
}

/// An API token, stored as the SHA-256 digest of the secret shown once when it was issued.
public struct APIToken: Codable, Sendable, Equatable {
    public var label: String
    /// Lower-case hex SHA-256 of the token text.
    public var digest: String
    public var created: Date
}

/// The content of `accounts.json`.
struct AccountsFile: Codable, Sendable {
    var accounts: [Account] = []
}
