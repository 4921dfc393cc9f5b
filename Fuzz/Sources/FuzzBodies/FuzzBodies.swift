// The bodies of the fuzz targets, as plain functions over the input's bytes.
//
// One file serves two builds: the fuzz package (Fuzz/, built with -sanitize=fuzzer,address,
// one executable per target calling one of these), and the root package's test target, where
// Tests/BeianKitTests/FuzzBodies.swift is a link to this file and FuzzRegressionTests replays
// every committed corpus and regression input through the same calls, without sanitizers.
//
// Each body answers `.output` or `.error` (what BeianKit answered) and throws
// `FuzzInvariantViolation` when an answer contradicts itself (a number that parses but does not
// parse again from its own text, a record with neither a filing nor an error…). A crash, a trap
// or a hang inside BeianKit is a finding by itself.
import BeianKit
import Foundation

/// What BeianKit answered for one input.
public enum FuzzOutcome: Sendable, Equatable {
    /// A value, document or message was produced.
    case output
    /// The input was refused with an error.
    case error
}

/// An answer that contradicts itself.
public struct FuzzInvariantViolation: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

public enum FuzzBodies {
    /// The fixed day every body checks against, so a run never depends on the clock.
    public static let today = CalendarDate(year: 2026, month: 11, day: 23)!
    static let options = ValidationOptions(today: today)

    /// The engine with the bundled templates, made once per process.
    static let engine: BeianEngine = {
        do { return try BeianEngine(today: today) } catch { fatalError("the bundled templates do not load: \(error)") }
    }()

    /// A template that holds a stand-in character (U+E000): added to a template folder, it makes
    /// the engine render every document in full, without the shape cache. The bodies check that
    /// both ways give the same bytes.
    static let fullRenderTemplate = (path: "zz-fuzz/_full-render.mustache", text: "\u{E000}\n")

    /// The bundled templates rendered in full, made once per process.
    static let fullRenderEngine: BeianEngine = {
        let folder = FileManager.default.temporaryDirectory.appending(path: "beian-fuzz-full-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try writeFullRenderTemplate(into: folder)
            return try BeianEngine(templates: folder, today: today)
        } catch {
            fatalError("the full-render engine does not load: \(error)")
        }
    }()

    static func writeFullRenderTemplate(into folder: URL) throws {
        let file = folder.appending(path: fullRenderTemplate.path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(fullRenderTemplate.text.utf8).write(to: file)
    }

    /// Throws unless both documents give the same DOCX, HTML and text, and the DOCX written
    /// from the shape cache's bytes equals the DOCX written from the document tree.
    static func expectSame(_ cached: GeneratedDocument, _ full: GeneratedDocument, _ what: String) throws(FuzzInvariantViolation) {
        let docx = cached.docx().data
        guard docx == cached.document.docx() else { throw FuzzInvariantViolation("\(what): the DOCX filled in from its shape differs from the DOCX of its document") }
        guard docx == full.docx().data else { throw FuzzInvariantViolation("\(what): the DOCX differs from the one rendered in full") }
        guard cached.html().string == full.html().string else { throw FuzzInvariantViolation("\(what): the HTML differs from the one rendered in full") }
        guard cached.text().string == full.text().string else { throw FuzzInvariantViolation("\(what): the text differs from the one rendered in full") }
    }

    /// The input's text; invalid UTF-8 becomes U+FFFD, as it would in a `String` read from a
    /// lossy source.
    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    // MARK: 1. Filing numbers

    /// `FilingNumber(text)`; a parsed number must be consistent and parse again from its text.
    public static func filingNumber(_ bytes: [UInt8]) throws(FuzzInvariantViolation) -> FuzzOutcome {
        let input = text(bytes)
        let number: FilingNumber
        do { number = try FilingNumber(input) } catch { return .error }
        guard number.text == input else { throw FuzzInvariantViolation("'\(input)' parsed with text '\(number.text)'") }
        guard [8, 10].contains(number.serial.count), number.serial.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw FuzzInvariantViolation("'\(input)' parsed with serial '\(number.serial)'")
        }
        guard (number.kind == .subject) == (number.sequence == nil) else {
            throw FuzzInvariantViolation("'\(input)' is a \(number.kind) with sequence \(String(describing: number.sequence))")
        }
        guard let again = try? FilingNumber(number.text), again == number else {
            throw FuzzInvariantViolation("'\(input)' does not parse to the same number from its own text")
        }
        guard let subject = try? FilingNumber(number.subjectNumber), subject.kind == .subject,
              subject.province == number.province, subject.serial == number.serial
        else {
            throw FuzzInvariantViolation("'\(input)' has subject number '\(number.subjectNumber)', which does not parse as its subject")
        }
        return .output
    }

