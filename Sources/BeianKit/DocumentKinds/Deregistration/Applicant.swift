/// Who applies for a deregistration: the subject itself, or another unit or person (for
/// example the domain holder of an empty record).
public struct Applicant: Sendable, Hashable, Codable {
    /// The unit's full name, or the person's name.
    public var name: String
    /// The applicant's identity document.
    public var certificate: Certificate
    /// The contact person's name.
    public var contactName: String
    /// The contact person's mobile.
    public var mobile: MobileNumber
    /// The contact person's e-mail, when known.
    public var email: String?

    /// Whether the applicant is a unit (stamps a seal) rather than a person (signs).
    public var isUnit: Bool { certificate.type.identifiesPerson != true }

    /// Creates an applicant.
    public init(name: String, certificate: Certificate, contactName: String, mobile: MobileNumber, email: String? = nil) {
        self.name = name
        self.certificate = certificate
        self.contactName = contactName
        self.mobile = mobile
        self.email = email
    }

    /// The subject applying for its own filing, with its responsible person as the contact.
    public init(subject: Subject) {
        self.init(
            name: subject.name, certificate: subject.certificate, contactName: subject.owner.name,
            mobile: subject.owner.mobile, email: subject.owner.email)
    }
}

/// Whose filing the application cancels (申请类别).
public enum DeregistrationCategory: String, Sendable, Hashable, Codable, CaseIterable {
    /// The applicant's own filing (注销本单位备案).
    case own
    /// Another unit's or person's filing (注销他单位备案).
    case other
}

/// What entitles the applicant to cancel the filing (申请依据).
public enum DeregistrationBasis: String, Sendable, Hashable, Codable, CaseIterable {
    /// The applicant's certificate type and number match the filed subject (主体依据).
    case subject
    /// The applicant holds the domain, proven by a domain certificate or registrar record (域名依据).
    case domain
}
