public import ClaspSpec
import Foundation

/// Two versions and what changed between them, as `clasp diff` and the web diff page show it.
public struct VersionComparison: Sendable {
    public var old: EffectiveVersion
    public var new: EffectiveVersion
    public var changes: SpecChangeSet
}

extension Plan {
    /// The version a selector names.
    ///
    /// - Throws: `PlanError` for an unknown class, a date with no version in effect, or a
    ///   recorded date before the plan's history.
    public func version(_ selector: VersionSelector) throws -> EffectiveVersion {
        let snapshot = try selector.knownOn.map { try self.snapshot(asKnownOn: $0) } ?? current()
        let date = try selector.asOf ?? RecordedTime.day(of: Date(), timeZone: snapshot.config().timeZone)
        return try snapshot.versionInEffect(selector.classID, on: date)
    }

    /// The default comparison for a class: the version in effect on `date` (today when nil)
    /// against the one before it.
    ///
    /// - Throws: `PlanError.invalidInput` when the class has no earlier version to compare with.
    public func previousAndCurrent(_ classID: String, on date: PlanDate? = nil,
                                   knownOn: PlanDate? = nil) throws -> (VersionSelector, VersionSelector) {
        let current = try version(VersionSelector(classID: classID, asOf: date, knownOn: knownOn))
        let snapshot = try knownOn.map { try self.snapshot(asKnownOn: $0) } ?? self.current()
        guard let previous = try snapshot.effectiveDates(classID).last(where: { $0 < current.effective }) else {
            throw PlanError.invalidInput(
                "class '\(classID)' has no version before the one effective \(current.effective); name two versions with --from and --to")
        }
        return (VersionSelector(classID: classID, asOf: previous, knownOn: knownOn),
                VersionSelector(classID: classID, asOf: current.effective, knownOn: knownOn))
    }

    /// Compares two versions (of one class or of two), or one level of each.
    ///
    /// Two different classes, or two levels, are compared as a classification study reads them:
    /// sections pair by kind across levels, and experience, education, licenses and supervision
    /// differences are called out first.
    ///
    /// - Parameter levels: the level of the older side and of the newer side ("I", "II"), to
    ///   compare two levels of a series (of one version, or of two).
    /// - Throws: `PlanError` when a selector names nothing; `SpecDiffError.textNotOnFile`
    ///   when either text is not on file, since "no changes" would then be a lie;
    ///   `SpecDiffError.unknownLevel` for a level a version does not have.
    public func compare(_ old: VersionSelector, _ new: VersionSelector,
                        levels: (old: String, new: String)? = nil) throws -> VersionComparison {
        let before = try version(old), after = try version(new)
        let diff = SpecDiff()
        let changes = try levels.map { try diff.compareLevels(before.spec, level: $0.old, after.spec, level: $0.new) }
            ?? (old.classID != new.classID ? diff.compareClasses(before.spec, after.spec) : diff.compare(before.spec, after.spec))
        return VersionComparison(old: before, new: after, changes: changes)
    }
}
