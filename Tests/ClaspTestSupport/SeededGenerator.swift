public import ClaspPlan
public import Foundation

/// A random number generator with a fixed seed, so a failing sequence of kill times or fuzz
/// inputs can be replayed exactly: the plan generator's SplitMix64.
package typealias SeededGenerator = SeededRandom

/// Bounds of the long-running tests: small in `swift test`, large under `make soak`.
public enum SoakSettings {
    /// Rounds of a crash test (`CLASP_SOAK_ITERATIONS`).
    public static func iterations(default value: Int) -> Int { integer("CLASP_SOAK_ITERATIONS", default: value) }

    /// Any positive integer setting from the environment, or `value`.
    public static func integer(_ name: String, default value: Int) -> Int {
        ProcessInfo.processInfo.environment[name].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil } ?? value
    }
}
