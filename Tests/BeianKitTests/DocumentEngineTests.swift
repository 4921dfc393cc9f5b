import BeianKit
import Foundation
import Testing

/// The document families through the library API: typed requests in, documents and
/// diagnostics out, with the fixed day of `testEngine()`.
@Suite("document engine")
struct DocumentEngineTests {
    static let hostile = "示例<w:p>]]>{{x}}{{{x}}}../&amp;"

    // MARK: Goldens

    @Test("the Hubei form matches the CLI's golden text, Golden/form-hubei.html and Golden/form-hubei-document.xml")
    func hubeiFormGoldens() throws {
        let form = try testEngine().deregistrationForm(
            for: DocumentFixtures.filing("hubei-filing.json"),
            request: .init(reason: "网站不再运营", date: DocumentFixtures.date))
        // The CLI and the library are one engine: the same text, byte for byte.
        let cliGolden = DocumentFixtures.directory.deletingLastPathComponent().appendingPathComponent("BeianCLITests/Golden/form-hubei.txt")
        #expect(form.text().string == (try String(contentsOf: cliGolden, encoding: .utf8)))
        try WriterGoldenFile.check(form.html().string, against: "form-hubei.html")
        let xml = try #require(try ZIPReader(form.docx().data)["word/document.xml"])
        try WriterGoldenFile.check(String(decoding: xml, as: UTF8.self), against: "form-hubei-document.xml")
        #expect(form.kind == .deregistrationForm)
        #expect(form.fileStem == "hubei-2019012345-deregistration-form")
        #expect(form.fileName(as: .docx) == "hubei-2019012345-deregistration-form.docx")
        #expect(form.fileName(as: .text) == "hubei-2019012345-deregistration-form.txt")
        #expect(form.document.title == "湖北省ICP用户注销(删除)备案申请表")
        #expect(form.diagnostics.map(\.code) == ["deregistration.subject"])
    }

    // MARK: Deregistration forms

    @Test func formVariantsFollowThePolicyTable() throws {
        let engine = try testEngine()
        let documents = Dictionary(uniqueKeysWithValues: try DocumentFixtures.corpus(engine).map { ($0.name, $0.document) })
        let guangdong = try #require(documents["form-guangdong"])
        #expect(guangdong.diagnostics.contains { $0.code == "deregistration.condition" && $0.severity == .warning })
        #expect(guangdong.text().string.contains("[ ] 申请人已尝试通过接入服务商在线注销"))
        let zhejiang = try #require(documents["form-zhejiang"])
        #expect(zhejiang.diagnostics.contains { $0.code == "deregistration.unverified-form" && $0.severity == .warning })
        #expect(engine.policy(for: try DocumentFixtures.filing("zhejiang-filing.json").province).route == .unpublished)
        let henan = try #require(documents["form-henan"])
        #expect(henan.text().string.contains("（无）"), "a subject without websites has no domains")
        #expect(henan.text().string.contains("2. 法定代表人身份证复印件"))
        #expect(try #require(documents["form-guangxi"]).text().string.contains("（向广西壮族自治区通信管理局提交）"))
        // Guangdong's published layout has a box headed 公章（个人签字） beside the unit's name,
        // three 14 mm rows high (room for a round seal), instead of a seal line under the text.
        #expect(guangdong.text().string.contains("公章（个人签字）"))
        #expect(signatureKinds(guangdong.document.blocks).isEmpty)
        for name in ["form-hubei", "form-guangxi", "form-henan", "form-zhejiang", "form-website", "form-other"] {
            #expect(signatureKinds(try #require(documents[name]).document.blocks) == [.seal], "\(name): a unit stamps its seal")
            #expect(pageBreaks(try #require(documents[name]).document) == 0)
        }
        #expect(signatureKinds(try #require(documents["form-person"]).document.blocks) == [.signature], "a person signs")
    }

    @Test func websiteRequestCancelsOnlyThatWebsite() throws {
        let form = try testEngine().deregistrationForm(
            for: DocumentFixtures.filing("hubei-filing.json"),
            request: .init(websites: ["鄂ICP备2019012345号-2"], reason: "x", date: DocumentFixtures.date))
        #expect(form.fileStem == "hubei-2019012345-sites-2-deregistration-form")
        #expect(form.text().string.contains("鄂ICP备2019012345号-2（注销网站：示例商城）"))
        #expect(!form.text().string.contains("blog-example.cn"))
        #expect(form.diagnostics.map(\.code).isEmpty)
    }

