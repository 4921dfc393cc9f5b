@testable import BeianKit
import Foundation
import Testing

@Suite("Calendar dates")
struct CalendarDateTests {
    @Test("accepted spellings", arguments: ["2020-05-06", "2020/05/06", "20200506", "2020-5-6", "2020-05-06 14:03", "2020-05-06T14:03:00+08:00", " 2020-05-06 "])
    func spellings(text: String) {
        #expect(CalendarDate(iso: text) == CalendarDate(year: 2020, month: 5, day: 6))
    }

    @Test("refused spellings", arguments: ["2020-02-30", "2019-02-29", "2020-13-01", "20-05-06", "2020.05.06", "yesterday", "", "２０２０-05-06"])
    func refused(text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test func arithmetic() throws {
        let date = try #require(CalendarDate(year: 2020, month: 1, day: 31))
        #expect(date.adding(days: 30).description == "2020-03-01")
        #expect(date.adding(months: 1).description == "2020-02-29")
        #expect(date.adding(days: -31).description == "2019-12-31")
        #expect(CalendarDate(year: 2008, month: 11, day: 23)!.years(until: testToday) == 18)
        #expect(CalendarDate(year: 2008, month: 11, day: 24)!.years(until: testToday) == 17)
        #expect(testToday.chinese == "2026年11月23日")
        #expect(CalendarDate(year: 1970, month: 1, day: 1)!.daysSinceEpoch == 0)
        #expect(CalendarDate(daysSinceEpoch: testToday.daysSinceEpoch) == testToday)
    }
}
