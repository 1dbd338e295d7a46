import ClaspSpec

/// A fragment of HTML that is safe to send: every `String` interpolated into it is escaped,
/// and only other `HTML` values are embedded as markup.
///
/// Pages are built from `HTML` literals (`"<p>\(title)</p>"`), so spec text, names and query
/// parameters can never reach a page as markup; the one way around it, `HTML(trusted:)`, is used
/// only for markup produced by Clasp's own renderers, which escape their text themselves.
public struct HTML: Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public private(set) var rendered: String

    /// Markup from a renderer that escapes its own text (the diff and lineage renderers).
    public init(trusted markup: String) { rendered = markup }

    public init(stringLiteral value: String) { rendered = value }

    public init(stringInterpolation: Interpolation) { rendered = stringInterpolation.output }

    public var description: String { rendered }

    /// Text shown as text.
    public static func text(_ value: String) -> HTML { HTML(trusted: escape(value)) }

    /// Escapes the five characters that matter in element content and quoted attribute values;
    /// the same escaper as the semantic diff's HTML and the lineage SVG (`MarkupText`).
    public static func escape(_ value: String) -> String { MarkupText.escaped(value) }

    public struct Interpolation: StringInterpolationProtocol {
        var output = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            output.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        public mutating func appendLiteral(_ literal: String) { output += literal }

        /// Any value is escaped.
        public mutating func appendInterpolation(_ value: some CustomStringConvertible) {
            output += HTML.escape(value.description)
        }

        public mutating func appendInterpolation(_ value: String?) {
            output += HTML.escape(value ?? "")
        }

        /// Markup is embedded as it is.
        public mutating func appendInterpolation(_ fragment: HTML) { output += fragment.rendered }

        public mutating func appendInterpolation(_ fragments: [HTML]) {
            for fragment in fragments { output += fragment.rendered }
        }
    }
}

extension Array where Element == HTML {
    /// The fragments one after another.
    public func joined() -> HTML { HTML(trusted: map(\.rendered).joined()) }
}