    @Test func anotherUnitOnTheDomainBasis() throws {
        let form = try testEngine().deregistrationForm(
            for: DocumentFixtures.filing("hubei-filing.json"),
            request: .init(
                reason: "x", category: .other, basis: .domain, applicant: DocumentFixtures.otherApplicant(), date: DocumentFixtures.date))
        let text = form.text().string
        #expect(text.contains("[ ] 注销本单位（本人）备案　　[x] 注销他单位"))
        #expect(text.contains("[x] 域名依据"))
        #expect(text.contains("| 申请单位名称 | 厦门示例域名有限公司"))
        #expect(text.contains("| 主办单位名称 | 武汉示例科技有限公司"))
        // The category follows from the applicant when not stated; the domain basis never does.
        let inferred = try testEngine().deregistrationForm(
            for: DocumentFixtures.filing("hubei-filing.json"),
            request: .init(
                reason: "x", basis: .domain, applicant: DocumentFixtures.otherApplicant(), date: DocumentFixtures.date))
        #expect(inferred.text().string == text)
    }

    @Test func ownCategoryWithAnotherApplicantIsRefused() throws {
        let error = try requireInputError {
            try testEngine().deregistrationForm(
                for: DocumentFixtures.filing("hubei-filing.json"),
                request: .init(
                    reason: "x", category: .own, applicant: DocumentFixtures.otherApplicant(), date: DocumentFixtures.date))
        }
        #expect(error.diagnostics.errors.map(\.code).sorted() == ["deregistration.basis-mismatch", "deregistration.own-mismatch"])
    }

    /// The error codes a request is refused with.
    func refusal(_ body: (BeianEngine) throws -> GeneratedDocument) throws -> [String] {
        let engine = try testEngine()
        let error = try requireInputError { try body(engine) }
        return error.diagnostics.errors.map(\.code)
    }