    // MARK: 2. Mobile numbers and their carrier

    /// `MobileNumber(text)` and `Carrier(name:)`; a parsed mobile must be 11 digits from 1, parse
    /// again from its digits, and have a carrier unless it is a satellite number.
    public static func mobileNumber(_ bytes: [UInt8]) throws(FuzzInvariantViolation) -> FuzzOutcome {
        let input = text(bytes)
        _ = Carrier(name: input)
        let number: MobileNumber
        do { number = try MobileNumber(input) } catch { return .error }
        guard number.digits.count == 11, number.digits.first == "1",
              number.digits.allSatisfy({ $0.isASCII && $0.isNumber })
        else {
            throw FuzzInvariantViolation("'\(input)' was read as '\(number.digits)'")
        }
        guard let again = try? MobileNumber(number.digits), again == number else {
            throw FuzzInvariantViolation("'\(input)' read as \(number.digits), which does not read the same again")
        }
        if number.isSatellite {
            guard number.prefixCarrier == nil, !number.isVirtualOperator else {
                throw FuzzInvariantViolation("satellite number \(number.digits) has a carrier or is virtual")
            }
        } else {
            guard let carrier = number.prefixCarrier else {
                throw FuzzInvariantViolation("\(number.digits) was accepted without a carrier")
            }
            for day in [CalendarDate(year: 2020, month: 5, day: 5)!, CalendarDate(year: 2020, month: 5, day: 6)!, today] {
                _ = ReviewDestination.number(for: carrier, on: day)
            }
        }
        return .output
    }

    // MARK: 3. One JSON record

    /// What `beian validate` and a batch do with one JSONL line: the strict JSON parser, the
    /// record's checks, and for a valid record every document and the Hubei messages in every
    /// format.
    public static func jsonRecord(_ bytes: [UInt8]) throws(FuzzInvariantViolation) -> FuzzOutcome {
        let reading = Filing.read(jsonData: Data(bytes), options: options)
        guard let filing = reading.filing else {
            guard reading.diagnostics.hasErrors else { throw FuzzInvariantViolation("no filing and no error") }
            return .error
        }
        guard !reading.diagnostics.hasErrors else { throw FuzzInvariantViolation("a filing and an error") }
        for kind in DocumentKind.allCases {
            let document = try? engine.document(kind, for: filing, requests: DocumentRequests())
            let full = try? fullRenderEngine.document(kind, for: filing, requests: DocumentRequests())
            guard (document == nil) == (full == nil) else { throw FuzzInvariantViolation("\(kind): one way of rendering failed, the other did not") }
            guard let document, let full else { continue }
            try expectSame(document, full, "\(kind)")
        }
        if let plan = try? engine.hubeiAnnualReviewSMS(for: filing, request: HubeiSMSRequest(provider: "001")) {
            for format in HubeiSMSFormat.allCases { _ = try? engine.render(plan, as: format) }
        }
        return .output
    }

    // MARK: 4. A CSV batch file

    /// A folder of this process for the files the CSV and template bodies write (made again by
    /// each call, so `removeScratch()` may run between calls).
    static let scratch = FileManager.default.temporaryDirectory.appending(path: "beian-fuzz-\(getpid())")

    /// Removes the files the bodies wrote.
    public static func removeScratch() {
        try? FileManager.default.removeItem(at: scratch)
    }

    /// Every record of an input, read on a task while this thread waits: fuzz targets are
    /// synchronous, and `BatchInput` is read asynchronously.
    static func records(of input: BatchInput) -> [BatchRecord] {
        final class Records: @unchecked Sendable {
            var all: [BatchRecord] = []
        }
        let records = Records()
        let done = DispatchSemaphore(value: 0)
        Task {
            for await record in input { records.all.append(record) }
            done.signal()
        }
        done.wait()
        return records.all
    }

