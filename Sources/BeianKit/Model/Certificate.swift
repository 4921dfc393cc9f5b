/// An identity document: its type and number.
public struct Certificate: Sendable, Hashable, Codable {
    /// The kind of document.
    public var type: CertificateType
    /// The number, in canonical form once validated.
    public var number: String

    /// Creates a certificate without checking it; `Certificate.validated` checks.
    public init(type: CertificateType, number: String) {
        self.type = type
        self.number = number
    }

    /// Checks the number against its type's format and check characters, returning the
    /// certificate in canonical form.
    public static func validated(type: CertificateType, number: String, today: CalendarDate) throws(IdentifierProblem) -> Certificate {
        let canonical: String
        switch type {
        case .unifiedSocialCreditCode:
            canonical = try UnifiedSocialCreditCode.validate(number)
        case .organizationCode:
            canonical = try OrganizationCode.validate(number)
        case .residentID, .hongKongMacaoResidencePermit, .taiwanResidencePermit:
            let id = try ResidentIDNumber(number, today: today)
            let prefix = String(id.text.prefix(2))
            if type == .hongKongMacaoResidencePermit, prefix != "81", prefix != "82" {
                throw IdentifierProblem(
                    code: "certificate.permit-region", message: "'\(number)' is a resident ID number; a Hong Kong or Macao residence permit number starts with 81 or 82",
                    hint: "choose the type resident-id, or check the number", arguments: ["value": number])
            }
            if type == .taiwanResidencePermit, prefix != "83" {
                throw IdentifierProblem(
                    code: "certificate.permit-region", message: "'\(number)' is not a Taiwan residence permit number, which starts with 83",
                    hint: "choose the type resident-id, or check the number", arguments: ["value": number])
            }
            canonical = id.text
        case .businessLicenseRegistration:
            canonical = try formatted(number, #"^[0-9]{15}$"#, "15 digits")
        case .passport:
            canonical = try formatted(number.uppercased(), #"^[A-Z0-9]{5,17}$"#, "5 to 17 letters and digits")
        case .hongKongMacaoPass:
            canonical = try formatted(number.uppercased(), #"^[HM][0-9]{8}([0-9]{2})?$"#, "H or M followed by 8 or 10 digits")
        case .taiwanPass:
            canonical = try formatted(number, #"^[0-9]{8}([0-9]{2})?$"#, "8 or 10 digits")
        case .foreignPermanentResidence:
            canonical = try formatted(number.uppercased(), #"^([A-Z]{3}[0-9]{12}|9[0-9]{16}[0-9X])$"#, "3 letters and 12 digits (2004 card) or 18 characters starting with 9 (2023 card)")
        case .institutionLegalPerson, .socialOrganization, .privateNonEnterprise, .militaryUnit, .other:
            canonical = try formatted(number.uppercased(), #"^[0-9A-Z][0-9A-Z-]{3,39}$"#, "4 to 40 letters, digits and dashes")
        }
        return Certificate(type: type, number: canonical)
    }

    private static func formatted(_ number: String, _ pattern: String, _ expectation: String) throws(IdentifierProblem) -> String {
        guard number.range(of: pattern, options: .regularExpression) != nil else {
            throw IdentifierProblem(
                code: "certificate.format", message: "'\(number)' does not look like a number of this document: expected \(expectation)",
                hint: "copy the number from the document, or check the certificate type",
                arguments: ["value": number, "expectation": expectation])
        }
        return number
    }
}
