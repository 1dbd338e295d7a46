/// The vocabulary of header labels that hold a typed field ("Class Code", "FLSA Status",
/// "Salary Range", "Probationary Period"), shared by header tables, `Label: value` lines,
/// bold run-in labels, table rows and front matter.
///
/// Values are kept exactly as written ("GS-0301-13", "G7", "$52,000 - $68,000"): a grade token
/// is an identifier, not a number to normalise.
enum FieldMap {
    enum Field: Equatable {
        case title, code, flsa, band, zone, range, probation
        /// Kept as an attribute, but recognised as header material rather than body text.
        case attribute
    }

    /// The label as compared: lower case, letters only, single spaces ("FLSA Status:" -> "flsa status").
    static func key(_ label: String) -> String {
        let base = String(label.lowercased().map { $0.isLetter ? $0 : " " }).split(separator: " ").joined(separator: " ")
        guard base.contains("flsa") else { return base }
        return base.replacingAll("flsa designation", with: "flsa").replacingAll("flsa status", with: "flsa")
    }

    static func field(for label: String) -> Field? {
        switch key(label) {
        case "job title", "class title", "position title", "title", "classification title", "working title",
             "classification", "position", "job", "class":
            return .title
        case "job code", "class code", "code", "classification code", "job number", "class number", "position code",
             "job class code", "class no", "job class", "series grade", "pay plan series grade", "occupational series",
             "pay scale grade", "pay scale and grade", "series and grade", "class spec code", "job profile code":
            return .code
        case "flsa", "flsa exempt status", "overtime status", "exemption status", "fair labor standards act":
            return .flsa
        case "band", "pay band", "grade", "pay grade", "salary grade", "job grade", "level", "grade level":
            return .band
        case "zone", "pay zone":
            return .zone
        case "range", "pay range", "salary range", "salary", "pay", "pay scale", "compensation", "salary schedule",
             "hourly rate", "annual salary", "pay rate", "wage range", "salary band":
            return .range
        case "probationary period", "probation", "probation period":
            return .probation
        case "bargaining unit", "union", "representation unit", "employee group", "unit", "department", "division",
             "series", "pay plan", "location", "reports to", "work schedule", "schedule", "employment type",
             "job family", "category", "agency", "appointment type", "work type", "eeo category", "hours", "job type",
             "announcement number", "position number", "control number", "opening date", "open date", "closing date",
             "open closing dates", "filing deadline", "application deadline", "directorate", "contract type", "team",
             "reference number", "reference", "duty location", "locations", "security clearance", "travel required",
             "promotion potential", "job family series", "supervisory status", "telework eligible", "remote job",
             "relocation expenses reimbursed", "service", "position sensitivity and risk", "drug test",
             "trust determination process", "financial disclosure", "hiring agency", "hiring organisation",
             "hiring organization", "employer", "number of jobs", "working pattern", "length of employment",
             "type of role", "vacancy reference", "number of posts", "full time equivalent", "fte", "campus",
             "college", "school", "unit name", "exempt non exempt", "job category", "job grade family":
            return .attribute
        default:
            return nil
        }
    }

    /// Stores `value` under the field `label` names, unless that field already holds a value
    /// (then the pair becomes an attribute, so nothing is lost). Returns true when the value went
    /// into a typed field (its label is then structure, not content).
    @discardableResult
    static func apply(_ label: String, _ value: String, to version: inout SpecVersion) -> Bool {
        var pay = version.pay ?? PayPlacement()
        var typed = true
        switch field(for: label) {
        case .code where version.code == nil: version.code = value
        case .flsa where version.flsa == nil:
            let normal = value.lowercased().filter(\.isLetter)
            if normal.hasPrefix("nonexempt") || normal == "no" || normal == "eligible" { version.flsa = .nonExempt }
            else if normal.hasPrefix("exempt") || normal == "yes" { version.flsa = .exempt }
            else { typed = false }
        case .band where pay.band == nil: pay.band = value
        case .zone where pay.zone == nil: pay.zone = value
        case .range where pay.range == nil: pay.range = value
        case .probation where version.probation == nil: version.probation = value
        default: typed = false
        }
        if pay != PayPlacement() { version.pay = pay }
        if !typed { version.attributes.append(Attribute(name: label, value: value)) }
        return typed
    }

    /// "CLASS CODE 3121" -> ("CLASS CODE", "3121"): a typed field's label then a value holding a
    /// digit, no colon, as bulletins print their header lines; nil for anything else.
    static func unpunctuated(_ text: String) -> (label: String, value: String)? {
        guard text.count <= 120, text.contains(where: \.isNumber) else { return nil }
        let words = text.split(separator: " ")
        guard words.count >= 2, words.count <= 8 else { return nil }
        for count in 1...min(3, words.count - 1) {
            let label = words.prefix(count).joined(separator: " ")
            guard let field = field(for: label), field == .code || field == .range || ["grade", "pay grade"].contains(key(label)),
                  words[count].contains(where: \.isNumber) else { continue }
            return (label, words.dropFirst(count).joined(separator: " "))
        }
        return nil
    }

    static func startsWithLabel(_ text: String) -> Bool { unpunctuated(text) != nil }

    /// A header label printed alone on its line with the value on the next ("Class Code:" then
    /// "1201"; "SALARY RANGE" then "$25.00 - $35.00 Hourly"), as job-board exports lay them out:
    /// the label, or nil. Without a colon only typed pay and code labels qualify, and the value
    /// must hold a digit, so a section heading is never taken for a label.
    static func labelAlone(_ text: String, next: String) -> String? {
        let colon = text.hasSuffix(":")
        let label = colon ? String(text.dropLast()).trimmingWhitespace : text
        guard label.count <= 40, !label.contains(where: { $0.isNumber || $0 == ":" }), !next.contains(": "),
              let kind = field(for: label), kind != .title, !next.isEmpty, next.split(separator: " ").count <= 8,
              !next.hasSuffix(":"), field(for: next.trimmingSuffix(":")) == nil else { return nil }
        if colon { return label }
        return [.code, .range, .band].contains(kind) && next.contains(where: \.isNumber) ? label : nil
    }

    /// True when `label` is a field label a header or front matter would carry.
    static func isField(_ label: String) -> Bool { field(for: label) != nil }

    /// True for a dated header line ("Last updated: 03/02/2021", "Revised: July 16, 2019"): kept as
    /// an attribute, not as the text of whichever section it happens to follow.
    static func isDateLine(_ label: String, _ value: String) -> Bool {
        EffectiveDateFinder.isLabelled(label) && label.split(separator: " ").count <= 5
            && value.split(separator: " ").count <= 6 && !DateReader.dates(in: value).isEmpty
    }

    /// A header pair: a field label, or a dated line.
    static func isHeader(_ label: String, _ value: String) -> Bool { isField(label) || isDateLine(label, value) }
}
