/// Changes to the typed fields of a version: title, code, levels, FLSA, pay, probation,
/// attributes and the source document's own dates. The effective date is not compared: it
/// names the version, and two versions being compared usually differ in it by design.
extension SpecDiff {
    func fieldChanges(_ old: SpecVersion, _ new: SpecVersion) -> [SpecChange] {
        var changes: [SpecChange] = []
        func field(_ name: String, _ noun: String, _ category: ChangeCategory, _ before: String?, _ after: String?,
                   editorial: Bool = true, quantities: Bool = true) {
            guard before != after else { return }
            changes.append(textChange(path: ChangePath(field: name), operation: .fieldChanged, category: category,
                                      noun: noun, before: before, after: after, editorialAllowed: editorial,
                                      readQuantities: quantities))
        }
        field("title", "Title", .title, old.title, new.title, quantities: false)
        field("code", "Class code", .code, old.code, new.code, editorial: false, quantities: false)
        changes += levelChanges(old.levels, new.levels)
        field("flsa", "FLSA status", .flsa, old.flsa?.rawValue, new.flsa?.rawValue, editorial: false)
        field("pay.band", "Pay band", .pay, old.pay?.band, new.pay?.band, editorial: false)
        field("pay.zone", "Pay zone", .pay, old.pay?.zone, new.pay?.zone, editorial: false)
        field("pay.range", "Pay range", .pay, old.pay?.range, new.pay?.range, editorial: false)
        field("probation", "Probationary period", .other, old.probation, new.probation)
        changes += attributeChanges(old.attributes, new.attributes)
        if options.compareSourceDates {
            field("source-dates.original", "Original date", .other,
                  old.sourceDates?.original, new.sourceDates?.original, quantities: false)
            let revisedBefore = old.sourceDates?.revised ?? [], revisedAfter = new.sourceDates?.revised ?? []
            field("source-dates.revised", "Revision dates", .other,
                  revisedBefore.isEmpty ? nil : revisedBefore.joined(separator: ", "),
                  revisedAfter.isEmpty ? nil : revisedAfter.joined(separator: ", "), quantities: false)
        }
        return changes
    }

    /// A level added to or removed from a series changes the series' make-up, which lineage
    /// tracks; a level's title changing is a title change.
    private func levelChanges(_ old: [SeriesLevel], _ new: [SeriesLevel]) -> [SpecChange] {
        var changes: [SpecChange] = []
        for level in old where !new.contains(where: { $0.level == level.level }) {
            changes.append(textChange(path: ChangePath(field: "levels.\(level.level)"), operation: .removed,
                                      category: .lineage, noun: "Level \(level.level)", before: level.title, after: nil))
        }
        for level in new {
            guard let previous = old.first(where: { $0.level == level.level }) else {
                changes.append(textChange(path: ChangePath(field: "levels.\(level.level)"), operation: .added,
                                          category: .lineage, noun: "Level \(level.level)", before: nil, after: level.title))
                continue
            }
            if previous.title != level.title {
                changes.append(textChange(path: ChangePath(field: "levels.\(level.level)"), operation: .fieldChanged,
                                          category: .title, noun: "Title of level \(level.level)",
                                          before: previous.title, after: level.title, readQuantities: false))
            }
        }
        return changes
    }

    /// Attributes pair by name; repeated names pair in order (the second "Job Title" with the
    /// second), so a spec with a repeated attribute compared with itself changes nothing.
    private func attributeChanges(_ old: [Attribute], _ new: [Attribute]) -> [SpecChange] {
        func key(_ a: Attribute) -> String { DiffText.normalisedKey(a.name) }
        /// Each attribute with how many of the same name come before it.
        func numbered(_ attributes: [Attribute]) -> [(attribute: Attribute, key: String, occurrence: Int)] {
            var seen: [String: Int] = [:]
            return attributes.map { attribute in
                let name = key(attribute)
                defer { seen[name, default: 0] += 1 }
                return (attribute, name, seen[name, default: 0])
            }
        }
        let oldNumbered = numbered(old), newNumbered = numbered(new)
        let oldByKey = Dictionary(grouping: oldNumbered, by: \.key)
        let newCounts = Dictionary(grouping: newNumbered, by: \.key).mapValues(\.count)
        var changes: [SpecChange] = []
        for (a, name, occurrence) in oldNumbered where occurrence >= newCounts[name, default: 0] {
            changes.append(textChange(path: ChangePath(field: "attributes.\(a.name)"), operation: .removed,
                                      category: .other, noun: "“\(a.name)”", before: a.value, after: nil))
        }
        for (a, name, occurrence) in newNumbered {
            let path = ChangePath(field: "attributes.\(a.name)")
            guard let previous = oldByKey[name].flatMap({ occurrence < $0.count ? $0[occurrence].attribute : nil }) else {
                changes.append(textChange(path: path, operation: .added, category: .other, noun: "“\(a.name)”",
                                          before: nil, after: a.value))
                continue
            }
            if previous.value != a.value {
                changes.append(textChange(path: path, operation: .fieldChanged, category: .other,
                                          noun: "“\(a.name)”", before: previous.value, after: a.value))
            }
        }
        return changes
    }
}
