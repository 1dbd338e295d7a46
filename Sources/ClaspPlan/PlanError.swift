public import ClaspSpec

/// Why a plan operation was refused. Each case carries what a person needs to fix it.
public enum PlanError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path is not a Clasp plan (no repository, or no `clasp.yaml` on `main`).
    case notAPlan(path: String, reason: String)
    /// `init` was pointed at a directory that already holds something.
    case alreadyExists(path: String)
    case unknownClass(String)
    /// No version of the class is in effect on the date (it starts later, or has no versions).
    case noVersionInEffect(classID: String, on: PlanDate, firstEffective: PlanDate?)
    case noVersion(classID: String, effective: PlanDate)
    /// Nothing had been recorded on `main` by the date asked about.
    case nothingRecorded(by: PlanDate, firstRecorded: PlanDate?)
    case invalidClassID(String)
    case unknownPerson(String)
    /// The person lacks a role the action needs.
    case notPermitted(person: String, action: String, needs: String)
    /// A file in the plan could not be read.
    case format(SpecFormatError)
    /// `main` moved while a write was being prepared; nothing was written.
    case concurrentUpdate(ref: String)
    /// The write would change nothing.
    case noChange(String)
    case invalidInput(String)
    /// The person's roster entry lists a signing key and no private key was given to sign with
    /// (`key` is the roster key's fingerprint).
    case signingKeyRequired(person: String, key: String)
    /// The private key given is not the one the person's roster entry lists (fingerprints).
    case signingKeyMismatch(person: String, given: String, expected: String)

    public var description: String {
        switch self {
        case let .notAPlan(path, reason):
            return "\(path) is not a Clasp plan: \(reason) (create one with `clasp init \(path)` or pass --plan)"
        case let .alreadyExists(path):
            return "\(path) already exists and is not empty; choose a new directory"
        case let .unknownClass(id):
            return "no class '\(id)' in this plan"
        case let .noVersionInEffect(id, date, first):
            if let first {
                return "class '\(id)' has no version in effect on \(date); its first version takes effect \(first)"
            }
            return "class '\(id)' has no versions"
        case let .noVersion(id, effective):
            return "class '\(id)' has no version effective \(effective)"
        case let .nothingRecorded(date, first):
            let hint = first.map { "; the first adoption was recorded on \($0)" } ?? ""
            return "nothing had been recorded in this plan by \(date)\(hint)"
        case let .invalidClassID(id):
            return "'\(id)' is not a valid class id: use lower-case letters, digits and hyphens, starting with a letter or digit (e.g. finance-technician)"
        case let .unknownPerson(id):
            return "'\(id)' is not in the plan's roster (roster.yaml); pass --as with a roster id or set CLASP_USER"
        case let .notPermitted(person, action, needs):
            return "\(person) may not \(action): that needs the \(needs) role in the roster"
        case let .format(error):
            return error.description
        case let .concurrentUpdate(ref):
            return "\(ref) was updated by someone else while this change was prepared; nothing was written, run the command again"
        case let .noChange(what):
            return "nothing to record: \(what)"
        case let .invalidInput(message):
            return message
        case let .signingKeyRequired(person, key):
            return "\(person) has a signing key in the roster (\(key)): what Clasp writes as them must be signed with it; give the private key with --signing-key PATH or set CLASP_SIGNING_KEY (the web server holds no private keys, so people with signing keys act through the CLI)"
        case let .signingKeyMismatch(person, given, expected):
            return "the signing key given (\(given)) is not \(person)'s key in the roster (\(expected)); nothing was written"
        }
    }
}
