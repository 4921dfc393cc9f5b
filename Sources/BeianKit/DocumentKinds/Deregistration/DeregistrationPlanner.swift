/// Decides what a deregistration application says: the province's route, the numbers and domains
/// to cancel, the applicant, and the attachments; and what a person must be warned about.
struct DeregistrationPlanner {
    let filing: Filing
    let policies: [DeregistrationPolicy]
    let today: CalendarDate

    /// The decisions of one application.
    struct Plan {
        var policy: DeregistrationPolicy
        var request: DocumentRequests
        var websites: [Website]
        var applicant: Applicant
        var category: DeregistrationCategory
        /// The entitlement; `nil` when another's filing is cancelled and none was stated.
        var basis: DeregistrationBasis?
        var date: CalendarDate
        /// What the province asks for beside the form in this application.
        var attachments: [ProvinceAttachment]
        var diagnostics: [Diagnostic]

        var cancelsSubject: Bool { websites.isEmpty }
        /// The subject has no website left: a shell subject (空壳主体), as the record shows.
        var shellSubject: Bool
        /// The request states that the websites concerned are no longer hosted (空壳网站).
        var shellWebsites: Bool { !shellSubject && request.shell == true }
        /// Whether the applicant said the online route was tried.
        var onlineAttempted: Bool { request.onlineAttempted == true }

        /// Domains concerned: the selected websites', or every website's when the subject goes.
        var domains: [String] { websites.flatMap(\.domains) }
    }

