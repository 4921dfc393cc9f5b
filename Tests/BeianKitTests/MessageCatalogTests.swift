@testable import BeianKit
import Foundation
import Testing

/// The message catalogs: every diagnostic code the sources can produce is told in both
/// languages, and Chinese replaces only the words.
@Suite("Message catalogs")
struct MessageCatalogTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appending(path: "Sources")

    /// Every diagnostic code written in the sources: `code: "x.y"` (a `Diagnostic` or an
    /// `IdentifierProblem`) and `log.error(path, "x.y", …)` (a `DiagnosticLog` entry).
    static func codesInSources() throws -> Set<String> {
        let patterns = [
            #"code:\s*"([a-z][a-z0-9-]*\.[a-z][a-z0-9.-]*)""#,
            // `log.error(path, "x.y", …)`, its arguments on one line or wrapped over several.
            #"\.(?:error|warning|note)\(\s*(?:[^()"]|\([^()]*\))*?,\s*"([a-z][a-z0-9-]*\.[a-z][a-z0-9.-]*)""#,
            // `Diagnostic(.error, path, code: …)` wrapped so that the code stands alone.
            #"Diagnostic\(\s*\.(?:error|warning|note),\s*(?:[^()"]|\([^()]*\)|"[^"]*")*?,\s*code:\s*"([a-z][a-z0-9-]*\.[a-z][a-z0-9.-]*)""#,
        ].map { try! NSRegularExpression(pattern: $0) }
        var codes: Set<String> = []
        var texts: [String] = []
        let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            texts.append(text)
            for pattern in patterns {
                for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    codes.insert(String(text[Range(match.range(at: 1), in: text)!]))
                }
            }
        }
        // A call wrapped over several lines hides its code from the patterns above; any string
        // literal under a prefix those codes use (`"change.domain-added"`) is a code too.
        // Field paths look alike (`requests.reason`, `subject.name`): their roots are not prefixes.
        let catalogued = Set(Language.allCases.flatMap { MessageCatalog.bundled($0).entries.keys.map { String($0.split(separator: "#")[0]) } })
        let prefixes = Set((codes.union(catalogued)).map { String($0.split(separator: ".")[0]) })
            .subtracting(["requests", "subject", "certificate", "websites"])
        let literal = try! NSRegularExpression(pattern: #""([a-z][a-z0-9-]*)\.([a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)*)""#)
        for text in texts {
            for match in literal.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let prefix = String(text[Range(match.range(at: 1), in: text)!])
                let code = String(text[Range(match.range(at: 0), in: text)!].dropFirst().dropLast())
                // A literal is a code under a code prefix, or when it names a catalogued code
                // exactly (`"requests.choice"`, whose prefix field paths share).
                // A file name (`"batch.zip"`) is not a code.
                let fileExtensions: Set = ["zip", "json", "jsonl", "csv", "docx", "pdf", "txt", "html", "yaml", "mustache"]
                if let last = code.split(separator: ".").last, fileExtensions.contains(String(last)) { continue }
                guard prefixes.contains(prefix) || catalogued.contains(code) else { continue }
                codes.insert(code)
            }
        }
        return codes
    }

    @Test func everyCodeHasAMessageAndHintInBothLanguages() throws {
        let codes = try Self.codesInSources()
        #expect(codes.count > 100, "the scan of \(Self.sources.path) found only \(codes.count) codes")
        #expect(codes.contains("filing-number.digits") && codes.contains("scope.transfer-accounts"))
        let english = MessageCatalog.bundled(.english), chinese = MessageCatalog.bundled(.chinese)
        for catalog in [english, chinese] {
            let missing = codes.filter { catalog.entries[$0]?.message.isEmpty ?? true }.sorted()
            #expect(
                missing.isEmpty,
                """
                Templates/messages/\(catalog.language.rawValue).json lacks \(missing.count) code(s) used in Sources/; \
                add an entry {"message": …, "hint": …} for each: \(missing.joined(separator: ", "))
                """)
        }
        // A code with a hint in one language has one in the other.
        let unmatched = codes.filter { (english.entries[$0]?.hint == nil) != (chinese.entries[$0]?.hint == nil) }.sorted()
        #expect(unmatched.isEmpty, "these codes have a hint in only one catalog: \(unmatched.joined(separator: ", "))")
    }

    @Test func catalogsHoldNoStrayEntries() throws {
        let codes = try Self.codesInSources()
        for language in Language.allCases {
            let entries = MessageCatalog.bundled(language).entries
            // A variant (`code#variant`) belongs to a code; an entry for no code is a typo or a leftover.
            let stray = entries.keys.filter { !codes.contains(String($0.split(separator: "#")[0])) }.sorted()
            #expect(stray.isEmpty, "\(language.rawValue).json has entries for codes the sources never use: \(stray)")
        }
    }

    @Test func languageFollowsTheLocale() {
        #expect(Language.fromEnvironment([:]) == .english)
        #expect(Language.fromEnvironment(["LANG": "zh_CN.UTF-8"]) == .chinese)
        #expect(Language.fromEnvironment(["LANG": "zh_TW.UTF-8"]) == .chinese)
        #expect(Language.fromEnvironment(["LANG": "C.UTF-8"]) == .english)
        // The first one set decides, as for the C library.
        #expect(Language.fromEnvironment(["LC_ALL": "C", "LANG": "zh_CN.UTF-8"]) == .english)
        #expect(Language.fromEnvironment(["LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"]) == .chinese)
        #expect(Language.fromEnvironment(["LC_ALL": "", "LANG": "zh_CN.UTF-8"]) == .chinese)
    }

    @Test func aBadRecordReadsInChinese() throws {
        let json = """
            {"subject": {"name": "武汉示例科技有限公司", "nature": "enterprise",
              "certificate": {"type": "unified-social-credit-code", "number": "91420100MA4K2X9Y9Q"},
              "filingNumber": "鄂ICP备2019012345号", "address": "湖北省武汉市",
              "owner": {"name": "张三", "mobile": "13812345678"}, "adress": "x"},
             "websites": [{"name": "示例", "filingNumber": "鄂ICP备2019012345号-01", "domains": ["https://www.example.cn/"]}]}
            """
        let english = Filing.read(jsonData: Data(json.utf8)).diagnostics
        let chinese = english.localized(in: .chinese)
        #expect(english.localized(in: .english) == english)
        #expect(chinese.map(\.code) == english.map(\.code))
        #expect(chinese.map(\.path) == english.map(\.path))
        #expect(chinese.map(\.severity) == english.map(\.severity))
        let told = Dictionary(chinese.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(told["subject.certificate.number"]?.message == "「91420100MA4K2X9Y9Q」校验位不对，第 18 位应为「P」")
        #expect(told["websites[0].domains[0]"]?.message == "「https://www.example.cn/」是网址，不是域名")
        #expect(told["websites[0].filingNumber"]?.hint == "网站备案号是主体备案号加 -N，例如 鄂ICP备2019012345号-1")
        #expect(told["subject.adress"]?.hint == "是不是要写「address」？")
        for diagnostic in chinese {
            #expect(!diagnostic.message.contains("{"), "an unfilled placeholder: \(diagnostic.message)")
        }
    }

    @Test func engineErrorsReadInChinese() throws {
        let engine = try BeianEngine(today: CalendarDate(year: 2026, month: 11, day: 22)!)
        let filing = try Filing(
            jsonData: Data(
                contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                    .deletingLastPathComponent().appending(path: "Fixtures/hubei-filing.json")))
        do {
            _ = try engine.hubeiAnnualReviewSMS(for: filing, request: HubeiSMSRequest())
            Issue.record("a plan without a provider code was made")
        } catch {
            let told = error.localized(in: .chinese)
            #expect(told.diagnostics.map(\.code) == error.diagnostics.map(\.code))
            #expect(told.diagnostics.contains { $0.message == "缺少接入商代码" && $0.hint == "请在 requests.provider 中填写接入商的三位代码（如阿里云为 001）" })
        }
    }

    /// Whether the catalogs tell `diagnostics` right: the English entry, filled from the
    /// arguments, reads exactly as the call site wrote it; the Chinese entry is filled.
    static func compare(_ diagnostics: [Diagnostic], compared: inout Int, mismatches: inout [String], untold: inout Set<String>) {
        let english = MessageCatalog.bundled(.english), chinese = MessageCatalog.bundled(.chinese)
        for diagnostic in diagnostics {
            if let entry = english.entry(diagnostic.code, diagnostic.arguments),
                let message = MessageCatalog.fill(entry.message, diagnostic.arguments)
            {
                compared += 1
                if message != diagnostic.message { mismatches.append("\(diagnostic.code): \(message) ≠ \(diagnostic.message)") }
            }
            if let entry = chinese.entry(diagnostic.code, diagnostic.arguments),
                MessageCatalog.fill(entry.message, diagnostic.arguments) == nil
            {
                untold.insert(diagnostic.code)
            }
        }
    }

    /// `en.json` is the English each call site writes, over the bad-input corpus, the fixtures'
    /// documents and SMS plans, and a bad SMS log; every Chinese message there is filled.
    @Test func catalogsMatchWhatTheCallSitesSay() throws {
        var compared = 0, mismatches: [String] = [], untold: Set<String> = []
        let inputs = BadInputCorpusTests.inputs
        for name in try FileManager.default.contentsOfDirectory(atPath: inputs.path).sorted() {
            let data = try Data(contentsOf: inputs.appending(path: name))
            Self.compare(
                Filing.read(jsonData: data, options: BadInputCorpusTests.options).diagnostics,
                compared: &compared, mismatches: &mismatches, untold: &untold)
        }
        let fixtures = Self.sources.deletingLastPathComponent().appending(path: "Tests/Fixtures")
        let engine = try BeianEngine(today: CalendarDate(year: 2026, month: 11, day: 22)!)
        let requestSets: [[String: JSONValue]] = [
            [:], ["reason": "网站不再运营", "websites": .array([.string("鄂ICP备2019012345号-9")])],
            ["category": "own", "basis": "subject", "scope": "change", "noSeal": .bool(true), "validFrom": "2026-12-01", "validUntil": "2026-11-01"],
        ]
        for name in try FileManager.default.contentsOfDirectory(atPath: fixtures.path).sorted() where name.hasSuffix(".json") {
            let reading = Filing.read(jsonData: try Data(contentsOf: fixtures.appending(path: name)))
            Self.compare(reading.diagnostics, compared: &compared, mismatches: &mismatches, untold: &untold)
            guard let filing = reading.filing else { continue }
            for fields in requestSets {
                guard let requests = try? DocumentRequests(json: fields) else { continue }
                for kind in [DocumentKind.deregistrationForm, .shandongMail, .authorizationLetter] {
                    do {
                        let document = try engine.document(kind, for: filing, requests: requests)
                        Self.compare(document.diagnostics, compared: &compared, mismatches: &mismatches, untold: &untold)
                    } catch {
                        Self.compare(error.diagnostics, compared: &compared, mismatches: &mismatches, untold: &untold)
                    }
                }
            }
            for request in [
                HubeiSMSRequest(), HubeiSMSRequest(provider: "1"), HubeiSMSRequest(provider: "999", sender: "13900000000"),
                HubeiSMSRequest(provider: "001", sender: "13012345678"),
            ] {
                do {
                    Self.compare(
                        try engine.hubeiAnnualReviewSMS(for: filing, request: request).diagnostics,
                        compared: &compared, mismatches: &mismatches, untold: &untold)
                } catch {
                    Self.compare(error.diagnostics, compared: &compared, mismatches: &mismatches, untold: &untold)
                }
            }
        }
        for log in ["sms-log-bad.csv", "sms-log-ok.csv"] {
            let text = try String(contentsOf: fixtures.appending(path: log), encoding: .utf8)
            let filing = try Filing(jsonData: Data(contentsOf: fixtures.appending(path: "hubei-filing.json")))
            let check = engine.checkSentHubeiSMS(log: try SentMessageLog(csv: text), filing: filing)
            Self.compare(check.problems + check.rows.flatMap(\.problems), compared: &compared, mismatches: &mismatches, untold: &untold)
        }
        #expect(compared > 250)
        #expect(mismatches.isEmpty, "en.json differs from the call sites:\n\(mismatches.joined(separator: "\n"))")
        #expect(untold.isEmpty, "Chinese entries lacking arguments: \(untold.sorted())")
    }

    @Test func aMessageWhoseArgumentsAreMissingStaysInEnglish() {
        let bare = Diagnostic(.error, "websites[0].domains[0]", code: "domain.url", "'x' is a web address, not a domain")
        #expect(bare.localized(in: .chinese).message == bare.message)
        let unknown = Diagnostic(.error, "", code: "no.such-code", "something", hint: "do this")
        #expect(unknown.localized(in: .chinese) == unknown)
    }

    @Test func placeholdersAreNamesOnly() {
        #expect(MessageCatalog.fill("「{value}」不是域名", ["value": "x"]) == "「x」不是域名")
        #expect(MessageCatalog.fill("这里不能填对象（{…}）", [:]) == "这里不能填对象（{…}）")
        #expect(MessageCatalog.fill("{a}{}{b}", ["a": "1", "b": "2"]) == "1{}2")
        #expect(MessageCatalog.fill("{missing}", [:]) == nil)
    }

    @Test func argumentsStayOutOfTheJSONForm() throws {
        let diagnostic = Diagnostic(
            .error, "subject.name", code: "field.empty", "the name is empty", hint: "fill it in",
            arguments: ["what": "the name"])
        let json = String(decoding: try JSONEncoder().encode(diagnostic), as: UTF8.self)
        #expect(!json.contains("arguments"))
    }
}
