@testable import BeianKit
import Foundation
import Testing

@Suite("Mobile numbers")
struct MobileNumberTests {
    /// What a prefix means, as DOMAIN.md ("Mainland mobile numbers") tabulates it.
    enum Expected: Equatable, CustomStringConvertible {
        case own(Carrier)
        case virtual(Carrier)
        case satellite
        case invalid

        var description: String {
            switch self {
            case .own(let carrier): "\(carrier)"
            case .virtual(let carrier): "virtual on \(carrier)"
            case .satellite: "satellite"
            case .invalid: "invalid"
            }
        }
    }

    /// The table of DOMAIN.md, written out prefix by prefix, independently of `MobileNumberPlan`.
    static let table: [String: Expected] = {
        var table: [String: Expected] = [:]
        func put(_ expected: Expected, _ prefixes: [Int]) {
            for prefix in prefixes {
                precondition(table[String(prefix)] == nil, "prefix \(prefix) tabulated twice")
                table[String(prefix)] = expected
            }
        }
        let mobile = Expected.own(.chinaMobile), unicom = Expected.own(.chinaUnicom)
        let telecom = Expected.own(.chinaTelecom), broadnet = Expected.own(.chinaBroadnet)
        // 中国移动 1340–1348, 135–139, 147, 150–152, 157–159, 172, 178, 182–184, 187, 188, 195, 197, 198
        put(mobile, Array(1340...1348) + Array(135...139) + [147, 150, 151, 152, 157, 158, 159, 172, 178, 182, 183, 184, 187, 188, 195, 197, 198])
        // virtual 165, 1703, 1705, 1706
        put(.virtual(.chinaMobile), [165, 1703, 1705, 1706])
        // 中国联通 130–132, 145, 155, 156, 166, 175, 176, 185, 186, 196; virtual 167, 171, 1704, 1707–1709
        put(unicom, [130, 131, 132, 145, 155, 156, 166, 175, 176, 185, 186, 196])
        put(.virtual(.chinaUnicom), [167, 171, 1704, 1707, 1708, 1709])
        // 中国电信 133, 153, 173, 177, 180, 181, 189–191, 193, 199, 17400–17405; virtual 162, 1700–1702
        put(telecom, [133, 153, 173, 177, 180, 181, 189, 190, 191, 193, 199] + Array(17400...17405))
        put(.virtual(.chinaTelecom), [162, 1700, 1701, 1702])
        // 中国广电 192, 1610
        put(broadnet, [192, 1610])
        // Not valid: 140–144, 146, 148, 149, 154, 160, 163, 164, 168, 169, 179, 194, 1611–1619, 17406–17499
        put(.invalid, [140, 141, 142, 143, 144, 146, 148, 149, 154, 160, 163, 164, 168, 169, 179, 194] + Array(1611...1619) + Array(17406...17499))
        put(.satellite, [1349])
        return table
    }()

    /// The prefixes of 130–199 that DOMAIN.md splits into longer prefixes.
    static let split: Set<Int> = [134, 161, 170, 174]

    /// The meaning of a number by the table: longest prefix first.
    static func expected(for digits: String) -> Expected? {
        for length in [5, 4, 3] {
            if let expected = table[String(digits.prefix(length))] { return expected }
        }
        return nil
    }

    static func check(_ digits: String) {
        guard let expected = expected(for: digits) else {
            Issue.record("the test table does not cover \(digits)")
            return
        }
        let result = Result { () throws(IdentifierProblem) in try MobileNumber(digits) }
        switch (expected, result) {
        case (.invalid, .failure(let problem)):
            #expect(problem.code == "mobile.range", "\(digits)")
        case (.invalid, .success):
            Issue.record("\(digits) should be refused")
        case (_, .failure(let problem)):
            Issue.record("\(digits) should be \(expected): \(problem.message)")
        case (.own(let carrier), .success(let number)):
            #expect(number.prefixCarrier == carrier && !number.isVirtualOperator && !number.isSatellite, "\(digits) should be \(expected)")
        case (.virtual(let carrier), .success(let number)):
            #expect(number.prefixCarrier == carrier && number.isVirtualOperator && !number.isSatellite, "\(digits) should be \(expected)")
        case (.satellite, .success(let number)):
            #expect(number.prefixCarrier == nil && number.isSatellite && !number.isVirtualOperator, "\(digits) should be \(expected)")
        }
    }