    /// A whole small CSV file through `BatchInput` (rows grouped into records by subject) and the
    /// record checks. Every record must carry its JSON or an error, numbered in order.
    public static func csvFile(_ bytes: [UInt8]) throws(FuzzInvariantViolation) -> FuzzOutcome {
        let url = scratch.appending(path: "input.csv")
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        } catch { fatalError("cannot write \(url.path): \(error)") }
        var outcome = FuzzOutcome.error
        var expectedIndex = 0
        for record in records(of: BatchInput(url: url, format: .csv)) {
            guard record.index == expectedIndex else {
                throw FuzzInvariantViolation("record \(expectedIndex) came with index \(record.index)")
            }
            expectedIndex += 1
            guard let json = record.json else {
                guard record.diagnostics.hasErrors else { throw FuzzInvariantViolation("a record with no JSON and no error") }
                continue
            }
            let reading = Filing.read(json: json, options: options)
            guard (reading.filing == nil) == reading.diagnostics.hasErrors else {
                throw FuzzInvariantViolation("a record whose filing and errors disagree")
            }
            if reading.filing != nil { outcome = .output }
        }
        return outcome
    }

    // MARK: 5. A user's template

    /// A sample Beijing filing (common form layout) with a reason, checked once.
    static let sampleFiling: Filing = {
        let json = #"""
        {"id": "fuzz-1",
         "subject": {"name": "北京示例科技有限公司", "nature": "enterprise",
                     "certificate": {"type": "unified-social-credit-code", "number": "91110000600037341L"},
                     "filingNumber": "京ICP备20010001号", "address": "北京市海淀区示例路1号",
                     "legalRepresentative": {"name": "王五", "idNumber": "420102198503151234"},
                     "owner": {"name": "张三", "mobile": "13812345678", "email": "zhang@example.cn"}},
         "websites": [{"name": "北京示例", "filingNumber": "京ICP备20010001号-1", "domains": ["example.com.cn"],
                       "owner": {"name": "李四", "mobile": "13012345678"}},
                      {"name": "示例<商城> & \"店\"", "filingNumber": "京ICP备20010001号-2", "domains": ["shop-example.cn"]}],
         "requests": {"reason": "网站不再运营", "date": "2026-11-20"}}
        """#
        do { return try Filing(jsonData: Data(json.utf8), options: options) } catch { fatalError("the sample filing is invalid: \(error)") }
    }()

    /// The input as the user's `deregistration/common.mustache` (the template of a Beijing form),
    /// loaded by an engine and rendered for the sample filing to DOCX, HTML and text. The engine
    /// must refuse the template with an error or produce the document.
    public static func template(_ bytes: [UInt8]) throws(FuzzInvariantViolation) -> FuzzOutcome {
        let folder = scratch.appending(path: "templates")
        let file = folder.appending(path: "deregistration/common.mustache")
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: file)
        } catch {
            fatalError("cannot write \(file.path): \(error)")
        }
        let engine: BeianEngine
        do { engine = try BeianEngine(templates: folder, today: today) } catch { return .error }
        // A template naming the full-render template as a partial renders only beside it.
        guard !text(bytes).contains("_full-render") else { return .error }
        let document: GeneratedDocument
        do { document = try engine.deregistrationForm(for: sampleFiling) } catch {
            // Rendered in full, the template must fail the same way.
            if let full = try? fullRenderEngine(for: folder).deregistrationForm(for: sampleFiling) {
                throw FuzzInvariantViolation("the template fails with the shape cache (\(error)) but renders in full: \(full.fileStem)")
            }
            return .error
        }
        let full: GeneratedDocument
        do { full = try fullRenderEngine(for: folder).deregistrationForm(for: sampleFiling) } catch {
            throw FuzzInvariantViolation("the template renders with the shape cache but fails in full: \(error)")
        }
        try expectSame(document, full, "the template's form")
        return .output
    }

    /// The engine of a template folder with the full-render template added.
    static func fullRenderEngine(for folder: URL) throws(FuzzInvariantViolation) -> BeianEngine {
        do {
            try writeFullRenderTemplate(into: folder)
        } catch {
            fatalError("cannot write into \(folder.path): \(error)")
        }
        // Templates are read when the engine is made; the next input's engine must not see it.
        defer { try? FileManager.default.removeItem(at: folder.appending(path: fullRenderTemplate.path)) }
        do {
            return try BeianEngine(templates: folder, today: today)
        } catch {
            throw FuzzInvariantViolation("the template loads alone but not beside another template: \(error)")
        }
    }

    /// Every body by the name of its fuzz target and corpus folder.
    public static let targets: [String: @Sendable ([UInt8]) throws(FuzzInvariantViolation) -> FuzzOutcome] = [
        "filing-number": filingNumber,
        "mobile-number": mobileNumber,
        "json-record": jsonRecord,
        "csv-file": csvFile,
        "template": template,
    ]
}
