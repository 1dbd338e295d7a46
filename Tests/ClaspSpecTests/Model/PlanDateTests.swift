import ClaspSpec
import Testing

@Suite struct PlanDateTests {
    @Test func readsTheISOForm() throws {
        let date = try #require(PlanDate(iso: "2019-07-16"))
        #expect((date.year, date.month, date.day) == (2019, 7, 16))
        #expect(PlanDate(iso: "0001-01-01")?.year == 1)
        #expect(PlanDate(iso: "2024-02-29")?.day == 29)
        #expect(PlanDate(iso: "2019-07-16.yaml".dropLast(5)) == date)
    }

    @Test(arguments: [
        "", "2019", "2019-07", "2019-7-16", "2019-07-6", "19-07-16", "2019-07-160", "2019-07-16 ", " 2019-07-16",
        "2019/07/16", "2019-07_16", "20a9-07-16", "2019-0x-16", "+019-07-16", "-019-07-16", "２０１９-07-16",
        "2019-02-30", "2023-02-29", "2019-13-01", "2019-00-10", "2019-01-00", "0000-01-01", "2019-04-31",
    ])
    func refusesEverythingElse(_ text: String) {
        #expect(PlanDate(iso: text) == nil, "\(text)")
    }

    @Test func writesWhatItReads() {
        for text in ["2019-07-16", "0042-12-31", "9999-01-01"] {
            #expect(PlanDate(iso: text)?.iso == text)
        }
    }
}
