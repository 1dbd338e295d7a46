extension SourceDates {
    /// The printed revision dates that read as calendar dates (month/day/year, as US agencies
    /// print them), in the order printed; a date the importer could not read is left out.
    public var revisedDates: [PlanDate] { revised.compactMap { TextRules.printedDate($0) } }
}
