public import ClaspGit
public import ClaspSpec
public import ClaspTrailers
import Foundation

/// One commit on `main` that changed a class: who recorded what, when, and which effective
/// versions it touched. The recorded-time counterpart of `EffectiveVersion`.
public struct RecordedChange: Equatable, Sendable {
    public var commit: ObjectID
    /// Who made the change (the commit's author; for adoptions, the adopter).
    public var author: Signature
    /// The agency's calendar day the change was recorded on.
    public var recordedOn: PlanDate
    public var summary: String
    public var trailers: [Trailer]
    /// Files of the class folder that changed, relative to it ("2019-07-16.yaml", "class.yaml").
    public var files: [String]

    /// Effective dates whose version files this change added, edited or removed.
    public var effectiveDates: [PlanDate] {
        files.compactMap(PlanLayout.effectiveDate(fromFileName:)).sorted()
    }

    /// The first value of a trailer ("Change", "Proposal"), if present.
    public func trailer(_ key: TrailerKey) -> String? {
        trailers.value(key)
    }
}
