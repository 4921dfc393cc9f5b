import Foundation
import Testing

/// Issue 16: `beian provinces --format json` shows where each fact comes from.
@Suite("beian provinces: provenance")
struct ProvincesCommandTests {
    @Test("provinces --format json shows each fact's source, date and confidence; unknown stays unknown")
    func provincesJSONShowsProvenance() throws {
        let result = try CLI.run(["provinces", "--format", "json"])
        #expect(result.status == 0)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        func entry(_ id: String) throws -> [String: Any] {
            try #require(entries.first { ($0["province"] as? [String: Any])?["id"] as? String == id })
        }
        let shandong = try entry("shandong")
        let title = try #require(shandong["title"] as? [String: Any])
        #expect(title["value"] as? String == "山东省ICP用户注销备案申请表")
        #expect(title["confidence"] as? String == "third-party")
        #expect(title["date"] as? String == "2022-09-12")
        #expect((title["source"] as? String)?.hasPrefix("https://www.yncaili.com/") == true)
        let shanghai = try entry("shanghai")
        let condition = try #require((shanghai["conditions"] as? [[String: Any]])?.first)
        #expect(condition["unless"] as? String == "providerUnknown")
        #expect(condition["category"] as? String == "own")
        #expect(((shanghai["submission"] as? [String: Any])?["channel"] as? String) == "courier")
        let zhejiang = try entry("zhejiang")
        let unknown = try #require(zhejiang["title"] as? [String: Any])
        #expect(unknown["value"] == nil && unknown["confidence"] as? String == "not-found" && unknown["check"] != nil)
        #expect((zhejiang["processingTime"] as? [String: Any])?["confidence"] as? String == "not-found")
    }
}
