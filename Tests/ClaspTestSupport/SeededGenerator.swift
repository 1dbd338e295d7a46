public import Foundation

/// A random number generator with a fixed seed (SplitMix64), so a failing sequence of kill
/// times or fuzz inputs can be replayed exactly.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    public var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Bounds of the long-running tests: small in `swift test`, large under `make soak`.
public enum SoakSettings {
    /// Rounds of a crash test (`CLASP_SOAK_ITERATIONS`).
    public static func iterations(default value: Int) -> Int { integer("CLASP_SOAK_ITERATIONS", default: value) }

    /// Any positive integer setting from the environment, or `value`.
    public static func integer(_ name: String, default value: Int) -> Int {
        ProcessInfo.processInfo.environment[name].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil } ?? value
    }
}