    /// Plans an application; `route` says which routes the calling document serves.
    func plan(_ base: DocumentRequests, serving routes: Set<DeregistrationPolicy.Route>, document: String) throws(InputError) -> Plan {
        var log = DiagnosticLog()
        log.append(contentsOf: filing.diagnostics)
        let (request, overrides) = base.overridden(by: filing.requests)
        log.append(contentsOf: overrides)
        let policy = policies.first { $0.province == filing.province }!

        if !routes.contains(policy.route) {
            switch policy.route {
            case .notOffered:
                log.error(
                    "subject.filingNumber", "deregistration.not-offered",
                    "\(filing.province.fullName) does not take offline deregistration applications",
                    hint: policy.advice + " Either way, a submitted deregistration cannot be withdrawn.",
                    ["province": filing.province.fullName, "advice": policy.advice, "bureau": filing.province.bureau])
            case .onlineOnly:
                log.error(
                    "subject.filingNumber", "deregistration.online-only",
                    "\(filing.province.fullName) takes deregistration applications online only, not on paper", hint: policy.advice,
                    ["province": filing.province.fullName, "advice": policy.advice, "bureau": filing.province.bureau])
            case .mail:
                log.error(
                    "subject.filingNumber", "deregistration.mail-only",
                    "\(filing.province.fullName) takes mailed materials, not a form", hint: policy.advice,
                    ["province": filing.province.fullName, "advice": policy.advice])
            default:
                log.error(
                    "subject.filingNumber", "deregistration.wrong-province",
                    "the \(document) is for \(routes.contains(.mail) ? "Shandong (鲁)" : "other") filings; this one is filed in \(filing.province.fullName)",
                    hint: policy.route.producesForm ? "use beian deregistration-form for this filing" : policy.advice,
                    [
                        "document": document, "province": filing.province.fullName,
                        "provinces": routes.contains(.mail) ? "Shandong (鲁)" : "other", "variant": routes.contains(.mail) ? "mail" : "form",
                    ])
            }
        } else if policy.route == .onlineFirst, request.onlineAttempted != true {
            // The form's box saying the online route failed stays blank until the request says so.
            log.warning(
                "subject.filingNumber", "deregistration.online-first", policy.advice,
                hint:
                    "try the access provider's online deregistration before mailing or handing in this form; if it was tried and could not be finished, say so with requests.onlineAttempted and the form's box is ticked",
                ["province": filing.province.fullName, "advice": policy.advice])
        } else if policy.route == .unpublished {
            log.warning(
                "subject.filingNumber", "deregistration.unverified-form", policy.advice,
                ["province": filing.province.fullName, "advice": policy.advice])
        }

        let shellSubject = filing.websites.isEmpty
        if policy.shellOnly, routes.contains(policy.route), !shellSubject, request.shell != true {
            log.warning(
                "subject.filingNumber", "deregistration.not-shell",
                "the \(filing.province.fullName) form is for shell (空壳) filings only: a subject with no website left, or websites no longer hosted by the filing's access provider; this record lists \(filing.websites.count) website(s)",
                hint: "deregister an ordinary filing online through its access provider; if the websites are no longer hosted there, say so with requests.shell and the form says so",
                ["province": filing.province.fullName, "count": String(filing.websites.count)])
        }
        let websites = selectWebsites(request.websites, log: &log)
        let applicant = request.applicant ?? Applicant(subject: filing.subject)
        let sameHolder = applicant.certificate == filing.subject.certificate
        let category = request.category ?? (sameHolder ? .own : .other)
        // The subject basis of one's own filing is what the certificates show; holding the
        // domains is a claim only the applicant can make, so it is never assumed.
        let basis = request.basis ?? (category == .own ? .subject : nil)
        if basis == nil {
            log.warning(
                "requests.basis", "deregistration.basis-unstated",
                "no basis is given for cancelling another's filing: the form leaves both 申请依据 boxes blank",
                hint: "give requests.basis domain if the applicant holds the domains, and attach the domain certificate")
        }
        if category == .own, !sameHolder {
            log.error(
                "requests.category", "deregistration.own-mismatch",
                "the application is for the applicant's own filing, but the applicant's certificate (\(applicant.certificate.number)) is not the subject's (\(filing.subject.certificate.number))",
                hint: "use category other for another unit's filing, or correct the applicant's certificate",
                ["applicantNumber": applicant.certificate.number, "subjectNumber": filing.subject.certificate.number])
        }
        if basis == .subject, !sameHolder {
            log.error(
                "requests.basis", "deregistration.basis-mismatch",
                "the subject basis (主体依据) needs the applicant's certificate to match the filed subject's",
                hint: "use basis domain when the applicant holds the domain, and attach the domain certificate")
        }
        if routes.contains(policy.route) {
            checkConditions(of: policy, category: category, request: request, log: &log)
        }
        if request.reason == nil {
            log.warning(
                "requests.reason", "deregistration.reason-missing", "no reason is given; the form leaves the space blank for handwriting",
                hint: "give requests.reason, e.g. 网站不再运营")
        }
        if !websites.isEmpty, websites.count == filing.websites.count {
            log.warning(
                "requests.websites", "deregistration.all-websites",
                "cancelling every website leaves the subject \(filing.subject.filingNumber) without websites (an empty subject, 空壳主体)",
                hint: "to close everything, cancel the subject instead: leave out requests.websites",
                ["subject": filing.subject.filingNumber.text])
        }
        if request.websites.isEmpty, filing.websites.count > 0 {
            log.note(
                "subject.filingNumber", "deregistration.subject",
                "cancelling the subject number also cancels its \(filing.websites.count) website(s)",
                ["count": String(filing.websites.count)])
        }
        if let warning = Self.suffixWarning(domains: websites.isEmpty ? filing.websites.flatMap(\.domains) : websites.flatMap(\.domains)) {
            log.append(warning)
        }
        let diagnostics = log.entries.inReportOrder()
        if diagnostics.hasErrors { throw InputError(diagnostics.filter { !Self.outcomeCodes.contains($0.code) }) }
        let hasDomains = !(websites.isEmpty ? filing.websites : websites).flatMap(\.domains).isEmpty
        let attachments = policy.effectiveAttachments.filter {
            $0.applies(applicantIsUnit: applicant.isUnit, category: category, basis: basis, hasDomains: hasDomains)
        }
        return Plan(
            policy: policy, request: request, websites: websites, applicant: applicant, category: category,
            basis: basis, date: request.date ?? today, attachments: attachments, diagnostics: diagnostics, shellSubject: shellSubject)
    }

    /// Diagnostics that describe the document being made: a refused run leaves them out, so it
    /// reports the refusal and what to do, never what the application would have done.
    static let outcomeCodes: Set<String> = [
        "deregistration.subject", "deregistration.unverified-form", "deregistration.reason-missing",
        "deregistration.domain-suffix", "deregistration.not-shell", "deregistration.basis-unstated",
    ]

