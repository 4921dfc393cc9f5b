/// A responsible person (负责人) with the contact details filings record.
public struct Contact: Sendable, Hashable, Codable {
    /// The person's name.
    public var name: String
    /// The mobile number; the bureau and the provider call and text it.
    public var mobile: MobileNumber
    /// The e-mail address, when the record has one.
    public var email: String?
    /// The person's identity document, when the record has one.
    public var certificate: Certificate?

    /// Creates a contact.
    public init(name: String, mobile: MobileNumber, email: String? = nil, certificate: Certificate? = nil) {
        self.name = name
        self.mobile = mobile
        self.email = email
        self.certificate = certificate
    }
}

/// A unit's legal representative (法定代表人).
public struct LegalRepresentative: Sendable, Hashable, Codable {
    /// The person's name.
    public var name: String
    /// The person's identity document, when the record has one.
    public var certificate: Certificate?

    /// Creates a legal representative.
    public init(name: String, certificate: Certificate? = nil) {
        self.name = name
        self.certificate = certificate
    }
}
