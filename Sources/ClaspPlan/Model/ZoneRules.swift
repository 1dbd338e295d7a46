import Foundation
import Synchronization

/// The UTC offsets of one named time zone, read from the system's compiled tz database
/// (`/usr/share/zoneinfo`, TZif files as RFC 8536 describes them).
///
/// Recorded-time queries need only "what is the UTC offset at this instant": Foundation answers
/// that through ICU, whose time-zone and calendar set-up costs a CLI call more than the query
/// itself. The TZif file holds the same tz rules: the transitions up to its last one, then a
/// POSIX `TZ` rule (such as `PST8PDT,M3.2.0,M11.1.0`) for every later year. A zone whose file
/// is missing or not understood gives nil, and callers fall back to Foundation.
struct ZoneRules: Sendable {
    /// Transition instants (Unix seconds), ascending, and the UTC offset from each on.
    var transitions: [Int64]
    var offsets: [Int32]
    /// The offset before the first transition (RFC 8536: local time type 0).
    var initialOffset: Int32
    /// For instants after the last transition; nil when the file has no footer rule.
    var rule: PosixZoneRule?

    /// The UTC offset in seconds at `seconds` since 1970.
    func offset(at seconds: Int64) -> Int {
        if let last = transitions.last, seconds >= last, let rule { return rule.offset(at: seconds) }
        guard let first = transitions.first, seconds >= first else {
            return transitions.isEmpty ? rule.map { $0.offset(at: seconds) } ?? Int(initialOffset) : Int(initialOffset)
        }
        var low = 0, high = transitions.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if transitions[middle] <= seconds { low = middle } else { high = middle - 1 }
        }
        return Int(offsets[low])
    }

    private static let cache = Mutex<[String: ZoneRules?]>([:])

    /// The rules of `name` (such as `America/Los_Angeles`), read once per process.
    static func named(_ name: String) -> ZoneRules? {
        if let known = cache.withLock({ $0[name] }) { return known }
        let rules = load(name)
        cache.withLock { $0[name] = rules }
        return rules
    }

    private static func load(_ name: String) -> ZoneRules? {
        // A name is a relative path of letters, digits and `_+-` parts: nothing that leaves the folder.
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        guard !name.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }),
              name.utf8.allSatisfy({ $0 < 128 && $0 > 32 }) else { return nil }
        let folder = ProcessInfo.processInfo.environment["TZDIR"] ?? "/usr/share/zoneinfo"
        guard let data = FileManager.default.contents(atPath: "\(folder)/\(name)") else { return nil }
        return parse(Array(data))
    }

    /// Parses a TZif file of version 2 or later (the 64-bit block and its footer).
    static func parse(_ bytes: [UInt8]) -> ZoneRules? {
        func count(_ at: Int) -> Int? {
            guard at + 4 <= bytes.count else { return nil }
            return bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) }
        }
        func header(_ at: Int) -> (utc: Int, std: Int, leap: Int, time: Int, type: Int, chars: Int)? {
            guard at + 44 <= bytes.count, bytes[at..<at + 4].elementsEqual("TZif".utf8),
                  let utc = count(at + 20), let std = count(at + 24), let leap = count(at + 28),
                  let time = count(at + 32), let type = count(at + 36), let chars = count(at + 40) else { return nil }
            return (utc, std, leap, time, type, chars)
        }
        guard let first = header(0), bytes[4] >= UInt8(ascii: "2") else { return nil }
        let secondHeader = 44 + first.time * 5 + first.type * 6 + first.chars + first.leap * 8 + first.std + first.utc
        guard let counts = header(secondHeader), counts.type > 0 else { return nil }
        let times = secondHeader + 44, indices = times + counts.time * 8, types = indices + counts.time
        let footer = types + counts.type * 6 + counts.chars + counts.leap * 12 + counts.std + counts.utc
        guard footer < bytes.count, bytes[footer] == UInt8(ascii: "\n") else { return nil }
        func signed64(_ at: Int) -> Int64 { Int64(bitPattern: bytes[at..<at + 8].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }) }
        func typeOffset(_ type: Int) -> Int32 {
            let at = types + type * 6
            return Int32(bitPattern: bytes[at..<at + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
        }
        var transitions: [Int64] = [], offsets: [Int32] = []
        for index in 0..<counts.time {
            let type = Int(bytes[indices + index])
            guard type < counts.type else { return nil }
            transitions.append(signed64(times + index * 8))
            offsets.append(typeOffset(type))
        }
        let footerText = bytes[(footer + 1)...].prefix { $0 != UInt8(ascii: "\n") }
        var rule: PosixZoneRule?
        if !footerText.isEmpty {
            guard let parsed = PosixZoneRule(String(decoding: footerText, as: UTF8.self)) else { return nil }
            rule = parsed
        }
        return ZoneRules(transitions: transitions, offsets: offsets, initialOffset: typeOffset(0), rule: rule)
    }
}
