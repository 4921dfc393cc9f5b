@testable import BeianKit
import Foundation
import Testing

@Suite("Filing numbers")
struct FilingNumberTests {
    /// Every abbreviation real numbers carry (DOMAIN.md, "Filing numbers") and its region, written
    /// out here rather than read from `Province.all`.
    static let marks: [(mark: Character, province: String)] = [
        ("京", "beijing"), ("津", "tianjin"), ("沪", "shanghai"), ("渝", "chongqing"), ("冀", "hebei"),
        ("豫", "henan"), ("滇", "yunnan"), ("云", "yunnan"), ("辽", "liaoning"), ("黑", "heilongjiang"),
        ("湘", "hunan"), ("皖", "anhui"), ("鲁", "shandong"), ("新", "xinjiang"), ("苏", "jiangsu"),
        ("浙", "zhejiang"), ("赣", "jiangxi"), ("鄂", "hubei"), ("桂", "guangxi"), ("陇", "gansu"),
        ("甘", "gansu"), ("晋", "shanxi"), ("蒙", "inner-mongolia"), ("陕", "shaanxi"), ("吉", "jilin"),
        ("闽", "fujian"), ("黔", "guizhou"), ("贵", "guizhou"), ("粤", "guangdong"), ("青", "qinghai"),
        ("藏", "tibet"), ("蜀", "sichuan"), ("川", "sichuan"), ("宁", "ningxia"), ("琼", "hainan"),
    ]

    @Test func thirtyOneProvinces() {
        #expect(Province.all.count == 31)
        #expect(Set(Province.all.map(\.id)).count == 31)
        #expect(Set(Self.marks.map(\.province)) == Set(Province.all.map(\.id)))
        // No abbreviation names two regions.
        let all = Province.all.flatMap(\.abbreviations)
        #expect(Set(all).count == all.count)
        #expect(Set(all) == Set(Self.marks.map(\.mark)))
    }

    @Test("every abbreviation opens subject and website numbers, never rewritten", arguments: marks)
    func everyProvince(mark: Character, province: String) throws {
        let subject = try FilingNumber("\(mark)ICP备2019012345号")
        #expect(subject.kind == .subject)
        #expect(subject.province.id == province)
        #expect(subject.provinceMark == mark)
        #expect(subject.text == "\(mark)ICP备2019012345号")
        #expect(subject.subjectNumber == subject.text)
        #expect(subject.sequence == nil)

        let website = try FilingNumber("\(mark)ICP备05012345号-3")
        #expect(website.kind == .website)
        #expect(website.province.id == province)
        #expect(website.text == "\(mark)ICP备05012345号-3")
        #expect(website.subjectNumber == "\(mark)ICP备05012345号")
        #expect(website.serial == "05012345")
        #expect(website.sequence == 3)
    }

    @Test func alternativeMarksAreKept() throws {
        for (usual, other) in [("滇", "云"), ("陇", "甘"), ("黔", "贵"), ("蜀", "川")] {
            let a = try FilingNumber("\(usual)ICP备2020000001号-1")
            let b = try FilingNumber("\(other)ICP备2020000001号-1")
            #expect(a.province == b.province)
            #expect(b.text.hasPrefix(other))
            #expect(b.subjectNumber.hasPrefix(other))
            #expect(String(b.provinceMark) == other)
            #expect(a.subjectNumber != b.subjectNumber)
        }
    }

    @Test("8 or 10 digits", arguments: ["12345678", "2019012345"])
    func digitCountsAccepted(digits: String) throws {
        #expect(try FilingNumber("鄂ICP备\(digits)号").serial == digits)
        #expect(try FilingNumber("鄂ICP备\(digits)号-1").serial == digits)
    }

    @Test("any other number of digits is refused", arguments: ["1", "1234567", "123456789", "20190123456", "123456789012"])
    func digitCountsRefused(digits: String) {
        #expect(throws: IdentifierProblem.self) { try FilingNumber("鄂ICP备\(digits)号") }
        let problem = #expect(throws: IdentifierProblem.self) { try FilingNumber("鄂ICP备\(digits)号-1") }
        #expect(problem?.code == "filing-number.digits")
    }

