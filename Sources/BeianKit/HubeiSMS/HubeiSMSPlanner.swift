/// Turns a filing and a request into the review messages: one per website, each from a
/// responsible person's mobile to the service code of that mobile's carrier.
struct HubeiSMSPlanner {
    let templates: TemplateLibrary
    let today: CalendarDate

    static let bodyTemplate = "sms/hubei-annual-review-body"

    func plan(for filing: Filing, request base: HubeiSMSRequest) throws -> HubeiSMSPlan {
        var log = DiagnosticLog()
        log.append(contentsOf: filing.diagnostics)
        let (request, overrides) = base.asDocumentRequests.overridden(by: filing.requests)
        log.append(contentsOf: overrides)

        if filing.province != .hubei {
            log.error(
                "subject.filingNumber", "sms.not-hubei",
                "the annual-review SMS is for filings in Hubei (鄂); \(filing.subject.filingNumber) is filed in \(filing.province.name)",
                hint: "only Hubei's bureau ran this review; nothing needs to be sent for this filing",
                ["subject": filing.subject.filingNumber.text, "province": filing.province.name])
        }
        if filing.websites.isEmpty {
            log.error(
                "websites", "sms.no-website", "the subject has no website; the review is reported per website number",
                hint: "add the subject's websites to the record (websites[].filingNumber)")
        }
        let provider = self.provider(request.provider, log: &log)
        let date = request.date ?? today
        if date > ReviewDestination.reviewWindowClosed {
            log.warning(
                .root, "sms.window-closed",
                "the 2020 review closed on \(ReviewDestination.reviewWindowClosed); messages sent on \(date) do not count for it",
                hint: "send them only if the bureau or your provider has announced a new round; give requests.date to plan for another day. "
                    + "For the 2020 round, the manual's way after the window was to mail the bureau the signed commitment letter "
                    + "(湖北省备案年度审核承诺书), to arrive by \(ReviewDestination.commitmentLetterDeadline)",
                ["closed": "\(ReviewDestination.reviewWindowClosed)", "date": "\(date)"])
        }

        var selected: [(index: Int, website: Website)] = []
        for (index, website) in filing.websites.enumerated() where request.websites.isEmpty || request.websites.contains(website.filingNumber.text) {
            selected.append((index, website))
        }
        let known = Set(filing.websites.map(\.filingNumber.text))
        for number in request.websites where !known.contains(number) {
            log.error(
                "requests.websites", "sms.unknown-website", "'\(number)' is not a website of this filing",
                hint: "use one of: " + filing.websites.map(\.filingNumber.text).joined(separator: ", "),
                ["value": number, "options": filing.websites.map(\.filingNumber.text).joined(separator: "、")])
        }

        var messages: [HubeiSMSMessage] = []
        for (index, website) in selected {
            let path = FieldPath.root.key("websites").index(index)
            guard website.filingNumber.kind == .website else {
                log.error(
                    path / "filingNumber", "sms.not-website",
                    "'\(website.filingNumber)' is \(website.filingNumber.kind == .app ? "an App" : "a mini-program") number; the review SMS reports website numbers (…号-N) only",
                    hint: "leave it out by choosing the websites to send for in requests.websites",
                    ["value": website.filingNumber.text])
                continue
            }
            guard let (sender, senderPath) = sender(for: website, at: path, in: filing, requested: request.sender, log: &log),
                let carrier = carrier(of: sender, at: senderPath, request: request, log: &log),
                let destination = ReviewDestination.number(for: carrier, on: date)
            else { continue }
            let status = request.websiteStatus[website.filingNumber.text] ?? request.status ?? .unchanged
            guard let provider else { continue }
            let body = try self.body(provider: provider, website: website.filingNumber, status: status)
            messages.append(
                HubeiSMSMessage(
                    websiteFilingNumber: website.filingNumber.text, sender: sender.digits, carrier: carrier,
                    destination: destination, body: body, websiteName: website.name, status: status))
        }
        let diagnostics = log.entries.inReportOrder()
        if diagnostics.hasErrors { throw InputError(diagnostics) }
        return HubeiSMSPlan(filing: filing, provider: provider!, sendDate: date, messages: messages, diagnostics: diagnostics)
    }

    // MARK: Steps

    private func provider(_ code: String?, log: inout DiagnosticLog) -> AccessProvider? {
        guard let code else {
            log.error(
                "requests.provider", "sms.provider-missing", "the access provider's code is missing",
                hint: "give your provider's three-digit code in requests.provider (阿里云 001)")
            return nil
        }
        do {
            let provider = try AccessProvider(code: code)
            if provider.name == nil {
                log.note(
                    "requests.provider", "sms.provider-unknown",
                    "provider code \(code) is not among the codes known to this tool; it is used as given",
                    hint: "check it against your provider's notice or review SMS", ["code": code])
            }
            return provider
        } catch {
            log.append(error.diagnostic(at: "requests.provider"))
            return nil
        }
    }