    @Test("every three-digit prefix 130–199", arguments: Array(130...199))
    func threeDigitPrefixes(prefix: Int) {
        if Self.split.contains(prefix) {
            // Every number of a split prefix falls into one of its longer prefixes.
            for next in 0...9 {
                #expect(Self.expected(for: "\(prefix)\(next)0000000") != nil, "\(prefix)\(next)")
            }
            return
        }
        #expect(Self.table[String(prefix)] != nil, "DOMAIN.md tabulates \(prefix)")
        for rest in ["00000000", "12345678", "99999999"] {
            Self.check("\(prefix)\(rest)")
        }
    }

    @Test("the four-digit splits 134x, 161x, 170x", arguments: [134, 161, 170])
    func fourDigitSplits(prefix: Int) {
        for next in 0...9 {
            for rest in ["0000000", "1234567", "9999999"] {
                Self.check("\(prefix)\(next)\(rest)")
            }
        }
    }

    @Test("the five-digit split 174xx")
    func fiveDigitSplit() {
        for next in 0...99 {
            let prefix = "174" + (next < 10 ? "0" : "") + String(next)
            for rest in ["000000", "123456", "999999"] {
                Self.check(prefix + rest)
            }
        }
    }

    @Test(
        "a refused range is named by its own prefix, not the first three digits",
        arguments: [
            ("16111234567", "prefix 1611"), ("17406123456", "prefix 17406"), ("14012345678", "prefix 140"), ("12012345678", "prefix 120"),
        ])
    func refusedRangeMessage(number: String, named: String) {
        #expect(throws: IdentifierProblem.self) { try MobileNumber(number) }
        do { _ = try MobileNumber(number) } catch { #expect(error.code == "mobile.range"); #expect(error.message.contains("(\(named))")) }
    }

    @Test func namedExamples() throws {
        #expect(try MobileNumber("13812345678").prefixCarrier == .chinaMobile)
        #expect(try MobileNumber("13012345678").prefixCarrier == .chinaUnicom)
        #expect(try MobileNumber("18912345678").prefixCarrier == .chinaTelecom)
        #expect(try MobileNumber("19212345678").prefixCarrier == .chinaBroadnet)
        let satellite = try MobileNumber("13491234567")
        #expect(satellite.isSatellite)
        #expect(satellite.prefixCarrier == nil)
        let virtual = try MobileNumber("17031234567")
        #expect(virtual.isVirtualOperator)
        #expect(virtual.prefixCarrier == .chinaMobile)
    }

    @Test(
        "country prefix and separators are removed",
        arguments: [
            "+8613812345678", "008613812345678", "8613812345678", "+86 138 1234 5678", "138-1234-5678", "138 1234 5678",
        ])
    func normalised(text: String) throws {
        #expect(try MobileNumber(text).digits == "13812345678")
    }

    @Test(
        "not mobile numbers",
        arguments: [
            ("", "mobile.characters"),
            ("1381234567", "mobile.length"),
            ("138123456789", "mobile.length"),
            ("23812345678", "mobile.length"),
            ("+85291234567", "mobile.characters"),
            ("1381234567a", "mobile.characters"),
            ("１３８１２３４５６７８", "mobile.characters"),
            ("138.1234.5678", "mobile.characters"),
            ("10012345678", "mobile.range"),
            ("11012345678", "mobile.range"),
            ("12012345678", "mobile.range"),
            ("02787654321", "mobile.length"),
        ])
    func refused(text: String, code: String) {
        let problem = #expect(throws: IdentifierProblem.self) { try MobileNumber(text) }
        #expect(problem?.code == code)
    }

    @Test func carrierNames() {
        for (name, carrier) in [
            ("china-mobile", Carrier.chinaMobile), ("中国移动", .chinaMobile), ("移动", .chinaMobile), ("CMCC", .chinaMobile),
            ("china-unicom", .chinaUnicom), ("联通", .chinaUnicom), ("unicom", .chinaUnicom),
            ("china-telecom", .chinaTelecom), ("电信", .chinaTelecom), ("Telecom", .chinaTelecom),
            ("china-broadnet", .chinaBroadnet), ("广电", .chinaBroadnet),
        ] {
            #expect(Carrier(name: name) == carrier, "\(name)")
        }
        #expect(Carrier(name: "中国铁通") == nil)
        #expect(Carrier(name: "") == nil)
    }

    @Test func codable() throws {
        let data = try JSONEncoder().encode([try MobileNumber("+86 130 1234 5678")])
        #expect(String(decoding: data, as: UTF8.self) == #"["13012345678"]"#)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([MobileNumber].self, from: Data(#"["14012345678"]"#.utf8)) }
    }
}