    @Test("website sequences", arguments: [("-1", 1), ("-2", 2), ("-10", 10), ("-123", 123)])
    func websiteSequences(suffix: String, sequence: Int) throws {
        let number = try FilingNumber("鄂ICP备2019012345号" + suffix)
        #expect(number.kind == .website)
        #expect(number.sequence == sequence)
    }

    @Test("malformed sequences are refused", arguments: ["-0", "-01", "-", "--1", "-1-2", "-a", "-1 ", " -1", "-１", "—1"])
    func badSequences(suffix: String) {
        #expect(throws: IdentifierProblem.self) { try FilingNumber("鄂ICP备2019012345号" + suffix) }
    }

    @Test func appAndMiniProgramNumbers() throws {
        let app = try FilingNumber("鄂ICP备2019012345号-2A")
        #expect(app.kind == .app)
        #expect(app.sequence == 2)
        #expect(app.subjectNumber == "鄂ICP备2019012345号")
        let mini = try FilingNumber("鄂ICP备2019012345号-3X")
        #expect(mini.kind == .miniProgram)
        #expect(mini.sequence == 3)
        for bad in ["-2B", "-2a", "-2x", "-2AX", "-A", "-X"] {
            #expect(throws: IdentifierProblem.self, "\(bad)") { try FilingNumber("鄂ICP备2019012345号" + bad) }
        }
    }

    @Test("an ICP licence number is not a filing number", arguments: ["京ICP证030173号", "粤ICP证B2-20090059号", "京ICP证030173号-1"])
    func licenceRefused(text: String) {
        let problem = #expect(throws: IdentifierProblem.self) { try FilingNumber(text) }
        #expect(problem?.code == "filing-number.licence")
        #expect(problem?.message.contains("not a filing number") == true)
    }

    @Test("a space inside a number is refused and named", arguments: ["鄂ICP备 2019012345号", "鄂ICP备2019012345号 -1", "鄂 ICP备2019012345号"])
    func spaceInside(text: String) {
        let problem = #expect(throws: IdentifierProblem.self) { try FilingNumber(text) }
        #expect(problem?.code == "filing-number.shape")
        #expect(problem?.message.contains("contains a space") == true)
    }

    @Test(
        "other shapes are refused",
        arguments: [
            ("", "filing-number.empty"),
            ("鄂ICP备2019012345", "filing-number.shape"),
            ("鄂ICP2019012345号", "filing-number.shape"),
            ("鄂ICP备号", "filing-number.shape"),
            ("鄂icp备2019012345号", "filing-number.case"),
            ("湖ICP备2019012345号", "filing-number.province"),
            ("ICP备2019012345号", "filing-number.province"),
            ("鄂ICP备2019012345号1", "filing-number.shape"),
            ("鄂ICP备2019012345号 -1", "filing-number.shape"),
            ("京B2-20090059", "filing-number.shape"),
            ("2019012345", "filing-number.shape"),
        ])
    func otherShapesRefused(text: String, code: String) {
        let problem = #expect(throws: IdentifierProblem.self) { try FilingNumber(text) }
        #expect(problem?.code == code)
        #expect(problem?.hint != nil)
    }

    @Test func codableRoundTrip() throws {
        let number = try FilingNumber("云ICP备2019012345号-7")
        let data = try JSONEncoder().encode([number])
        #expect(String(decoding: data, as: UTF8.self) == #"["云ICP备2019012345号-7"]"#)
        #expect(try JSONDecoder().decode([FilingNumber].self, from: data) == [number])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([FilingNumber].self, from: Data(#"["京ICP证030173号"]"#.utf8)) }
    }

    @Test func provinceLookup() {
        #expect(Province.named("湖北")?.id == "hubei")
        #expect(Province.named("hubei")?.abbreviation == "鄂")
        #expect(Province.named("云")?.id == "yunnan")
        #expect(Province.named("湖北省")?.bureau == "湖北省通信管理局")
        #expect(Province.withAbbreviation("中") == nil)
    }
}
