@testable import BeianKit
import Testing

/// Identifiers are read over their bytes first and character by character only when that
/// fails. The byte-level reading must accept nothing the full reading refuses and must give
/// the same value; and it must take the common valid forms, or it saves nothing.
@Suite("identifier fast paths")
struct IdentifierFastPathTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 22)!

    /// `seed` and every string one edit away from it, over characters that users and
    /// spreadsheets put into these fields.
    static func mutations(of seeds: [String]) -> Set<String> {
        let pieces: [String] = [
            "0", "1", "9", "a", "A", "x", "X", "I", "O", "-", ".", " ", "号", "备", "鄂", "云", "１",
            "\u{301}", "\u{200B}", "é", "ß", "\r\n", "例", "/", ":", "*", "@",
        ]
        var results = Set(seeds)
        for seed in seeds {
            let characters = Array(seed)
            for index in 0...characters.count {
                for piece in pieces {
                    results.insert(String(characters[..<index]) + piece + String(characters[index...]))
                    if index < characters.count {
                        results.insert(String(characters[..<index]) + piece + String(characters[(index + 1)...]))
                    }
                }
                if index < characters.count {
                    results.insert(String(characters[..<index]) + String(characters[(index + 1)...]))
                }
            }
            results.insert(seed.lowercased())
            results.insert(seed + seed)
        }
        return results
    }

    @Test func filingNumbers() {
        let seeds = [
            "鄂ICP备2019012345号", "鄂ICP备2019012345号-1", "滇ICP备12345678号-12A", "云ICP备12345678号-3X",
            "京ICP备2000000000号-9999", "粤ICP备2023000001号-10",
        ]
        var fast = 0
        for text in Self.mutations(of: seeds) {
            let full = try? FilingNumberParser.diagnose(text)
            if let quick = FilingNumberParser.wellFormed(text) {
                fast += 1
                #expect(quick == full, "\(text.debugDescription)")
            }
        }
        for seed in seeds { #expect(FilingNumberParser.wellFormed(seed) != nil, "\(seed)") }
        #expect(fast > 20)
    }

    @Test func unifiedSocialCreditCodes() {
        let seeds = ["91420100000000000U", "91350100M000100Y43", "914201000002375774"]
        for text in Self.mutations(of: seeds) {
            if let quick = UnifiedSocialCreditCode.valid(ascii: text) {
                #expect(quick == (try? UnifiedSocialCreditCode.explained(text)), "\(text.debugDescription)")
            }
        }
        for seed in seeds {
            #expect((UnifiedSocialCreditCode.valid(ascii: seed) != nil) == ((try? UnifiedSocialCreditCode.explained(seed)) != nil), "\(seed)")
        }
        #expect(UnifiedSocialCreditCode.valid(ascii: "91420100000000000u") == "91420100000000000U")
    }

    @Test func organizationCodes() throws {
        let seeds = ["D2143569-X", "D2143569X", "00000000-0", "M0001004-4"]
        for text in Self.mutations(of: seeds) {
            let quick = try? OrganizationCode.validate(text)
            #expect(quick == (try? OrganizationCode.explained(text)), "\(text.debugDescription)")
        }
    }

    @Test func residentIDNumbers() {
        let seeds = ["420102196102020015", "11010519491231002X", "110105194912310020", "420102200811220019"]
        for text in Self.mutations(of: seeds) {
            if let quick = ResidentIDNumber.valid(ascii: text, today: Self.today) {
                #expect(quick == (try? ResidentIDNumber.explained(text, today: Self.today)), "\(text.debugDescription)")
            }
        }
        for seed in seeds {
            #expect((ResidentIDNumber.valid(ascii: seed, today: Self.today) != nil) == ((try? ResidentIDNumber.explained(seed, today: Self.today)) != nil), "\(seed)")
        }
        #expect(ResidentIDNumber.valid(ascii: "420102196102020015", today: Self.today) != nil)
        #expect(ResidentIDNumber.valid(ascii: "11010519491231002x", today: Self.today)?.text == "11010519491231002X")
    }

    @Test func domainNames() {
        let seeds = [
            "example.cn", "Shop-Example.COM.cn.", "a.b", "xn--fsq.xn--fiqs8s", "例子.中国", "1.2.3.4", "www.1.com",
            "a-b.c-d.e", String(repeating: "a", count: 63) + ".cn", String(repeating: "a", count: 64) + ".cn",
        ]
        var fast = 0
        for text in Self.mutations(of: seeds) {
            if let quick = DomainName.valid(ascii: text) {
                fast += 1
                #expect(quick == (try? DomainName.explained(text)), "\(text.debugDescription)")
            } else if text.utf8.allSatisfy({ $0 < 0x80 }) {
                // Every ASCII domain the full check accepts, the fast one accepts too.
                #expect((try? DomainName.explained(text)) == nil, "\(text.debugDescription)")
            }
        }
        #expect(fast > 100)
    }
}
