/// The filing entity (备案主体): a unit, or a natural person.
public struct Subject: Sendable, Hashable, Codable {
    /// The unit's full name, or the person's name (主办单位名称 / 主办人).
    public var name: String
    /// The nature of the subject.
    public var nature: SubjectNature
    /// The document that identifies the subject.
    public var certificate: Certificate
    /// The subject filing number (主体备案号).
    public var filingNumber: FilingNumber
    /// The correspondence address, when the record has one.
    public var address: String?
    /// The unit's legal representative, when the record has one.
    public var legalRepresentative: LegalRepresentative?
    /// The subject's responsible person (主体负责人).
    public var owner: Contact

    /// Creates a subject.
    public init(
        name: String, nature: SubjectNature, certificate: Certificate, filingNumber: FilingNumber,
        address: String? = nil, legalRepresentative: LegalRepresentative? = nil, owner: Contact
    ) {
        self.name = name
        self.nature = nature
        self.certificate = certificate
        self.filingNumber = filingNumber
        self.address = address
        self.legalRepresentative = legalRepresentative
        self.owner = owner
    }
}
