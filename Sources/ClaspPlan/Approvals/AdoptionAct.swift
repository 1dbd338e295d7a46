import ClaspGit
public import ClaspSpec
public import ClaspTrailers

/// The act by which the approving body adopted a proposal, as the agency cites it: the
/// resolution number and the meeting date. Recorded as `Resolution:` and `Meeting:` trailers on
/// the adoption commit, so a published spec, the history and the audit export can name the act
/// that put a text in force.
public struct AdoptionAct: Equatable, Sendable {
    public var resolution: String?
    public var meeting: PlanDate?

    public init(resolution: String? = nil, meeting: PlanDate? = nil) {
        self.resolution = resolution
        self.meeting = meeting
    }

    /// - Throws: `PlanError.invalidInput` for a resolution that is empty, longer than 100
    ///   characters or spans lines (it becomes one trailer line).
    public func validated() throws -> AdoptionAct {
        guard let resolution else { return self }
        let trimmed = resolution.trimmingWhitespace
        guard !trimmed.isEmpty, trimmed.count <= 100, !trimmed.contains(where: \.isNewline) else {
            throw PlanError.invalidInput("the resolution must be one line of 1 to 100 characters, as the agency numbers it (e.g. 2026-14)")
        }
        return AdoptionAct(resolution: trimmed, meeting: meeting)
    }

    var trailers: [Trailer] {
        (resolution.map { [Trailer(.resolution, $0)] } ?? []) + (meeting.map { [Trailer(.meeting, $0.iso)] } ?? [])
    }

    /// The act recorded in an adoption commit's trailers, if any.
    public init(trailers: [Trailer]) {
        resolution = trailers.value(.resolution)
        meeting = trailers.value(.meeting).flatMap(PlanDate.init(iso:))
    }

    public var isEmpty: Bool { resolution == nil && meeting == nil }

    /// "resolution 2026-14, meeting of 2026-07-01".
    public var description: String {
        [resolution.map { "resolution \($0)" }, meeting.map { "meeting of \($0.iso)" }].compactMap { $0 }.joined(separator: ", ")
    }
}