    /// Who may use the province's form: each rule the applicant has not stated to meet is a
    /// warning naming the rule and the way out; then how the application is sent.
    private func checkConditions(
        of policy: DeregistrationPolicy, category: DeregistrationCategory,
        request: DocumentRequests, log: inout DiagnosticLog
    ) {
        for condition in policy.conditions where condition.applies(to: category) {
            guard let flag = condition.unless, !flag.isStated(in: request) else { continue }
            log.warning(
                "subject.filingNumber", "deregistration.condition",
                "\(condition.rule) (\(condition.fact.confidence.rawValue) source)",
                hint:
                    "if the applicant meets the condition, say so with requests.\(flag.rawValue) and the form is written without this warning; otherwise deregister online through the access provider",
                [
                    "rule": condition.rule, "confidence": condition.fact.confidence.rawValue, "flag": flag.rawValue,
                    "province": filing.province.fullName,
                ])
        }
        // A paper form is expected to go by post or by hand; a bureau that takes it only by
        // e-mail is said here, because a mailed form would be lost time.
        let submission = policy.submission
        if submission.channel == .email {
            let contact = submission.contact.map { " to \($0)" } ?? ""
            log.warning(
                "subject.filingNumber", "deregistration.email-only",
                "\(policy.province.bureau) takes this application by e-mail only\(contact), not by post or by hand",
                hint: submission.fact.check ?? "send the filled-in, sealed form as the bureau's notice says",
                ["bureau": policy.province.bureau, "contact": contact, "address": submission.contact ?? ""])
        }
    }

    /// The manual's rule that a domain under a suffix the MIIT has not approved can never be filed
    /// again once deregistered. beian holds no sourced list of approved suffixes; it knows only
    /// that China's own country-code domains (.cn, .中国, run by CNNIC under the MIIT) are
    /// approved, so a deregistration with any other suffix is warned, naming the suffixes.
    static let chinaCountryCodeSuffixes: Set<String> = [".cn", ".中国", ".xn--fiqs8s"]

    static func suffixWarning(domains: [String]) -> Diagnostic? {
        var suffixes: [String] = []
        for domain in domains {
            guard let dot = domain.lastIndex(of: ".") else { continue }
            let suffix = String(domain[dot...]).lowercased()
            if chinaCountryCodeSuffixes.contains(suffix) { continue }
            if !suffixes.contains(suffix) { suffixes.append(suffix) }
        }
        guard !suffixes.isEmpty else { return nil }
        let concerned = " (here: \(suffixes.joined(separator: ", ")))"
        return Diagnostic(
            .warning, "websites", code: "deregistration.domain-suffix",
            "after deregistration, a domain under a suffix the MIIT has not approved can never be filed again; beian cannot check the suffixes\(concerned) against the ministry's list",
            hint: "before submitting, look each suffix up in the MIIT's published list of approved top-level domains (中国互联网域名体系); a submitted deregistration cannot be withdrawn",
            arguments: ["suffixes": suffixes.joined(separator: "、"), "concerned": concerned])
    }

    private func selectWebsites(_ numbers: [String], log: inout DiagnosticLog) -> [Website] {
        var selected: [Website] = []
        for (index, text) in numbers.enumerated() {
            let path = FieldPath.root.key("requests").key("websites").index(index)
            let number: FilingNumber
            do { number = try FilingNumber(text) } catch {
                log.append(error.diagnostic(at: path))
                continue
            }
            if number.province != filing.province {
                log.error(
                    path, "deregistration.foreign-number",
                    "'\(number)' is a \(number.province.name) number; this application goes to \(filing.province.bureau), which only cancels \(filing.province.name) numbers",
                    hint: "apply to \(number.province.bureau) separately for that number",
                    [
                        "value": number.text, "numberProvince": number.province.name, "bureau": filing.province.bureau,
                        "province": filing.province.name, "numberBureau": number.province.bureau,
                    ])
                continue
            }
            if number.kind == .subject {
                log.error(
                    path, "deregistration.subject-as-website", "'\(number)' is the subject number; requests.websites takes website numbers",
                    hint: "leave out requests.websites to cancel the subject with all its websites", ["value": number.text])
                continue
            }
            guard let website = filing.websites.first(where: { $0.filingNumber == number }) else {
                log.error(
                    path, "deregistration.unknown-website", "'\(number)' is not a website of this filing",
                    hint: "use one of: " + filing.websites.map(\.filingNumber.text).joined(separator: ", "),
                    ["value": number.text, "options": filing.websites.map(\.filingNumber.text).joined(separator: "、")])
                continue
            }
            if !selected.contains(website) { selected.append(website) }
        }
        return selected
    }
}
