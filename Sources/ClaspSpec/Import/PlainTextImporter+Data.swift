public import struct Foundation.Data

extension PlainTextImporter {
    /// Imports a spec from raw bytes, refusing binary files and bytes that are not UTF-8 before
    /// any text is guessed at.
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - file: the name used in errors and warnings.
    ///   - effective: as in `importSpec(_:file:effective:)`.
    /// - Returns: the imported spec.
    /// - Throws: `ImportError.tooLarge` over `maximumBytes`, `ImportError.binaryContent` at the first NUL byte, `ImportError.invalidUTF8` at the
    ///   first byte that is not UTF-8, and everything the text import throws.
    public func importSpec(_ data: Data, file: String? = nil, effective: PlanDate? = nil) throws -> ImportedSpec {
        guard data.count <= Self.maximumBytes else {
            throw ImportError.tooLarge(file: file, bytes: data.count, limit: Self.maximumBytes)
        }
        let bytes = [UInt8](data)
        func line(at offset: Int) -> Int { bytes[..<offset].count { $0 == 0x0A } + 1 }
        if let nul = bytes.firstIndex(of: 0) { throw ImportError.binaryContent(file: file, line: line(at: nul)) }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        var text = String.UnicodeScalarView()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                text.append(Unicode.UTF8.decode(encoded))
                offset += encoded.count
            case .error:
                throw ImportError.invalidUTF8(file: file, line: line(at: offset), byteOffset: offset)
            case .emptyInput:
                return try importSpec(String(text), file: file, effective: effective)
            }
        }
    }
}
