import Foundation

/// Time zone names as plan files spell them, and the day boundaries recorded-time queries need.
public enum TimeZoneName {
    /// Whether `name` is a zone: one the system's tz database holds (read without ICU, see
    /// `ZoneRules`), or else one Foundation knows.
    public static func isKnown(_ name: String) -> Bool { ZoneRules.named(name) != nil || TimeZone(identifier: name) != nil }

    static func zone(_ name: String) -> TimeZone { TimeZone(identifier: name) ?? TimeZone(secondsFromGMT: 0)! }
}
