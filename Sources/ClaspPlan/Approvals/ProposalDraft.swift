public import ClaspSpec

/// What an analyst asks to change: the files to write on top of main, with the kind of change
/// and the reason. Build one with the convenience builders from a `SpecVersion`.
public struct ProposalDraft: Equatable, Sendable {
    public var kind: ChangeKind
    public var classIDs: [String]
    public var files: [PlanFileWrite]
    /// The effective date the change is about, when it is about one version.
    public var effective: PlanDate?
    public var reason: String

    public init(kind: ChangeKind, classIDs: [String], files: [PlanFileWrite], effective: PlanDate?, reason: String) {
        self.kind = kind; self.classIDs = classIDs; self.files = files; self.effective = effective; self.reason = reason
    }

    /// A new effective version of an existing class.
    public static func revise(_ classID: String, to version: SpecVersion, reason: String) -> ProposalDraft {
        ProposalDraft(kind: .revise, classIDs: [classID],
                      files: [PlanFileWrite(path: PlanLayout.versionFile(classID, version.effective), content: SpecVersionCodec.encode(version))],
                      effective: version.effective, reason: reason)
    }

    /// A correction of the version effective on `version.effective`.
    public static func correct(_ classID: String, to version: SpecVersion, reason: String) -> ProposalDraft {
        var draft = revise(classID, to: version, reason: reason)
        draft.kind = .correct
        return draft
    }

    /// A new class whose first version is `version`, with its `established` lineage event.
    public static func establish(_ classID: String, with version: SpecVersion, reason: String) -> ProposalDraft {
        let record = ClassRecord(id: classID, events: [LineageEvent(date: version.effective, kind: .established, title: version.title)])
        return ProposalDraft(kind: .establish, classIDs: [classID], files: [
            PlanFileWrite(path: PlanLayout.classFile(classID), content: ClassRecordCodec.encode(record)),
            PlanFileWrite(path: PlanLayout.versionFile(classID, version.effective), content: SpecVersionCodec.encode(version)),
        ], effective: version.effective, reason: reason)
    }
}
