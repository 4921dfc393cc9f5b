import BeianKit
import Foundation
import Testing

/// `NAME` or `MOBILE=NAME`: one reading for the command line, a record's requests and code.
@Suite("carrier choice")
struct CarrierChoiceTests {
    @Test func readsANameOrAMobileAndAName() {
        #expect(CarrierChoice("联通") == CarrierChoice(carrier: .chinaUnicom))
        #expect(CarrierChoice("china-telecom")?.mobile == nil)
        let one = CarrierChoice("+86 138-1234-5678=中国联通")
        #expect(one?.mobile == "13812345678" && one?.carrier == .chinaUnicom)
        #expect(CarrierChoice("12345=联通") == nil, "not a mobile")
        #expect(CarrierChoice("13812345678=nobody") == nil, "not a carrier")
        #expect(CarrierChoice("nobody") == nil)
        let combined = CarrierChoice.combined([CarrierChoice("移动")!, CarrierChoice("13012345678=电信")!, CarrierChoice("联通")!])
        #expect(combined.all == .chinaUnicom && combined.byMobile == ["13012345678": .chinaTelecom])
    }

    /// The record's `requests.carrier` takes the same form, as one string or a list of them.
    @Test func aRecordTakesTheSameForm() throws {
        var record = Records.hubei()
        record["requests"] = ["carrier": "13812345678=中国联通"]
        let one = Filing.read(jsonData: try JSONSerialization.data(withJSONObject: record), options: testOptions)
        #expect(one.filing?.requests.carriersByMobile == ["13812345678": .chinaUnicom])
        #expect(one.filing?.requests.carrier == nil)

        record["requests"] = ["carrier": ["电信", "13012345678=移动"]]
        let list = Filing.read(jsonData: try JSONSerialization.data(withJSONObject: record), options: testOptions)
        #expect(list.filing?.requests.carriersByMobile == ["13012345678": .chinaMobile])
        #expect(list.filing?.requests.carrier == .chinaTelecom)
    }

    @Test func aBadPartIsNamedAtItsPath() throws {
        var record = Records.hubei()
        record["requests"] = ["carrier": ["12345=联通", "13812345678=nobody"]]
        let reading = Filing.read(jsonData: try JSONSerialization.data(withJSONObject: record), options: testOptions)
        #expect(reading.filing == nil)
        let errors = reading.diagnostics.filter { $0.severity == .error }.map { "\($0.path) \($0.code)" }
        #expect(
            errors.contains("requests.carrier[0].12345 mobile.length") || errors.contains { $0.hasPrefix("requests.carrier[0].12345 mobile.") },
            "\(errors)")
        #expect(errors.contains("requests.carrier[1].13812345678 carrier.unknown"), "\(errors)")
    }

    @Test func theCommandLineReadsTheSameList() {
        let (requests, diagnostics) = DocumentRequests.read(commandLine: ["carrier": .array([.string("13812345678=联通")])])
        #expect(diagnostics.isEmpty)
        #expect(requests?.carriersByMobile == ["13812345678": .chinaUnicom])
    }
}
