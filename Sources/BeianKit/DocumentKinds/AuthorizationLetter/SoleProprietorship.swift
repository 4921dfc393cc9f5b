/// The checks behind an authorization letter without a seal: only a sole proprietorship
/// (个体工商户) may sign and press a fingerprint instead of stamping, so the letter must not
/// say "本单位为个体工商户" of a unit whose record says otherwise.
enum SoleProprietorship {
    /// Words in a name that only a company (公司) carries.
    static let companyWords = ["有限公司", "有限责任公司", "股份公司", "集团"]

    /// Adds an error naming every part of the record that contradicts a sole proprietorship, and
    /// a warning when the operator's ID number is unknown.
    static func check(_ subject: Subject, log: inout DiagnosticLog) {
        var reasons: [String] = []
        if subject.nature != .enterprise {
            reasons.append("its nature is \(subject.nature.rawValue) (\(subject.nature.chineseName)), not enterprise")
        }
        if let word = companyWords.first(where: { subject.name.contains($0) }) {
            reasons.append("its name '\(subject.name)' contains '\(word)', a company's")
        }
        let certificate = subject.certificate
        switch certificate.type {
        case .unifiedSocialCreditCode:
            // GB 32100: the first character is the registering authority (9 = market regulation),
            // the second the kind of entity (2 = 个体工商户).
            if !certificate.number.hasPrefix("92") {
                reasons.append("its credit code \(certificate.number) starts with \(certificate.number.prefix(2)), while a sole proprietorship's starts with 92")
            }
        case .businessLicenseRegistration:
            break
        default:
            reasons.append("its certificate is a \(certificate.type.chineseName), not a business licence")
        }
        if !reasons.isEmpty {
            log.error(
                "requests.noSeal", "authorization.no-seal-not-sole-proprietor",
                "the no-seal letter is for a sole proprietorship (个体工商户), which signs and presses a fingerprint instead of a seal; this record is not one: " + reasons.joined(separator: "; "),
                hint: "a unit stamps its official seal (公章): leave out requests.noSeal, or correct the subject's nature and certificate",
                ["reasons": reasons.joined(separator: "; ")])
        } else if subject.owner.certificate == nil {
            log.warning(
                "subject.owner.idNumber", "authorization.operator-id-missing",
                "the operator (经营者) is the responsible person \(subject.owner.name), whose ID number the record lacks; the letter leaves it blank to write by hand",
                hint: "add subject.owner.idNumber to print it", ["name": subject.owner.name])
        }
    }
}
