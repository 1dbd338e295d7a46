/// Reads and writes spec version files (`classes/<class-id>/<YYYY-MM-DD>.yaml`, DESIGN §3).
///
/// Decoding is strict, because a misspelt key silently dropped would be text lost from the plan:
/// every mapping is read through `YAMLFieldReader`, which rejects keys nobody asked for. Encoding
/// is canonical, because `git diff` between two versions is only readable when the same content
/// always has the same bytes.
public enum SpecVersionCodec {
    /// The value of the top-level `text` key for a version known by title and date alone.
    public static let notOnFile = "not-on-file"

    /// Reads a version file.
    ///
    /// Accepts any YAML layout (flow lists, reordered keys); the result does not remember layout.
    ///
    /// - Parameters:
    ///   - text: the file's content.
    ///   - file: the name used in error messages (usually `2019-07-16.yaml`).
    /// - Returns: the version the file describes.
    /// - Throws: `SpecFormatError` naming the file, line and field: unknown or missing fields,
    ///   wrong shapes, impossible dates, unknown section kinds, percentages outside 0...100,
    ///   FLSA values other than `exempt`/`non-exempt`, and levels that are not declared.
    public static func decode(_ text: String, file: String? = nil) throws -> SpecVersion {
        let root = try YAMLParser.parse(text, file: file)
        return try SpecVersionDecoder(file: file).version(from: root)
    }

    /// Writes a version in canonical form.
    ///
    /// Keys come in a fixed order (title, effective, text, code, levels, flsa, pay, probation,
    /// source-dates, attributes, sections; in a section: kind, heading, level, text, items,
    /// sections; in an item: id, label, text, percent). Nil fields and empty lists are left out,
    /// except `sections`, which a version with its text on file always has. An item that is only
    /// text is written as a plain list element.
    ///
    /// - Parameter version: the version to write.
    /// - Returns: the file's content: LF line ends and a final newline.
    public static func encode(_ version: SpecVersion) -> String {
        CanonicalYAML.render(SpecVersionEncoder.tree(of: version))
    }
}
