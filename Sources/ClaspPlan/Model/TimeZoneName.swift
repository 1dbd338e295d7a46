import Foundation

/// Time zone names as plan files spell them, and the day boundaries recorded-time queries need.
public enum TimeZoneName {
    public static func isKnown(_ name: String) -> Bool { TimeZone(identifier: name) != nil }

    static func zone(_ name: String) -> TimeZone { TimeZone(identifier: name) ?? TimeZone(secondsFromGMT: 0)! }
}
