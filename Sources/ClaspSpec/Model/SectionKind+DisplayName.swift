extension SectionKind {
    /// How a reader names a section of this kind when the spec gives it no heading of its own:
    /// "Distinguishing Characteristics", not "distinguishing-characteristics". Renderers use it
    /// for untitled sections; the file format keeps the raw value.
    public var displayName: String {
        switch self {
        case .distinguishingCharacteristics: "Distinguishing Characteristics"
        case .supervisionReceived: "Supervision Received"
        case .supervisionExercised: "Supervision Exercised"
        case .physicalDemands: "Physical Demands"
        case .duties: "Essential Duties"
        case .licenses: "Licenses and Certificates"
        case .environment: "Working Environment"
        case .recruitment: "Recruitment and Selection"
        case .other: "Other Information"
        default: rawValue.prefix(1).uppercased() + rawValue.dropFirst()
        }
    }
}
