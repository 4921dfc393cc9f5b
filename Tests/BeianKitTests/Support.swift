@testable import BeianKit
import Foundation
import Testing

/// The fixed day every test checks against, so no test depends on the clock.
let testToday = CalendarDate(year: 2026, month: 11, day: 23)!
let testOptions = ValidationOptions(today: testToday)

/// An engine with the bundled templates and the fixed day.
func testEngine(templates: URL? = nil) throws -> BeianEngine {
    try BeianEngine(templates: templates, today: testToday)
}

// MARK: Records

/// Records as JSON trees that tests change one field at a time.
enum Records {
    /// A valid Hubei filing: website 0 has its own responsible person on a 联通 mobile, website 1
    /// falls back to the subject's responsible person on a 移动 mobile.
    static func hubei() -> [String: Any] {
        [
            "id": "hubei-001",
            "subject": [
                "name": "武汉示例科技有限公司",
                "nature": "enterprise",
                "certificate": ["type": "unified-social-credit-code", "number": "91420100MA4K2X9Y9P"],
                "filingNumber": "鄂ICP备2019012345号",
                "address": "湖北省武汉市洪山区示例路1号",
                "legalRepresentative": ["name": "王五", "idNumber": "420102198503151234"],
                "owner": ["name": "张三", "mobile": "13812345678", "email": "zhang@example.cn"],
            ] as [String: Any],
            "websites": [
                [
                    "name": "示例官网", "filingNumber": "鄂ICP备2019012345号-1", "domains": ["example.cn"],
                    "owner": ["name": "李四", "mobile": "13012345678"],
                ] as [String: Any],
                ["name": "示例商城", "filingNumber": "鄂ICP备2019012345号-2", "domains": ["shop-example.cn"]] as [String: Any],
            ],
        ]
    }

    /// A valid Beijing filing with one website.
    static func beijing() -> [String: Any] {
        var record = hubei()
        record = setting(record, "subject.filingNumber", "京ICP备20010001号")
        record = setting(record, "subject.certificate.number", "91110000600037341L")
        record = setting(
            record, "websites",
            [
                ["name": "北京示例", "filingNumber": "京ICP备20010001号-1", "domains": ["example.com.cn"]] as [String: Any]
            ])
        return record
    }
}

/// `record` with the value at `path` (`subject.owner.mobile`, `websites[1].name`) replaced;
/// `nil` removes the key.
func setting(_ record: [String: Any], _ path: String, _ value: Any?) -> [String: Any] {
    var steps: [Either] = []
    for part in path.split(separator: ".") {
        var rest = Substring(part)
        if let bracket = rest.firstIndex(of: "[") {
            steps.append(.key(String(rest[..<bracket])))
            rest = rest[bracket...]
            while let open = rest.firstIndex(of: "["), let close = rest.firstIndex(of: "]") {
                steps.append(.index(Int(rest[rest.index(after: open)..<close])!))
                rest = rest[rest.index(after: close)...]
            }
        } else {
            steps.append(.key(String(rest)))
        }
    }
    return set(record, steps[...], value) as! [String: Any]
}

private enum Either {
    case key(String)
    case index(Int)
}

private func set(_ node: Any, _ steps: ArraySlice<Either>, _ value: Any?) -> Any? {
    guard let step = steps.first else { return value }
    switch step {
    case .key(let key):
        var object = node as! [String: Any]
        let child = object[key] ?? [String: Any]()
        object[key] = steps.count == 1 ? value : set(child, steps.dropFirst(), value)
        return object
    case .index(let index):
        var array = node as! [Any]
        if steps.count == 1, value == nil {
            array.remove(at: index)
        } else {
            array[index] = set(array[index], steps.dropFirst(), value)!
        }
        return array
    }
}

func jsonData(_ record: [String: Any]) throws -> Data {
    try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
}

/// Reads a record with the fixed options.
func read(_ record: [String: Any]) throws -> FilingReading {
    Filing.read(jsonData: try jsonData(record), options: testOptions)
}

/// A record that must be valid.
func validFiling(_ record: [String: Any]) throws -> Filing {
    let reading = try read(record)
    guard let filing = reading.filing else {
        let report = reading.diagnostics.map(\.description).joined(separator: "\n")
        Issue.record("expected a valid record, got:\n\(report)")
        throw CancellationError()
    }
    return filing
}

/// The errors of a record, as `path code` strings.
func errors(_ record: [String: Any]) throws -> [String] {
    try read(record).diagnostics.errors.map { "\($0.path) \($0.code)" }
}

// MARK: Check characters, computed independently of the code under test

enum CheckCharacters {
    /// The resident ID number with the correct check character for these 17 digits.
    static func residentID(_ first17: String) -> String {
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(first17, weights).reduce(0) { $0 + $1.0.wholeNumberValue! * $1.1 }
        let value = (12 - sum % 11) % 11
        return first17 + (value == 10 ? "X" as String : String(value))
    }
}

/// The template error an engine call throws (as ``BeianError/template(_:)``), recording an issue otherwise.
func requireTemplateError<R>(sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> R) throws -> TemplateError {
    let error = try #require(throws: BeianError.self, sourceLocation: sourceLocation, performing: body)
    return try #require(error.templateError, sourceLocation: sourceLocation)
}

/// The input error an engine call throws (as ``BeianError/input(_:)``), recording an issue otherwise.
func requireInputError<R>(sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> R) throws -> InputError {
    let error = try #require(throws: BeianError.self, sourceLocation: sourceLocation, performing: body)
    return try #require(error.inputError, sourceLocation: sourceLocation)
}
