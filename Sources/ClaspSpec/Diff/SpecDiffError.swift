/// Why two versions could not be compared.
public enum SpecDiffError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Side: String, Sendable, Equatable {
        case old
        case new
    }

    /// The version's text was never filed (only its title and date are known), so "no
    /// changes" would be a false statement rather than an answer.
    case textNotOnFile(side: Side, title: String, effective: PlanDate)
    /// A level comparison named a level the version does not have.
    case unknownLevel(side: Side, level: String, title: String)

    public var description: String {
        switch self {
        case let .textNotOnFile(side, title, effective):
            return "cannot compare the text of \(title) in effect from \(effective): "
                + "the \(side.rawValue) version's text is not on file"
        case let .unknownLevel(side, level, title):
            return "cannot compare level \(level) of \(title) (the \(side.rawValue) side): it has no such level"
        }
    }
}