    /// Who sends the message of one website, and the field that mobile came from.
    private func sender(
        for website: Website, at path: FieldPath, in filing: Filing, requested: String?,
        log: inout DiagnosticLog
    ) -> (MobileNumber, FieldPath)? {
        let subjectMobile = filing.subject.owner.mobile
        if let text = requested {
            let requested: String
            do { requested = try MobileNumber(text).digits } catch {
                log.append(error.diagnostic(at: "requests.sender"))
                return nil
            }
            if requested == subjectMobile.digits { return (subjectMobile, "subject.owner.mobile") }
            if let own = website.owner?.mobile, own.digits == requested { return (own, path / "owner" / "mobile") }
            // The manual allows the subject's or "a website's" responsible person; reading that as
            // this website's own is stricter than the source, so another's is only a warning.
            if let index = filing.websites.firstIndex(where: { $0.owner?.mobile.digits == requested }),
                let other = filing.websites[index].owner?.mobile
            {
                log.warning(
                    path, "sms.sender-other-website",
                    "the sender \(requested) is the responsible person of websites[\(index)], not of this website; the manual allows any responsible person in the filing, but a stricter reading wants the subject's or this website's own",
                    hint: "to be safe, send from \(subjectMobile.digits)" + (website.owner.map { " or \($0.mobile.digits)" } ?? ""),
                    [
                        "sender": requested, "index": String(index), "variant": "plan",
                        "allowed": ([subjectMobile.digits] + (website.owner.map { [$0.mobile.digits] } ?? [])).joined(separator: " 或 "),
                    ])
                return (other, FieldPath.root.key("websites").index(index) / "owner" / "mobile")
            }
            log.error(
                path, "sms.sender-not-responsible",
                "the sender \(requested) is neither the subject's responsible person's mobile nor this website's",
                hint: "send from \(subjectMobile.digits)" + (website.owner.map { " or \($0.mobile.digits)" } ?? ""),
                [
                    "sender": requested, "variant": "plan",
                    "allowed": ([subjectMobile.digits] + (website.owner.map { [$0.mobile.digits] } ?? [])).joined(separator: " 或 "),
                ])
            return nil
        }
        if let own = website.owner?.mobile { return (own, path / "owner" / "mobile") }
        return (subjectMobile, "subject.owner.mobile")
    }

    /// The network the message leaves from: stated by the user, else guessed from the prefix.
    private func carrier(of sender: MobileNumber, at path: FieldPath, request: DocumentRequests, log: inout DiagnosticLog) -> Carrier? {
        let stated = request.carriersByMobile[sender.digits] ?? request.carrier
        if sender.isSatellite, stated == nil {
            log.error(
                path, "sms.satellite", "\(sender) is a satellite number, which cannot reach the review's SMS codes",
                hint: "send from the other responsible person's mobile, named in requests.sender",
                ["sender": "\(sender)"])
            return nil
        }
        guard let carrier = stated ?? sender.prefixCarrier else { return nil }
        if carrier == .chinaBroadnet {
            log.error(
                path, "sms.no-route", "\(sender) is a 中国广电 (China Broadnet) number; the review published codes for 移动, 联通 and 电信 only",
                hint: "send from another responsible person's mobile (requests.sender), or, if the number moved, state its carrier with requests.carrier, e.g. \(sender)=移动",
                ["sender": "\(sender)"])
            return nil
        }
        if stated == nil, sender.isVirtualOperator {
            log.warning(
                path, "sms.virtual-operator",
                "\(sender) belongs to a virtual operator on the \(carrier.chineseName) network; its message goes to \(carrier.chineseName)'s code",
                hint: "if the operator routes it elsewhere, state its carrier with requests.carrier, e.g. \(sender)=移动",
                ["sender": "\(sender)", "carrier": carrier.chineseName])
        }
        return carrier
    }

    private func body(provider: AccessProvider, website: FilingNumber, status: ReviewStatus) throws -> String {
        let rendered = try templates.render(
            Self.bodyTemplate,
            [
                "provider": provider.code,
                "websiteFilingNumber": website.text,
                "status": status.rawValue,
            ])
        let body = TextRules.trimmed(rendered)
        let expected = ReviewMessageBody(provider: provider.code, websiteFilingNumber: website, status: status)
        guard let records = try? ReviewMessageBody.parse(body), records == [expected] else {
            throw TemplateError(
                file: templates.origins[Self.bodyTemplate]?.description ?? Self.bodyTemplate,
                message: "the template renders '\(body)', which is not the review format \(expected.text)")
        }
        return body
    }
}
