@testable import BeianKit
import Foundation
import Testing

@Suite("Certificate numbers")
struct CertificateTests {
    // MARK: Unified social credit code

    static let usccAlphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    /// The published examples (DOMAIN.md) and the example record's code.
    static let validUSCC = ["91350100M000100Y43", "91110000600037341L", "91310115MA1K3BTP2B", "91420100MA4K2X9Y9P"]

    @Test("published unified social credit codes pass", arguments: validUSCC)
    func usccValid(code: String) throws {
        #expect(try UnifiedSocialCreditCode.validate(code) == code)
        #expect(try UnifiedSocialCreditCode.validate(code.lowercased()) == code)
        #expect(try Certificate.validated(type: .unifiedSocialCreditCode, number: code, today: testToday).number == code)
    }

    /// The weights 3^(i−1) mod 31 are all non-zero modulo the prime 31, so the check character
    /// catches every single substitution over the alphabet, at every position.
    @Test("every one-character substitution of a valid code fails", arguments: validUSCC)
    func usccSubstitutions(code: String) {
        let characters = Array(code)
        var tried = 0
        for position in characters.indices {
            for replacement in Self.usccAlphabet where replacement != characters[position] {
                var changed = characters
                changed[position] = replacement
                tried += 1
                #expect(throws: IdentifierProblem.self, "\(String(changed)) (position \(position + 1))") {
                    try UnifiedSocialCreditCode.validate(String(changed))
                }
            }
        }
        #expect(tried == 18 * 30)
    }

    @Test("letters outside the alphabet are refused", arguments: ["I", "O", "Z", "S", "V", "-", "中"])
    func usccForeignCharacters(character: String) {
        var changed = Array("91110000600037341L")
        changed[10] = Character(character)
        let problem = #expect(throws: IdentifierProblem.self) { try UnifiedSocialCreditCode.validate(String(changed)) }
        #expect(problem?.code == "uscc.character")
    }

    @Test func usccLength() {
        for code in ["", "91110000600037341", "91110000600037341L1"] {
            let problem = #expect(throws: IdentifierProblem.self) { try UnifiedSocialCreditCode.validate(code) }
            #expect(problem?.code == "uscc.length")
        }
    }

    /// The 18th character can be right while characters 9–17 are no organisation code: the code
    /// must check both.
    @Test func usccEmbeddedOrganizationCode() throws {
        // Characters 9–17 "MA4K2X9Y0" with a wrong organisation check character, and the
        // 18th character recomputed so that only the inner check fails.
        let first17 = Array("91420100MA4K2X9Y0")
        var sum = 0, weight = 1
        for character in first17 {
            sum += Self.usccAlphabet.firstIndex(of: character)! * weight
            weight = weight * 3 % 31
        }
        let code = String(first17) + String(Self.usccAlphabet[(31 - sum % 31) % 31])
        let problem = #expect(throws: IdentifierProblem.self) { try UnifiedSocialCreditCode.validate(code) }
        #expect(problem?.code == "uscc.organization-code")
    }

    // MARK: Organisation code

    static let validOrganizationCodes = ["D2143569-X", "74371976-1"]

    @Test("published organisation codes pass", arguments: validOrganizationCodes)
    func organizationCodeValid(code: String) throws {
        #expect(try OrganizationCode.validate(code) == code)
        #expect(try OrganizationCode.validate(code.replacingOccurrences(of: "-", with: "")) == code)
        #expect(try OrganizationCode.validate(code.lowercased()) == code)
    }

    /// Digit-for-digit substitutions only. The check is modulo 11 and letters count 10–35, so
    /// replacing a character by one whose value differs by exactly 11 (`L` = 21 for `A` = 10, or
    /// `B` = 11 for the digit `0`) leaves the weighted sum unchanged modulo 11: no mod-11 check
    /// can catch it, and the code is not wrong to accept it. Two digits differ by at most 9 and
    /// every weight (3 7 9 10 5 8 4 2) is non-zero modulo the prime 11, so every digit
    /// substitution changes the sum modulo 11 and must fail.
    @Test("every digit substitution of a valid organisation code fails", arguments: validOrganizationCodes)
    func organizationCodeSubstitutions(code: String) {
        let characters = Array(code.replacingOccurrences(of: "-", with: ""))
        for position in characters.indices where characters[position].isNumber || position == 8 {
            let replacements: [Character] = position == 8 ? Array("0123456789X") : Array("0123456789")
            for replacement in replacements where replacement != characters[position] {
                var changed = characters
                changed[position] = replacement
                #expect(throws: IdentifierProblem.self, "\(String(changed))") { try OrganizationCode.validate(String(changed)) }
            }
        }
    }

    @Test func organizationCodeCheckValues() throws {
        // Remainder 0 gives the check 0 (11 − 0 = 11 → 0), remainder 1 gives X (11 − 1 = 10).
        // 00000000: sum 0 → check 0.
        #expect(try OrganizationCode.validate("00000000-0") == "00000000-0")
        #expect(throws: IdentifierProblem.self) { try OrganizationCode.validate("00000000-X") }
        #expect(throws: IdentifierProblem.self) { try OrganizationCode.validate("D2143569-0") }
        // The blind spot of mod 11: D (13) → 2 changes the sum by 3 × 11, so the check still holds.
        #expect(try OrganizationCode.validate("22143569-X") == "22143569-X")
    }

    @Test func organizationCodeShape() {
        for (code, expected) in [
            ("D2143569", "organization-code.length"), ("D2143569-XX", "organization-code.length"),
            ("D21435#9-X", "organization-code.character"), ("D21435６9-X", "organization-code.character"),
        ] {
            let problem = #expect(throws: IdentifierProblem.self) { try OrganizationCode.validate(code) }
            #expect(problem?.code == expected, "\(code)")
        }
    }

    // MARK: Resident ID

    static let validResidentIDs = ["11010519491231002X", "440524188001010014", "420102198503151234"]

    @Test("published resident ID numbers pass", arguments: validResidentIDs)
    func residentIDValid(number: String) throws {
        let id = try ResidentIDNumber(number, today: testToday)
        #expect(id.text == number)
        #expect(try ResidentIDNumber(number.lowercased(), today: testToday).text == number)
    }

    @Test func residentIDFields() throws {
        let id = try ResidentIDNumber("11010519491231002X", today: testToday)
        #expect(id.birthDate == CalendarDate(year: 1949, month: 12, day: 31))
        #expect(!id.isMale)
        let other = try ResidentIDNumber("440524188001010014", today: testToday)
        #expect(other.birthDate == CalendarDate(year: 1880, month: 1, day: 1))
        #expect(other.isMale)
    }

    /// Every weight (7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2) is non-zero modulo the prime 11 and
    /// two digits differ by at most 9, so every digit substitution breaks the check (or the
    /// region or birth date it lands in).
    @Test("every digit substitution of a valid resident ID fails", arguments: validResidentIDs)
    func residentIDSubstitutions(number: String) {
        let characters = Array(number)
        for position in characters.indices {
            let replacements: [Character] = position == 17 ? Array("0123456789X") : Array("0123456789")
            for replacement in replacements where replacement != characters[position] {
                var changed = characters
                changed[position] = replacement
                #expect(throws: IdentifierProblem.self, "\(String(changed))") {
                    try ResidentIDNumber(String(changed), today: testToday)
                }
            }
        }
    }

    @Test(
        "impossible birth dates are refused even with a correct check digit",
        arguments: [
            "19490230",  // no 30 February
            "19000229",  // 1900 is no leap year
            "19851301",  // month 13
            "19850001",  // month 0
            "19850100",  // day 0
            "19850431",  // no 31 April
            "18491231",  // before 1850
            "20261124",  // the day after today
            "20991231",  // future
        ])
    func residentIDBirthDates(date: String) {
        let number = CheckCharacters.residentID("110105" + date + "002")
        let problem = #expect(throws: IdentifierProblem.self) { try ResidentIDNumber(number, today: testToday) }
        #expect(problem?.code == "resident-id.birth-date", "\(number)")
    }

    @Test("real birth dates pass", arguments: ["20000229", "19850315", "20261123", "18500101"])
    func residentIDRealBirthDates(date: String) throws {
        let number = CheckCharacters.residentID("110105" + date + "002")
        #expect(try ResidentIDNumber(number, today: testToday).birthDate.description.replacingOccurrences(of: "-", with: "") == date)
    }

    @Test func residentIDShape() {
        let cases: [(String, String)] = [
            ("110105491231002", "resident-id.old"),
            ("11010519491231002", "resident-id.length"),
            ("11010519491231002XX", "resident-id.length"),
            ("1101051949123100XX", "resident-id.character"),
            ("11010519491231002Y", "resident-id.character"),
            (CheckCharacters.residentID("99010519491231002"), "resident-id.region"),
        ]
        for (number, code) in cases {
            let problem = #expect(throws: IdentifierProblem.self) { try ResidentIDNumber(number, today: testToday) }
            #expect(problem?.code == code, "\(number)")
        }
    }

    // MARK: Other documents

    @Test(
        "other documents are checked by format",
        arguments: [
            (CertificateType.passport, "E12345678", true),
            (.passport, "g1234567", true),
            (.passport, "E12", false),
            (.passport, "E1234567!", false),
            (.hongKongMacaoPass, "H12345678", true),
            (.hongKongMacaoPass, "M1234567890", true),
            (.hongKongMacaoPass, "X12345678", false),
            (.hongKongMacaoPass, "H1234567", false),
            (.taiwanPass, "12345678", true),
            (.taiwanPass, "1234567890", true),
            (.taiwanPass, "123456789", false),
            (.businessLicenseRegistration, "110108012345678", true),
            (.businessLicenseRegistration, "11010801234567", false),
            (.foreignPermanentResidence, "USA110079123456", true),
            (.foreignPermanentResidence, "91100019800101001X", true),
            (.foreignPermanentResidence, "US110079123456", false),
            (.institutionLegalPerson, "事证第111000001234号", false),
            (.institutionLegalPerson, "111000001234", true),
            (.socialOrganization, "51110000500012345X", true),
            (.other, "ABC", false),
        ])
    func otherDocuments(type: CertificateType, number: String, valid: Bool) {
        let result = Result { () throws(IdentifierProblem) in try Certificate.validated(type: type, number: number, today: testToday) }
        switch result {
        case .success(let certificate):
            #expect(valid, "\(type) \(number) should be refused")
            #expect(certificate.number == number.uppercased())
        case .failure(let problem):
            #expect(!valid, "\(type) \(number) should pass: \(problem.message)")
            #expect(problem.code == "certificate.format")
        }
    }

    @Test func residencePermits() throws {
        let hongKong = CheckCharacters.residentID("81000019800101001")
        let taiwan = CheckCharacters.residentID("83000019800101002")
        #expect(try Certificate.validated(type: .hongKongMacaoResidencePermit, number: hongKong, today: testToday).number == hongKong)
        #expect(try Certificate.validated(type: .taiwanResidencePermit, number: taiwan, today: testToday).number == taiwan)
        #expect(throws: IdentifierProblem.self) { try Certificate.validated(type: .taiwanResidencePermit, number: hongKong, today: testToday) }
        #expect(throws: IdentifierProblem.self) {
            try Certificate.validated(type: .hongKongMacaoResidencePermit, number: "11010519491231002X", today: testToday)
        }
        // A resident ID checks its check digit whatever the type.
        #expect(throws: IdentifierProblem.self) { try Certificate.validated(type: .residentID, number: "110105194912310021", today: testToday) }
    }

    @Test func typeNames() {
        #expect(CertificateType(name: "unified-social-credit-code") == .unifiedSocialCreditCode)
        #expect(CertificateType(name: "统一社会信用代码") == .unifiedSocialCreditCode)
        #expect(CertificateType(name: "身份证") == .residentID)
        #expect(CertificateType(name: "居民身份证") == .residentID)
        #expect(CertificateType(name: "护照") == .passport)
        #expect(CertificateType(name: "driver-licence") == nil)
        #expect(CertificateType.residentID.identifiesPerson == true)
        #expect(CertificateType.organizationCode.identifiesPerson == false)
        #expect(CertificateType.other.identifiesPerson == nil)
    }
}
