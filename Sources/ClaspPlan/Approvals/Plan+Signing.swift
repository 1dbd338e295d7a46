import ClaspGit
import Foundation

/// Signing what Clasp writes as a person whose roster entry lists a signing key, and checking
/// such signatures for the audit.
extension Plan {
    /// The key to sign a commit written as `person` with: nil when their roster entry lists no
    /// signing key, otherwise this handle's `signer`, which must be that key.
    ///
    /// - Throws: `PlanError.signingKeyRequired` when no signer was given,
    ///   `PlanError.signingKeyMismatch` when it is another key.
    func signingKey(for person: Person) throws -> SSHSigningKey? {
        guard let expected = person.signingKey else { return nil }
        guard let signer else { throw PlanError.signingKeyRequired(person: person.id, key: expected.fingerprint) }
        guard signer.publicKey.isSameKey(as: expected) else {
            throw PlanError.signingKeyMismatch(person: person.id, given: signer.publicKey.fingerprint, expected: expected.fingerprint)
        }
        return signer
    }

    /// Writes a commit authored and committed as `person`, signed when their roster entry lists a key.
    ///
    /// - Throws: `PlanError.signingKeyRequired`, `.signingKeyMismatch`; `GitError` when writing fails.
    func createCommit(tree: ObjectID, parents: [ObjectID], by person: Person, signature: Signature, message: String) throws -> ObjectID {
        if let key = try signingKey(for: person) {
            return try repository.createCommit(tree: tree, parents: parents, author: signature, committer: signature,
                                               message: message, signedWith: key)
        }
        return try repository.createCommit(tree: tree, parents: parents, author: signature, committer: signature, message: message)
    }

    /// The audit's finding about a commit written as `person` under a roster that lists their
    /// key: nil when validly signed. Reads nothing when the roster lists no key for them.
    func signatureProblem(_ commit: ObjectID, by person: Person?, unsigned: (String) -> AuditProblem,
                          invalid: (String, String) -> AuditProblem) throws -> AuditProblem? {
        guard let person, let key = person.signingKey else { return nil }
        switch try repository.checkCommitSignature(commit, key: key) {
        case .valid: return nil
        case .unsigned: return unsigned(person.id)
        case .invalid(let error): return invalid(person.id, error.description)
        }
    }
}
