import ClaspSpec
import Testing

/// The three-way merge a rebase uses: each side's change kept, nothing both changed resolved
/// by picking a side.
@Suite struct SpecMergeTests {
    static let date = PlanDate(iso: "2019-07-16")!

    static func spec(title: String = "Finance Technician", flsa: FLSAStatus? = .nonExempt, definition: [String] = ["To do accounting."],
                     duties: [String] = ["Reconcile accounts.", "Prepare reports.", "Answer questions."],
                     experience: String = "Two years of experience.", extra: [Section] = []) -> SpecVersion {
        SpecVersion(title: title, effective: date, flsa: flsa, sections: [
            Section(kind: .definition, heading: "DEFINITION", text: definition),
            Section(kind: .duties, heading: "DUTIES", items: duties.map { Item(text: $0) }),
            Section(kind: .experience, heading: "EXPERIENCE", text: [experience]),
        ] + extra)
    }

    func merged(_ base: SpecVersion, _ ours: SpecVersion, _ theirs: SpecVersion) throws -> SpecVersion {
        guard case .merged(let result) = SpecMerge().merge(base: base, ours: ours, theirs: theirs) else {
            Issue.record("expected a clean merge"); return base
        }
        return result
    }

    @Test func changesToDifferentSectionsAndFieldsAreBothKept() throws {
        let base = Self.spec()
        var ours = Self.spec(duties: ["Reconcile accounts.", "Prepare monthly reports.", "Answer questions."])
        ours.effective = PlanDate(iso: "2027-01-01")!
        let theirs = Self.spec(flsa: .exempt, experience: "Three years of experience.")
        let result = try merged(base, ours, theirs)
        #expect(result == {
            var expected = Self.spec(flsa: .exempt, duties: ["Reconcile accounts.", "Prepare monthly reports.", "Answer questions."],
                                     experience: "Three years of experience.")
            expected.effective = PlanDate(iso: "2027-01-01")!
            return expected
        }())
    }

    @Test func itemsChangedAtDifferentPlacesInOneListAreBothKept() throws {
        let base = Self.spec()
        let ours = Self.spec(duties: ["Reconcile all accounts.", "Prepare reports.", "Answer questions."])
        let theirs = Self.spec(duties: ["Reconcile accounts.", "Prepare reports.", "Answer questions.", "Train staff."])
        #expect(try merged(base, ours, theirs).sections[1].items.map(\.text)
                == ["Reconcile all accounts.", "Prepare reports.", "Answer questions.", "Train staff."])
    }

    @Test func aSectionAddedOnOneSideIsKeptInPlace() throws {
        let licenses = Section(kind: .licenses, heading: "LICENSES", text: ["A driver's license."])
        let result = try merged(Self.spec(), Self.spec(extra: [licenses]), Self.spec(title: "Finance Technician I/II"))
        #expect(result.title == "Finance Technician I/II")
        #expect(result.sections.last == licenses)
    }

    @Test(arguments: [
        ("the same field", Self.spec(flsa: .exempt), Self.spec(flsa: nil), "FLSA status"),
        ("the same item", Self.spec(duties: ["Reconcile ledgers.", "Prepare reports.", "Answer questions."]),
         Self.spec(duties: ["Reconcile bank accounts.", "Prepare reports.", "Answer questions."]), "DUTIES"),
        ("the same paragraph", Self.spec(experience: "Three years."), Self.spec(experience: "Four years."), "EXPERIENCE"),
    ])
    func bothChangingTheSamePlaceIsAConflict(_ label: String, _ ours: SpecVersion, _ theirs: SpecVersion, _ location: String) {
        let outcome = SpecMerge().merge(base: Self.spec(), ours: ours, theirs: theirs)
        guard case .conflicts(let conflicts) = outcome else { Issue.record("\(label): merged"); return }
        #expect(conflicts.map(\.location) == [location], "\(label)")
    }

    @Test func aSectionRemovedOnOneSideAndChangedOnTheOtherIsAConflict() {
        var ours = Self.spec()
        ours.sections.removeLast()
        let outcome = SpecMerge().merge(base: Self.spec(), ours: ours, theirs: Self.spec(experience: "Three years."))
        guard case .conflicts(let conflicts) = outcome else { Issue.record("merged"); return }
        #expect(conflicts.first?.location == "EXPERIENCE")
    }

    @Test func theSameChangeOnBothSidesIsTakenOnce() throws {
        let changed = Self.spec(duties: ["Reconcile accounts.", "Answer questions."])
        #expect(try merged(Self.spec(), changed, changed) == changed)
    }

    @Test func listMergeKeepsIndependentEditsAroundAnchors() {
        #expect(ThreeWayListMerge.merge(base: [1, 2, 3, 4, 5], ours: [1, 9, 3, 4, 5], theirs: [1, 2, 3, 4, 8, 5]) == .merged([1, 9, 3, 4, 8, 5]))
        #expect(ThreeWayListMerge.merge(base: [1, 2, 3], ours: [1, 3], theirs: [1, 2, 3, 4]) == .merged([1, 3, 4]))
        #expect(ThreeWayListMerge.merge(base: [1, 2, 3], ours: [1, 7, 3], theirs: [1, 8, 3]) == .conflict(base: [2], ours: [7], theirs: [8]))
        #expect(ThreeWayListMerge.merge(base: [Int](), ours: [1], theirs: [2]) == .conflict(base: [], ours: [1], theirs: [2]))
    }
}
