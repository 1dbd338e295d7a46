internal import CLibGit2

/// The SHA-1 name of a git object (blob, tree, commit or tag).
///
/// Stored as three integers rather than an array so ids are cheap to copy, hash and compare when walking
/// histories of hundreds of thousands of commits. Ordering is byte order, which is also hex order.
public struct ObjectID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Bytes 0–7, big-endian.
    private let high: UInt64
    /// Bytes 8–15, big-endian.
    private let middle: UInt64
    /// Bytes 16–19, big-endian.
    private let low: UInt32

    /// Parses a full 40-digit hexadecimal id (either case); `nil` for anything else.
    public init?(hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count == 40 else { return nil }
        var bytes = [UInt8](repeating: 0, count: 20)
        for index in 0..<20 {
            guard let upper = Self.nibble(digits[2 * index]), let lower = Self.nibble(digits[2 * index + 1]) else {
                return nil
            }
            bytes[index] = upper << 4 | lower
        }
        self.init(bytes: bytes)
    }

    /// The id as 40 lower-case hexadecimal digits.
    public var hex: String {
        let alphabet = Array("0123456789abcdef".utf8)
        var digits = [UInt8]()
        digits.reserveCapacity(40)
        for byte in bytes {
            digits.append(alphabet[Int(byte >> 4)])
            digits.append(alphabet[Int(byte & 0x0f)])
        }
        return String(decoding: digits, as: UTF8.self)
    }

    public var description: String { hex }

    public static func < (lhs: ObjectID, rhs: ObjectID) -> Bool {
        (lhs.high, lhs.middle, lhs.low) < (rhs.high, rhs.middle, rhs.low)
    }

    /// The 20 raw bytes, in order.
    var bytes: [UInt8] {
        var result = [UInt8]()
        result.reserveCapacity(20)
        for shift in stride(from: 56, through: 0, by: -8) { result.append(UInt8(truncatingIfNeeded: high >> UInt64(shift))) }
        for shift in stride(from: 56, through: 0, by: -8) { result.append(UInt8(truncatingIfNeeded: middle >> UInt64(shift))) }
        for shift in stride(from: 24, through: 0, by: -8) { result.append(UInt8(truncatingIfNeeded: low >> UInt32(shift))) }
        return result
    }

    /// Builds an id from exactly 20 bytes.
    private init(bytes: [UInt8]) {
        var high: UInt64 = 0
        var middle: UInt64 = 0
        var low: UInt32 = 0
        for byte in bytes[0..<8] { high = high << 8 | UInt64(byte) }
        for byte in bytes[8..<16] { middle = middle << 8 | UInt64(byte) }
        for byte in bytes[16..<20] { low = low << 8 | UInt32(byte) }
        self.high = high
        self.middle = middle
        self.low = low
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

extension ObjectID {
    /// Copies a libgit2 oid.
    init(_ oid: git_oid) {
        let bytes = withUnsafeBytes(of: oid.id) { Array($0.prefix(20)) }
        self.init(bytes: bytes)
    }

    /// Reads the 20 bytes at the start of `raw` (an id inside a tree object, a digest).
    init(rawBytes raw: UnsafeRawBufferPointer) {
        precondition(raw.count >= 20, "an object id is 20 bytes")
        high = UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self))
        middle = UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        low = UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self))
    }

    /// Copies the oid a libgit2 accessor returned; the pointer is only read.
    init(_ pointer: UnsafePointer<git_oid>) {
        self.init(pointer.pointee)
    }

    /// The libgit2 form, for passing to C calls.
    var oid: git_oid {
        var oid = git_oid()
        withUnsafeMutableBytes(of: &oid.id) { raw in
            for (index, byte) in bytes.enumerated() { raw[index] = byte }
        }
        return oid
    }
}
