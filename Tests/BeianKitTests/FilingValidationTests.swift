@testable import BeianKit
import Foundation
import Testing

@Suite("Filing records")
struct FilingValidationTests {
    @Test func validRecord() throws {
        let filing = try validFiling(Records.hubei())
        #expect(filing.id == "hubei-001")
        #expect(filing.province == .hubei)
        #expect(filing.websites.map(\.filingNumber.text) == ["鄂ICP备2019012345号-1", "鄂ICP备2019012345号-2"])
        #expect(filing.subject.owner.mobile.digits == "13812345678")
        #expect(filing.diagnostics.isEmpty)
        #expect(try validFiling(Records.beijing()).province.id == "beijing")
    }

    @Test func exampleFileIsValid() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "../../Examples/hubei-filing.json")
        let filing = try Filing(jsonData: Data(contentsOf: url), options: testOptions)
        #expect(filing.websites.count == 2)
    }

    // MARK: Filing numbers in a record

    @Test(
        "a website number must extend the subject's number",
        arguments: [
            ("鄂ICP备2019054321号-2", "filing-number.subject-mismatch"),
            ("鄂ICP备19012345号-2", "filing-number.subject-mismatch"),
            ("京ICP备2019012345号-2", "filing-number.province-mismatch"),
            ("粤ICP备2019054321号-2", "filing-number.province-mismatch"),
        ])
    func websiteExtendsSubject(number: String, code: String) throws {
        #expect(try errors(setting(Records.hubei(), "websites[1].filingNumber", number)) == ["websites[1].filingNumber \(code)"])
    }

    @Test func alternativeProvinceMarks() throws {
        for (usual, other) in [("滇", "云"), ("陇", "甘"), ("黔", "贵"), ("蜀", "川")] {
            var record = setting(Records.hubei(), "subject.filingNumber", "\(other)ICP备2019012345号")
            record = setting(record, "websites[0].filingNumber", "\(other)ICP备2019012345号-1")
            record = setting(record, "websites[1].filingNumber", "\(other)ICP备2019012345号-2")
            let filing = try validFiling(record)
            // The numbers keep the mark the user wrote.
            #expect(filing.subject.filingNumber.text == "\(other)ICP备2019012345号")
            #expect(filing.websites[1].filingNumber.text == "\(other)ICP备2019012345号-2")
            #expect(filing.province.abbreviation == Character(usual))
            // A website number written with the other mark is not this subject's number.
            let mixed = setting(record, "websites[1].filingNumber", "\(usual)ICP备2019012345号-2")
            #expect(try errors(mixed) == ["websites[1].filingNumber filing-number.subject-mismatch"])
        }
    }

    @Test func duplicateWebsiteNumbers() throws {
        let record = setting(Records.hubei(), "websites[1].filingNumber", "鄂ICP备2019012345号-1")
        let reading = try read(record)
        #expect(reading.filing == nil)
        #expect(reading.diagnostics.errors.map { "\($0.path) \($0.code)" } == ["websites[1].filingNumber filing-number.duplicate"])
        #expect(reading.diagnostics.first?.message.contains("websites[0]") == true)
    }

    @Test func appsAndMiniProgramsAreRecognised() throws {
        var record = Records.hubei()
        record = setting(
            record, "websites",
            (record["websites"] as! [Any]) + [
                ["name": "示例App", "filingNumber": "鄂ICP备2019012345号-3A"] as [String: Any],
                ["name": "示例小程序", "filingNumber": "鄂ICP备2019012345号-4X", "domains": [String]()] as [String: Any],
            ])
        let filing = try validFiling(record)
        #expect(filing.websites.map(\.filingNumber.kind) == [.website, .website, .app, .miniProgram])
        // A website needs domains; an App does not.
        #expect(try errors(setting(record, "websites[2].filingNumber", "鄂ICP备2019012345号-3")) == ["websites[2].domains field.missing"])
    }

    @Test func numberKindsInTheirPlaces() throws {
        #expect(try errors(setting(Records.hubei(), "subject.filingNumber", "鄂ICP备2019012345号-1")) == ["subject.filingNumber filing-number.kind"])
        #expect(try errors(setting(Records.hubei(), "websites[0].filingNumber", "鄂ICP备2019012345号")) == ["websites[0].filingNumber filing-number.kind"])
    }

    @Test func licenceNumberInARecord() throws {
        let reading = try read(setting(Records.hubei(), "websites[0].filingNumber", "京ICP证030173号"))
        let error = try #require(reading.diagnostics.errors.first)
        #expect(reading.diagnostics.errors.count == 1)
        #expect(error.path == "websites[0].filingNumber")
        #expect(error.message.contains("not a filing number"))
    }

    // MARK: Every problem at once

    @Test func everyProblemAtOnce() throws {
        var record = Records.hubei()
        record = setting(record, "subject.name", "")
        record = setting(record, "subject.certificate.number", "91420100MA4K2X9Y9Q")
        record = setting(record, "subject.owner.mobile", "14012345678")
        record = setting(record, "subject.owner.email", "zhang.example.cn")
        record = setting(record, "websites[0].domains", ["https://www.example.cn/"])
        record = setting(record, "websites[0].owner.idNumber", "420102198503151235")
        record = setting(record, "websites[1].filingNumber", "京ICP证030173号")
        record = setting(record, "websites[1].name", "示例\u{202E}商城")
        record = setting(record, "subject.nature", "company")
        record = setting(record, "subject.adress", "湖北省武汉市")
        let reading = try read(record)
        #expect(reading.filing == nil)
        let found = Set(reading.diagnostics.map { "\($0.severity) \($0.path) \($0.code)" })
        #expect(
            found == [
                "error subject.name field.empty",
                "error subject.nature nature.unknown",
                "error subject.certificate.number uscc.check",
                "error subject.owner.mobile mobile.range",
                "error subject.owner.email email.format",
                "error websites[0].domains[0] domain.url",
                "error websites[0].owner.idNumber resident-id.check",
                "error websites[1].filingNumber filing-number.licence",
                "error websites[1].name text.control-character",
                "warning subject.adress field.unknown",
            ])
        // Errors come before warnings.
        #expect(reading.diagnostics.last?.severity == .warning)
    }

    /// Rules that span fields are reported together with the problems of single fields, as long as
    /// the values they compare could be read.
    @Test func crossFieldProblemsWithFieldProblems() throws {
        var record = setting(Records.hubei(), "websites[1].filingNumber", "鄂ICP备2019012345号-1")
        record = setting(record, "subject.owner.email", "zhang.example.cn")
        record = setting(record, "websites[1].domains", ["example.cn"])
        #expect(
            try Set(errors(record)) == [
                "subject.owner.email email.format",
                "websites[1].filingNumber filing-number.duplicate",
                "websites[1].domains[0] domain.duplicate-website",
            ])
    }

    @Test func pathsCountFromZero() throws {
        var record = Records.hubei()
        record = setting(record, "websites[1].domains", ["shop-example.cn", "http://x.cn"])
        #expect(try errors(record) == ["websites[1].domains[1] domain.url"])
        record = setting(Records.hubei(), "websites[1].owner", ["name": "赵六", "mobile": "1234"])
        #expect(try errors(record) == ["websites[1].owner.mobile mobile.length"])
    }

    // MARK: Text

    static let forbidden: [UInt32] = [
        0x00, 0x07, 0x09, 0x0A, 0x0D, 0x1B, 0x7F, 0x85, 0x9F,  // C0, DEL, C1 (tab and line breaks inside a value too)
        0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF,  // zero-width
        0x200E, 0x200F, 0x061C, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,  // bidi
    ]

    @Test("control, bidi and zero-width characters are refused", arguments: forbidden)
    func forbiddenCharacters(value: UInt32) throws {
        let character = String(Unicode.Scalar(value)!)
        let fields: [(String, String)] = [
            ("id", "hubei\(character)001"),
            ("subject.name", "武汉\(character)示例科技有限公司"),
            ("subject.address", "湖北省\(character)武汉市"),
            ("subject.owner.name", "张\(character)三"),
            ("subject.owner.email", "zhang\(character)@example.cn"),
            ("subject.owner.mobile", "138\(character)12345678"),
            ("subject.legalRepresentative.name", "王\(character)五"),
            ("websites[1].name", "示例\(character)商城"),
            ("websites[1].domains[0]", "shop\(character)-example.cn"),
            ("subject.certificate.number", "91420100MA4K\(character)2X9Y9P"),
        ]
        for (path, text) in fields {
            let record = setting(Records.hubei(), path, text)
            let found = try read(record).diagnostics.errors.map(\.path)
            #expect(found == [path], "U+\(String(value, radix: 16)) in \(path)")
        }
    }

    @Test func forbiddenCharacterMessage() throws {
        let reading = try read(setting(Records.hubei(), "subject.name", "武汉\u{202E}示例"))
        let error = try #require(reading.diagnostics.first)
        #expect(error.code == "text.control-character")
        #expect(error.message.contains("U+202E"))
    }

    @Test func surroundingWhiteSpaceIsTrimmed() throws {
        let filing = try validFiling(setting(Records.hubei(), "subject.name", " \u{3000}武汉示例科技有限公司\n"))
        #expect(filing.subject.name == "武汉示例科技有限公司")
    }

    @Test func fullWidthIdentifiersAreFoldedWithAWarning() throws {
        let reading = try read(setting(Records.hubei(), "subject.owner.mobile", "１３８１２３４５６７８"))
        #expect(reading.filing?.subject.owner.mobile.digits == "13812345678")
        #expect(reading.diagnostics.map(\.code) == ["text.full-width"])
    }

    @Test("names must be present", arguments: ["subject.name", "subject.owner.name", "websites[0].name", "websites[0].owner.name", "subject.legalRepresentative.name"])
    func namesPresent(path: String) throws {
        #expect(try errors(setting(Records.hubei(), path, nil)) == ["\(path) field.missing"])
        #expect(try errors(setting(Records.hubei(), path, "")) == ["\(path) field.empty"])
        #expect(try errors(setting(Records.hubei(), path, " \u{3000} ")) == ["\(path) field.empty"])
        #expect(try errors(setting(Records.hubei(), path, 42)) == ["\(path) field.type"])
        #expect(try errors(setting(Records.hubei(), path, String(repeating: "名", count: 101))) == ["\(path) limit.length"])
    }

    @Test("plausible e-mail addresses", arguments: ["zhang@example.cn", "a.b+c@mail.example.com.cn", "x@例子.中国", "ｚｈａｎｇ＠example.cn"])
    func emailPlausible(address: String) throws {
        #expect(try errors(setting(Records.hubei(), "subject.owner.email", address)).isEmpty)
    }

    @Test(
        "implausible e-mail addresses",
        arguments: [
            "zhang.example.cn", "zhang@", "@example.cn", "zhang@example", "zhang@@example.cn",
            "zhang li@example.cn", "zhang@example..cn", "zhang@.example.cn", "zhang@example.cn.",
        ])
    func emailImplausible(address: String) throws {
        #expect(try errors(setting(Records.hubei(), "subject.owner.email", address)) == ["subject.owner.email email.format"])
    }

    // MARK: Domains

    @Test(
        "plausible domains",
        arguments: [
            ("example.cn", "example.cn"), ("www.example.com.cn", "www.example.com.cn"), ("Example.CN", "example.cn"),
            ("example.cn.", "example.cn"), ("例子.中国", "例子.中国"), ("xn--fsqu00a.xn--fiqs8s", "xn--fsqu00a.xn--fiqs8s"),
            ("a-b.example.cn", "a-b.example.cn"), ("123.com", "123.com"),
        ])
    func domainsAccepted(text: String, canonical: String) throws {
        #expect(try DomainName.validate(text) == canonical)
        let filing = try validFiling(setting(Records.hubei(), "websites[0].domains", [text]))
        #expect(filing.websites[0].domains == [canonical])
    }

    @Test(
        "implausible domains",
        arguments: [
            ("https://www.example.cn/", "domain.url"), ("example.cn/path", "domain.url"), ("example.cn:8080", "domain.url"),
            ("zhang@example.cn", "domain.email"), ("*.example.cn", "domain.wildcard"), ("192.168.1.1", "domain.ip"),
            ("localhost", "domain.shape"), ("example", "domain.shape"), ("-example.cn", "domain.label"), ("example-.cn", "domain.label"),
            ("exa mple.cn", "domain.label"), ("example..cn", "domain.label"), ("exa_mple.cn", "domain.label"), (".example.cn", "domain.label"),
            ("example.123", "domain.tld"),
        ])
    func domainsRefused(text: String, code: String) throws {
        let problem = #expect(throws: IdentifierProblem.self) { try DomainName.validate(text) }
        #expect(problem?.code == code)
        #expect(try errors(setting(Records.hubei(), "websites[1].domains", ["shop-example.cn", text])) == ["websites[1].domains[1] \(code)"])
    }

    @Test func domainsPresent() throws {
        #expect(try errors(setting(Records.hubei(), "websites[1].domains", nil)) == ["websites[1].domains field.missing"])
        #expect(try errors(setting(Records.hubei(), "websites[1].domains", [String]())) == ["websites[1].domains domains.empty"])
        #expect(try errors(setting(Records.hubei(), "websites[1].domains", "shop-example.cn")) == ["websites[1].domains field.type"])
        #expect(try errors(setting(Records.hubei(), "websites[1].domains", [""])) == ["websites[1].domains[0] domain.shape"])
    }

    @Test func duplicateDomains() throws {
        let within = try read(setting(Records.hubei(), "websites[1].domains", ["shop-example.cn", "SHOP-example.cn"]))
        #expect(within.filing?.websites[1].domains == ["shop-example.cn"])
        #expect(within.diagnostics.map(\.code).contains("domain.duplicate"))
        let across = setting(Records.hubei(), "websites[1].domains", ["shop-example.cn", "example.cn"])
        #expect(try errors(across) == ["websites[1].domains[1] domain.duplicate-website"])
    }

    // MARK: People and certificates

    @Test func mobilesInARecord() throws {
        #expect(try errors(setting(Records.hubei(), "subject.owner.mobile", "14912345678")) == ["subject.owner.mobile mobile.range"])
        #expect(try errors(setting(Records.hubei(), "websites[0].owner.mobile", "1301234567")) == ["websites[0].owner.mobile mobile.length"])
        #expect(try errors(setting(Records.hubei(), "subject.owner.mobile", nil)) == ["subject.owner.mobile field.missing"])
        let normalised = try read(setting(Records.hubei(), "subject.owner.mobile", "+86 138 1234 5678"))
        #expect(normalised.filing?.subject.owner.mobile.digits == "13812345678")
        #expect(normalised.diagnostics.map(\.code) == ["mobile.normalised"])
    }

    @Test func certificatesInARecord() throws {
        #expect(try errors(setting(Records.hubei(), "subject.certificate.number", "91420100MA4K2X9Y9Q")) == ["subject.certificate.number uscc.check"])
        #expect(try errors(setting(Records.hubei(), "subject.certificate.type", "licence")) == ["subject.certificate.type certificate.type"])
        #expect(try errors(setting(Records.hubei(), "subject.certificate", nil)) == ["subject.certificate field.missing"])
        #expect(try errors(setting(Records.hubei(), "subject.legalRepresentative.idNumber", "420102198503151235")) == ["subject.legalRepresentative.idNumber resident-id.check"])
        var record = setting(Records.hubei(), "subject.certificate", ["type": "organization-code", "number": "D2143569-X"])
        #expect(try validFiling(record).subject.certificate.number == "D2143569-X")
        record = setting(Records.hubei(), "subject.certificate", ["type": "resident-id", "number": "420102198503151234"])
        #expect(try errors(record) == ["subject.certificate.type certificate.nature-mismatch"])
        record = setting(record, "subject.nature", "individual")
        record = setting(record, "subject.name", "张三")
        #expect(try validFiling(record).subject.nature == .individual)
    }

    @Test func responsiblePersonsAreAdults() throws {
        let minor = CheckCharacters.residentID("42010220100101123")
        #expect(try errors(setting(Records.hubei(), "websites[0].owner.idNumber", minor)) == ["websites[0].owner.idNumber person.minor"])
        #expect(try errors(setting(Records.hubei(), "subject.owner.idNumber", minor)) == ["subject.owner.idNumber person.minor"])
        // 18 years old on the fixed day: born 2008-11-23.
        let adult = CheckCharacters.residentID("42010220081123123")
        #expect(try errors(setting(Records.hubei(), "subject.owner.idNumber", adult)).isEmpty)
        let almost = CheckCharacters.residentID("42010220081124123")
        #expect(try errors(setting(Records.hubei(), "subject.owner.idNumber", almost)) == ["subject.owner.idNumber person.minor"])
    }

    // MARK: Structure

    @Test func unknownKeysWarnAndSuggest() throws {
        let reading = try read(setting(Records.hubei(), "subject.adress", "湖北省"))
        #expect(reading.filing != nil)
        let warning = try #require(reading.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.path == "subject.adress")
        #expect(warning.hint?.contains("address") == true)
    }

    @Test func wrongTypes() throws {
        #expect(try errors(setting(Records.hubei(), "websites", "none")) == ["websites field.type"])
        #expect(try errors(setting(Records.hubei(), "websites[0].domainExpired", "no")) == ["websites[0].domainExpired field.type"])
        #expect(try errors(setting(Records.hubei(), "websites[0].domainExpired", 1)) == ["websites[0].domainExpired field.type"])
        #expect(try errors(setting(Records.hubei(), "subject", "武汉")) == ["subject field.type"])
        #expect(try errors(setting(Records.hubei(), "id", ["a": 1])) == ["id field.type"])
        #expect(try validFiling(setting(Records.hubei(), "id", 17)).id == "17")
    }

    @Test func notJSON() {
        let reading = Filing.read(jsonData: Data("{\"subject\": ".utf8), options: testOptions)
        #expect(reading.filing == nil)
        #expect(reading.diagnostics.map(\.code) == ["json.syntax"])
        let binary = Filing.read(jsonData: Data([0xFF, 0xFE, 0x00]), options: testOptions)
        #expect(binary.diagnostics.map(\.code) == ["json.encoding"])
        #expect(throws: InputError.self) { try Filing(jsonData: Data("[]".utf8), options: testOptions) }
    }

    // MARK: Requests

    @Test func requestsAreChecked() throws {
        #expect(try errors(setting(Records.hubei(), "requests", ["sender": "13912345678"])) == ["requests.sender sms.sender-not-responsible"])
        #expect(try errors(setting(Records.hubei(), "requests", ["sender": "13012345678"])).isEmpty)
        #expect(try errors(setting(Records.hubei(), "requests", ["provider": "1"])) == ["requests.provider provider.format"])
        #expect(try errors(setting(Records.hubei(), "requests", ["status": "done"])) == ["requests.status status.unknown"])
        #expect(try errors(setting(Records.hubei(), "requests", ["carrier": "铁通"])) == ["requests.carrier carrier.unknown"])
        #expect(try errors(setting(Records.hubei(), "requests", ["date": "2020-02-30"])) == ["requests.date date.format"])
        #expect(try errors(setting(Records.hubei(), "requests", ["websites": ["鄂ICP备2019012345号-9"]])) == ["requests.websites[0] requests.unknown-website"])
        #expect(try errors(setting(Records.hubei(), "requests", ["websiteStatus": ["鄂ICP备2019012345号-9": "updated"]])) == ["requests.websiteStatus.鄂ICP备2019012345号-9 requests.unknown-website"])
        let filing = try validFiling(
            setting(
                Records.hubei(), "requests",
                [
                    "provider": "022", "status": "已更新", "websiteStatus": ["鄂ICP备2019012345号-2": "deregistered"],
                    "carrier": ["13012345678": "移动"], "date": "2020-05-06",
                ] as [String: Any]))
        #expect(filing.requests.provider == "022")
        #expect(filing.requests.status == .updated)
        #expect(filing.requests.websiteStatus == ["鄂ICP备2019012345号-2": .deregistered])
        #expect(filing.requests.carriersByMobile == ["13012345678": .chinaMobile])
        #expect(filing.requests.date == CalendarDate(year: 2020, month: 5, day: 6))
    }

    // MARK: Typed values

    @Test func typedFilingsMeetTheCrossFieldRules() throws {
        let owner = Contact(name: "张三", mobile: try MobileNumber("13812345678"))
        let subject = Subject(
            name: "武汉示例科技有限公司", nature: .enterprise,
            certificate: Certificate(type: .unifiedSocialCreditCode, number: "91420100MA4K2X9Y9P"),
            filingNumber: try FilingNumber("鄂ICP备2019012345号"), owner: owner)
        let one = Website(name: "示例官网", filingNumber: try FilingNumber("鄂ICP备2019012345号-1"), domains: ["example.cn"])
        let other = Website(name: "其他", filingNumber: try FilingNumber("鄂ICP备2019054321号-1"), domains: ["other.cn"])
        #expect(try Filing(subject: subject, websites: [one], options: testOptions).websites.count == 1)
        let error = #expect(throws: InputError.self) { try Filing(subject: subject, websites: [one, other, one], options: testOptions) }
        #expect(
            error?.diagnostics.map { "\($0.path) \($0.code)" } == [
                "websites[1].filingNumber filing-number.subject-mismatch",
                "websites[2].filingNumber filing-number.duplicate",
                "websites[2].domains[0] domain.duplicate-website",
            ])
    }
}
