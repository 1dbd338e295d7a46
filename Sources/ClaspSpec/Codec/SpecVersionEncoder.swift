/// Builds the canonical `YAMLValue` tree of a spec version; `CanonicalYAML` turns it into bytes.
///
/// Key order lives here and only here, so the decoder can accept any order while every file
/// Clasp writes has the same one.
enum SpecVersionEncoder {
    static func tree(of version: SpecVersion) -> YAMLValue {
        var pairs: [YAMLPair] = [
            YAMLPair("title", .scalar(version.title)),
            YAMLPair("effective", .scalar(version.effective.iso)),
        ]
        if !version.textOnFile { pairs.append(YAMLPair("text", .scalar(SpecVersionCodec.notOnFile))) }
        pairs.appendScalar("code", version.code)
        if !version.levels.isEmpty {
            pairs.append(YAMLPair("levels", .sequence(version.levels.map { level in
                .mapping([YAMLPair("level", .scalar(level.level)), YAMLPair("title", .scalar(level.title))])
            })))
        }
        pairs.appendScalar("flsa", version.flsa?.rawValue)
        if let pay = version.pay {
            var payPairs: [YAMLPair] = []
            payPairs.appendScalar("band", pay.band)
            payPairs.appendScalar("zone", pay.zone)
            payPairs.appendScalar("range", pay.range)
            pairs.append(YAMLPair("pay", .mapping(payPairs)))
        }
        pairs.appendScalar("probation", version.probation)
        if let dates = version.sourceDates {
            var datePairs: [YAMLPair] = []
            datePairs.appendScalar("original", dates.original)
            datePairs.appendList("revised", dates.revised.map { .scalar($0) })
            pairs.append(YAMLPair("source-dates", .mapping(datePairs)))
        }
        pairs.appendList("attributes", version.attributes.map { attribute in
            .mapping([YAMLPair("name", .scalar(attribute.name)), YAMLPair("value", .scalar(attribute.value))])
        })
        // A version with text on file always says so by having `sections`, even an empty list.
        if version.textOnFile || !version.sections.isEmpty {
            pairs.append(YAMLPair("sections", .sequence(version.sections.map(tree(of:)))))
        }
        return .mapping(pairs)
    }

    static func tree(of section: Section) -> YAMLValue {
        var pairs: [YAMLPair] = [YAMLPair("kind", .scalar(section.kind.rawValue))]
        pairs.appendScalar("heading", section.heading)
        pairs.appendScalar("level", section.level)
        pairs.appendList("text", section.text.map { .scalar($0) })
        pairs.appendList("items", section.items.map(tree(of:)))
        pairs.appendList("sections", section.sections.map(tree(of:)))
        return .mapping(pairs)
    }

    /// An item that is only text is a plain list element, the way a reader writes a list by hand.
    static func tree(of item: Item) -> YAMLValue {
        if item.id == nil, item.label == nil, item.percent == nil { return .scalar(item.text) }
        var pairs: [YAMLPair] = []
        pairs.appendScalar("id", item.id)
        pairs.appendScalar("label", item.label)
        pairs.append(YAMLPair("text", .scalar(item.text)))
        pairs.appendScalar("percent", item.percent.map(String.init))
        return .mapping(pairs)
    }
}

extension Array where Element == YAMLPair {
    /// Adds `key: value` unless the value is nil (an empty string is kept: it is data).
    fileprivate mutating func appendScalar(_ key: String, _ value: String?) {
        if let value { append(YAMLPair(key, .scalar(value))) }
    }

    /// Adds `key:` with a list unless the list is empty.
    fileprivate mutating func appendList(_ key: String, _ values: [YAMLValue]) {
        if !values.isEmpty { append(YAMLPair(key, .sequence(values))) }
    }
}
