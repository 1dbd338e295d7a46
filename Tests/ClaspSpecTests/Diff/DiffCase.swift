import Testing
@testable import ClaspSpec

/// One row of the golden table: two versions and the complete list of changes expected
/// between them, in order.
struct DiffCase: Sendable, CustomTestStringConvertible {
    var name: String
    var old: SpecVersion
    var new: SpecVersion
    var expected: [ExpectedChange]

    var testDescription: String { name }

    init(_ name: String, _ old: SpecVersion, _ new: SpecVersion, _ expected: [ExpectedChange]) {
        self.name = name; self.old = old; self.new = new; self.expected = expected
    }
}

/// What a change must be: operation, category, path key and quantities as
/// "before->after unit direction" (e.g. "2->3 years raised").
struct ExpectedChange: Equatable, Sendable, CustomStringConvertible {
    var operation: ChangeOperation
    var category: ChangeCategory
    var path: String
    var quantities: [String]
    var tentative: Bool

    init(_ operation: ChangeOperation, _ category: ChangeCategory, _ path: String,
         _ quantities: [String] = [], tentative: Bool = false) {
        self.operation = operation; self.category = category; self.path = path
        self.quantities = quantities; self.tentative = tentative
    }

    init(_ change: SpecChange) {
        self.init(change.operation, change.category, change.path.description,
                  change.quantities.map(Self.describe), tentative: change.isTentative)
    }

    static func describe(_ q: QuantityChange) -> String {
        func number(_ d: Double) -> String { d == d.rounded() ? String(Int(d)) : String(d) }
        return "\(number(q.before))->\(number(q.after)) \(q.unit ?? "-") \(q.direction.rawValue)"
    }

    var description: String {
        "\(operation.rawValue) \(category.rawValue) \(path)"
            + (quantities.isEmpty ? "" : " \(quantities)") + (tentative ? " tentative" : "")
    }
}

/// Builders for spec versions in tests, so each golden row reads as its before and after.
enum Fixture {
    static let day1 = PlanDate(year: 2019, month: 7, day: 16)!
    static let day2 = PlanDate(year: 2020, month: 7, day: 1)!

    static func spec(title: String = "Finance Technician I/II", effective: PlanDate = day1,
                     code: String? = nil, levels: [SeriesLevel] = [], flsa: FLSAStatus? = nil,
                     pay: PayPlacement? = nil, probation: String? = nil, attributes: [Attribute] = [],
                     _ sections: [Section]) -> SpecVersion {
        SpecVersion(title: title, effective: effective, code: code, levels: levels, flsa: flsa, pay: pay,
                    probation: probation, attributes: attributes, sections: sections)
    }

    static func duties(_ texts: [String], heading: String = "EXAMPLES OF ESSENTIAL DUTIES") -> Section {
        Section(kind: .duties, heading: heading, items: texts.map { Item(text: $0) })
    }

    static func section(_ kind: SectionKind, _ heading: String? = nil, level: String? = nil,
                        text: [String] = [], items: [String] = [], _ sections: [Section] = []) -> Section {
        Section(kind: kind, heading: heading, level: level, text: text, items: items.map { Item(text: $0) },
                sections: sections)
    }

    /// Minimum qualifications for one level: experience and education paragraphs, a license.
    static func qualifications(level: String, experience: String, education: String,
                               license: String? = "Possession of a valid California Driver's License.") -> Section {
        var parts = [section(.experience, "Experience:", text: [experience]),
                     section(.education, "Training:", text: [education])]
        if let license { parts.append(section(.licenses, "License or Certificate", text: [license])) }
        return section(.qualifications, "Finance Technician \(level)", level: level, parts)
    }

    static let baseDuties = [
        "Prepare journal entries and general ledger reconciliations.",
        "Respond to inquiries from the public in person, by telephone and in writing.",
        "Balance and post financial transactions to ledgers and sub-ledgers.",
        "Administer and train new users on document management systems.",
        "Serve as administrator for a variety of software applications.",
    ]

    static func replacing(_ list: [String], at index: Int, with text: String) -> [String] {
        var copy = list
        copy[index] = text
        return copy
    }
}