    @Test func refusals() throws {
        let request = DeregistrationRequest(reason: "x", date: DocumentFixtures.date)
        #expect(
            try refusal { try $0.deregistrationForm(for: DocumentFixtures.filing("fujian-filing.json"), request: request) }
                == ["deregistration.not-offered"])
        #expect(
            try refusal { try $0.deregistrationForm(for: DocumentFixtures.filing("shandong-filing.json"), request: request) }
                == ["deregistration.mail-only"])
        #expect(
            try refusal { try $0.shandongMailPackage(for: DocumentFixtures.filing("hubei-filing.json"), request: request) }
                == ["deregistration.wrong-province"])
        #expect(
            try refusal { try $0.shandongMailPackage(for: DocumentFixtures.filing("shandong-filing.json"), request: .init(date: DocumentFixtures.date)) }
                == ["shandong.reason-missing"])
        #expect(
            try refusal {
                try $0.deregistrationForm(
                    for: DocumentFixtures.filing("hubei-filing.json"),
                    request: .init(websites: ["粤ICP备2020056789号-1"], reason: "x"))
            }
                == ["deregistration.foreign-number"])
        #expect(
            try refusal {
                try $0.deregistrationForm(
                    for: DocumentFixtures.filing("hubei-filing.json"),
                    request: .init(websites: ["鄂ICP备2019012345号-7"], reason: "x"))
            }
                == ["deregistration.unknown-website"])
        #expect(
            try refusal { try $0.authorizationLetter(for: DocumentFixtures.filing("beijing-filing.json"), request: .init()) }
                == ["authorization.scope-missing", "authorization.agent-missing", "authorization.legal-representative-missing"])
        #expect(
            try refusal {
                try $0.authorizationLetter(
                    for: DocumentFixtures.filing("hubei-person.json"),
                    request: .init(agent: DocumentFixtures.agent, scope: .deregistration))
            }
                == ["authorization.person"])
    }

    @Test func fujianAdviceTellsToContactTheBureau() throws {
        let engine = try testEngine()
        let error = try requireInputError {
            try engine.deregistrationForm(for: DocumentFixtures.filing("fujian-filing.json"), request: .init(reason: "x"))
        }
        let refusal = try #require(error.diagnostics.errors.first)
        #expect(refusal.hint?.contains("福建省通信管理局") == true)
        #expect(engine.policy(for: try DocumentFixtures.filing("fujian-filing.json").province).route == .notOffered)
    }

    @Test func cancellingEveryWebsiteWarns() throws {
        let form = try testEngine().deregistrationForm(
            for: DocumentFixtures.filing("hubei-filing.json"),
            request: .init(
                websites: (1...3).map { "鄂ICP备2019012345号-\($0)" }, reason: "x", date: DocumentFixtures.date))
        #expect(form.diagnostics.map(\.code) == ["deregistration.all-websites"])
        #expect(form.fileStem == "hubei-2019012345-sites-1-2-3-deregistration-form")
    }

    @Test func theRecordsRequestsOverrideTheCall() throws {
        var record = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: DocumentFixtures.directory.appendingPathComponent("hubei-filing.json"))) as? [String: Any])
        record["requests"] = ["reason": "记录中的原因", "date": "2026-11-20"]
        let filing = try Filing(jsonData: try jsonData(record), options: testOptions)
        let form = try testEngine().deregistrationForm(for: filing, request: .init(reason: "调用中的原因", date: DocumentFixtures.date))
        #expect(form.text().string.contains("记录中的原因"))
        #expect(form.text().string.contains("2026年11月20日"))
        #expect(form.diagnostics.filter { $0.code == "requests.override" }.count == 2)
    }

    // MARK: Shandong

    @Test func shandongPackages() throws {
        let engine = try testEngine()
        let unit = try engine.shandongMailPackage(
            for: DocumentFixtures.filing("shandong-filing.json"),
            request: .init(reason: "公司已注销", date: DocumentFixtures.date))
        #expect(unit.kind == .shandongMail)
        #expect(unit.fileStem == "shandong-2019045678-shandong-mail")
        #expect(pageBreaks(unit.document) == 2, "checklist, 注销申请书, mailing sheet")
        #expect(signatureKinds(unit.document.blocks) == [.seal])
        #expect(!unit.text().string.contains("已过期"))
        #expect(unit.text().string.contains("bbs-jn-example.cn\n"))
        let person = try engine.shandongMailPackage(
            for: DocumentFixtures.filing("shandong-person.json"),
            request: .init(reason: "不再运营", date: DocumentFixtures.date))
        #expect(signatureKinds(person.document.blocks) == [.signature])
        #expect(person.text().string.contains("以下域名已过期，无需提供域名证书：photo-xiaoming.cn。"))
        #expect(!person.text().string.contains("域名证书：photo-xiaoming.cn（"))
        #expect(person.text().string.contains("xiaoming-example.cn\n"))
    }

    // MARK: Authorization letters

    @Test func lettersByScope() throws {
        let engine = try testEngine()
        let filing = try DocumentFixtures.filing("hubei-filing.json")
        func letter(_ scope: AuthorizationScope, hasSeal: Bool? = nil) throws -> GeneratedDocument {
            try engine.authorizationLetter(
                for: filing,
                request: .init(
                    agent: DocumentFixtures.agent, scope: scope,
                    date: DocumentFixtures.date, hasSeal: hasSeal))
        }
        let transfer = try letter(.transfer(fromAccount: "1234567890", toAccount: "9876543210"))
        #expect(transfer.kind == .authorizationLetter)
        #expect(transfer.fileStem == "hubei-2019012345-authorization-letter")
        #expect(pageBreaks(transfer.document) == 1, "the letter, then the transfer checklist")
        #expect(transfer.text().string.contains("ICP备案线下转移材料清单"))
        #expect(signatureKinds(transfer.document.blocks) == [.seal, .signature, .signature])
        #expect(transfer.diagnostics.isEmpty)

        let deregistration = try letter(.deregistration)
        #expect(pageBreaks(deregistration.document) == 0)
        #expect(deregistration.text().string.contains("的注销备案。"))
        #expect(try letter(.change).text().string.contains("的备案信息变更。"))
        let custom = try letter(.custom("办理备案核查整改"))
        #expect(custom.text().string.contains("办理备案核查整改（主体备案号：鄂ICP备"))
        // A custom text that names the number is kept as written.
        #expect(!(try letter(.custom("办理鄂ICP备2019012345号的核查"))).text().string.contains("（主体备案号："))

        let noSeal = try engine.authorizationLetter(
            for: DocumentFixtures.filing("hubei-sole-proprietor.json"),
            request: .init(
                agent: DocumentFixtures.agent, scope: .deregistration, date: DocumentFixtures.date, hasSeal: false))
        #expect(signatureKinds(noSeal.document.blocks) == [.signature, .fingerprint, .signature])
        #expect(noSeal.text().string.contains("420106198808081236"))
        #expect(!noSeal.text().string.contains("委托单位（盖章）"))
    }

    @Test func personTransferGivesTheChecklistOnly() throws {
        let checklist = try testEngine().authorizationLetter(
            for: DocumentFixtures.filing("hubei-person.json"),
            request: .init(
                scope: .transfer(fromAccount: "1234567890", toAccount: "9876543210"), date: DocumentFixtures.date))
        #expect(checklist.document.title == "ICP备案线下转移材料清单")
        #expect(signatureKinds(checklist.document.blocks).isEmpty)
        #expect(!checklist.text().string.contains("授权委托书"))
        #expect(checklist.diagnostics.map(\.code) == ["authorization.person-transfer"])
    }

    @Test func validityAndDate() throws {
        let engine = try testEngine()
        let filing = try DocumentFixtures.filing("hubei-filing.json")
        let explicit = try engine.authorizationLetter(
            for: filing,
            request: .init(
                agent: DocumentFixtures.agent, scope: .change, validFrom: CalendarDate(year: 2026, month: 12, day: 1),
                validUntil: CalendarDate(year: 2027, month: 2, day: 28), date: DocumentFixtures.date))
        #expect(explicit.text().string.contains("委托期限：自2026年12月1日起至2027年2月28日止。"))
        let error = try requireInputError {
            try engine.authorizationLetter(
                for: filing,
                request: .init(
                    agent: DocumentFixtures.agent, scope: .change, validFrom: CalendarDate(year: 2026, month: 12, day: 1),
                    validUntil: CalendarDate(year: 2026, month: 11, day: 30)))
        }
        #expect(error.diagnostics.errors.map(\.code) == ["authorization.validity"])
        let old = try engine.authorizationLetter(
            for: filing,
            request: .init(
                agent: DocumentFixtures.agent, scope: .change, date: CalendarDate(year: 2026, month: 9, day: 1)))
        #expect(Set(old.diagnostics.map(\.code)) == ["authorization.old", "authorization.expired"])
    }

    // MARK: Data is text

    @Test func hostileDataStaysText() throws {
        let engine = try testEngine()
        let filing = try DocumentFixtures.filing("hubei-filing.json", subjectName: Self.hostile)
        let form = try engine.deregistrationForm(for: filing, request: .init(reason: "</cell>{{reason}}", date: DocumentFixtures.date))
        #expect(form.fileStem == "hubei-2019012345-deregistration-form")
        #expect(form.text().string.contains(Self.hostile))
        #expect(form.text().string.contains("</cell>{{reason}}"))
        #expect(form.html().string.contains("示例&lt;w:p&gt;]]&gt;{{x}}{{{x}}}../&amp;amp;"))
        let xml = String(decoding: try #require(try ZIPReader(form.docx().data)["word/document.xml"]), as: UTF8.self)
        #expect(xml.contains("示例&lt;w:p&gt;]]&gt;{{x}}{{{x}}}../&amp;amp;"))
        #expect(!xml.contains("<w:p>]]>"))
        let letter = try engine.authorizationLetter(
            for: filing,
            request: .init(
                agent: DocumentFixtures.agent, scope: .custom("{{{subject.name}}}<w:br/>"), date: DocumentFixtures.date))
        // Running text wraps at 72 columns: join the lines before looking.
        #expect(letter.text().string.replacingOccurrences(of: "\n", with: "").contains("代理人，{{{subject.name}}}<w:br/>（主体备案号："))
        let mail = try engine.shandongMailPackage(
            for: DocumentFixtures.filing("shandong-filing.json", subjectName: Self.hostile),
            request: .init(reason: "]]>", date: DocumentFixtures.date))
        #expect(mail.text().string.contains("我单位\(Self.hostile)（统一社会信用代码"))
        #expect(mail.fileStem == "shandong-2019045678-shandong-mail")
    }

    // MARK: Templates

    @Test func aMissingPartialFailsGeneration() throws {
        let folder = DocumentFixtures.directory.appendingPathComponent("templates/form-missing-partial")
        let engine = try testEngine(templates: folder)
        let error = try requireTemplateError {
            try engine.deregistrationForm(for: DocumentFixtures.filing("hubei-filing.json"), request: .init(reason: "x"))
        }
        #expect(error.description == "deregistration/common.mustache:4:3: error: the partial 'deregistration/_signatures' does not exist")
        // Other documents do not use it and still work.
        _ = try engine.deregistrationForm(for: DocumentFixtures.filing("guangxi-filing.json"), request: .init(reason: "x"))
        #expect(engine.checkTemplates().compactMap(\.problem).map(\.description) == [error.description])
    }

    /// A user's templates in a temporary folder, by name (without `.mustache`).
    private func templateFolder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("beian-templates-\(UUID().uuidString)")
        for (name, text) in files {
            let file = folder.appendingPathComponent(name + ".mustache")
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return folder
    }

    /// A template that includes itself, directly or through others, made Mustache recurse until
    /// the stack overflowed: it is refused like a missing partial, naming the way round.
    @Test func aPartialCycleFailsGenerationInsteadOfOverflowingTheStack() throws {
        // The user's files, the error generating the form gives, and the one checking the
        // templates reports for the user's file.
        let cases: [([String: String], String, String)] = [
            (
                ["deregistration/common": "{{> deregistration/common}}"],
                "deregistration/common.mustache:1:1: error: the template includes itself as a partial: rendering would never end",
                "includes itself"
            ),
            // Through a bundled template, behind changed delimiters.
            (
                ["deregistration/_instructions": "<paragraph>\n{{=<% %>=}}<%> deregistration/common%></paragraph>"],
                "deregistration/_instructions.mustache:2:12: error: the partial 'deregistration/common' includes itself (deregistration/common → deregistration/_instructions → deregistration/common): rendering would never end",
                "includes itself"
            ),
        ]
        for (files, generation, check) in cases {
            let folder = try templateFolder(files)
            defer { try? FileManager.default.removeItem(at: folder) }
            let engine = try testEngine(templates: folder)
            let error = try requireTemplateError {
                try engine.deregistrationForm(for: DocumentFixtures.filing("hubei-filing.json"), request: .init(reason: "x"))
            }
            #expect(error.description == generation)
            #expect(engine.checkTemplates().compactMap(\.problem).contains { $0.message.contains(check) })
            // Documents that do not include the broken templates still work.
            _ = try engine.authorizationLetter(
                for: DocumentFixtures.filing("hubei-filing.json"),
                request: .init(
                    agent: DocumentFixtures.agent, scope: .deregistration, date: DocumentFixtures.date))
        }
    }

    @Test func bundledTemplatesAllCheckOut() throws {
        let checks = try testEngine().checkTemplates()
        #expect(checks.allSatisfy { $0.problem == nil && $0.origin == .bundled })
        #expect(checks.filter { $0.coverage == .rendered }.map(\.name).contains("deregistration/henan"))
    }

    // MARK: Many tasks

    @Test("one engine serves many concurrent tasks with identical results", .timeLimit(.minutes(10)))
    func concurrentGeneration() async throws {
        let engine = try testEngine()
        let expected = try DocumentFixtures.corpus(engine).map { [$0.document.docx().data, Data($0.document.html().string.utf8), Data($0.document.text().string.utf8)] }
        let rounds = 8
        let results = try await withThrowingTaskGroup(of: (Int, [[Data]]).self) { group in
            for round in 0..<rounds {
                group.addTask {
                    // Each task makes every document from scratch and writes it in every format.
                    let documents = try DocumentFixtures.corpus(engine)
                    return (round, documents.map { [$0.document.docx().data, Data($0.document.html().string.utf8), Data($0.document.text().string.utf8)] })
                }
            }
            var all: [(Int, [[Data]])] = []
            for try await result in group { all.append(result) }
            return all
        }
        #expect(results.count == rounds)
        for (round, documents) in results {
            #expect(documents == expected, "round \(round) differs")
        }
    }

    // MARK: Files

    @Test("every library document opens in python-docx and LibreOffice; every page is XML", .timeLimit(.minutes(5)))
    func consumers() throws {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let corpus = try DocumentFixtures.corpus(try testEngine())
        var docx: [URL] = [], html: [URL] = []
        for (name, document) in corpus {
            let file = directory.appendingPathComponent(name + ".docx")
            try document.docx().data.write(to: file)
            #expect(document.docx().data == (try Data(contentsOf: file)), "\(name): DOCX bytes differ between two calls")
            docx.append(file)
            let page = directory.appendingPathComponent(name + ".html")
            try Data(document.html().string.utf8).write(to: page)
            html.append(page)
        }
        let word = try DocumentConsumers.readWithPythonDocx(docx)
        for (name, document) in corpus {
            let contents = try #require(word[name + ".docx"], "python-docx did not read \(name)")
            #expect(contents.paragraphs > 0)
            #expect(contents.tables > 0 || name == "checklist-person", "\(name): no tables")
            #expect(contents.text.contains(document.document.title) || name.hasPrefix("mail"), "\(name): title missing")
        }
        #expect(try #require(word["form-hostile.docx"]).text.contains(Self.hostile))
        let pages = try DocumentConsumers.convertToPDF(docx)
        let expectedPages = ["mail-unit": 3, "mail-person": 3, "letter-transfer": 2]
        for (name, _) in corpus {
            #expect(pages[name + ".docx"] == expectedPages[name, default: 1], "\(name): \(pages[name + ".docx"].map(String.init) ?? "no PDF")")
        }
        #expect(try DocumentConsumers.xmlProblems(html) == [:])
    }
}
