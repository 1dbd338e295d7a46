/// JSON shape of a spec version (stable; documented in README.md). Keys are camelCase, absent
/// optional fields are omitted, lists are always present.
extension SpecVersion: Encodable {
    private enum Keys: String, CodingKey {
        case title, effective, textOnFile, code, levels, flsa, pay, probation, sourceDates, attributes, sections
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(title, forKey: .title)
        try c.encode(effective, forKey: .effective)
        try c.encode(textOnFile, forKey: .textOnFile)
        try c.encodeIfPresent(code, forKey: .code)
        try c.encode(levels, forKey: .levels)
        try c.encodeIfPresent(flsa?.rawValue, forKey: .flsa)
        try c.encodeIfPresent(pay, forKey: .pay)
        try c.encodeIfPresent(probation, forKey: .probation)
        try c.encodeIfPresent(sourceDates, forKey: .sourceDates)
        try c.encode(attributes, forKey: .attributes)
        try c.encode(sections, forKey: .sections)
    }
}


extension Section: Encodable {
    private enum Keys: String, CodingKey { case kind, heading, level, text, items, sections }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(kind.rawValue, forKey: .kind)
        try c.encodeIfPresent(heading, forKey: .heading)
        try c.encodeIfPresent(level, forKey: .level)
        try c.encode(text, forKey: .text)
        try c.encode(items, forKey: .items)
        try c.encode(sections, forKey: .sections)
    }
}
