import Foundation

/// The verdict on a log of sent review messages: each row, and the websites still unreported.
public struct SentMessageCheck: Sendable, Codable {
    /// The verdict on one row.
    public struct Row: Sendable, Codable {
        /// The line of the log the row starts on.
        public var line: Int
        /// The sending mobile, as the log gives it.
        public var sender: String
        /// The service number the message went to.
        public var destination: String
        /// The message text, such as `#001#鄂ICP备2019012345号-1#无变化#`.
        public var body: String
        /// When it was sent, as the log gives it; empty for a planned message.
        public var sentAt: String
        /// Whether the row records a sent message; a planned one (empty `sentAt`) is checked
        /// but reports no website yet.
        public var sent: Bool
        /// Whether the message is right (and, once sent, counts).
        public var ok: Bool
        /// What is wrong (errors) or worth knowing (warnings).
        public var problems: [Diagnostic]
    }

    /// Every row, in the log's order.
    public var rows: [Row]
    /// With a filing: its website numbers that no valid message reports yet.
    public var missingWebsites: [String]
    /// Problems of the log as a whole (unreadable rows, missing websites).
    public var problems: [Diagnostic]

    /// Whether every row counts and, with a filing, every website is reported.
    public var ok: Bool { rows.allSatisfy(\.ok) && missingWebsites.isEmpty && !problems.hasErrors }

    /// The verdict as JSON.
    public func json(in language: Language = .english) -> RenderedFile {
        let check = localized(in: language)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var object = (try? JSONSerialization.jsonObject(with: encoder.encode(check))) as? [String: Any] ?? [:]
        object["ok"] = ok
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return RenderedFile(data: data, mediaType: "application/json", fileName: "hubei-sms-check.json")
    }

    /// The verdict for a person: one line per row, problems indented, a summary.
    public func text(in language: Language = .english) -> RenderedFile {
        let report = language == .chinese ? localized(in: .chinese).chineseReport() : report()
        return RenderedFile(data: Data(report.utf8), mediaType: "text/plain; charset=utf-8", fileName: "hubei-sms-check.txt")
    }

    /// This verdict with every problem told in `language`.
    public func localized(in language: Language) -> SentMessageCheck {
        var told = self
        told.problems = problems.localized(in: language)
        for index in told.rows.indices { told.rows[index].problems = rows[index].problems.localized(in: language) }
        return told
    }

    /// The report as a filing clerk would write it, problems already told in Chinese.
    private func chineseReport() -> String {
        let labels: [Diagnostic.Severity: String] = [.error: "错误", .warning: "警告", .note: "说明"]
        var text = ""
        for row in rows {
            let when = row.sent ? "发送时间 \(row.sentAt)" : "（尚未发送）"
            text += "第 \(row.line) 行：\(row.ok ? "通过" : "不通过")  \(row.body)  \(row.sender) 发往 \(row.destination)  \(when)\n"
            for problem in row.problems {
                text += "  \(labels[problem.severity]!)：\(problem.message)\n"
                if let hint = problem.hint { text += "    提示：\(hint)\n" }
            }
        }
        for problem in problems {
            text += "\(labels[problem.severity]!)：" + (problem.path.isEmpty ? "" : "\(problem.path)：") + problem.message
            text += (problem.hint.map { "（提示：\($0)）" } ?? "") + "\n"
        }
        let failed = rows.filter { !$0.ok }.count
        text += "共 \(rows.count) 行：\(rows.count - failed) 行通过，\(failed) 行不通过"
        if !missingWebsites.isEmpty {
            text += "；\(missingWebsites.count) 个网站还没有有效的核验短信：\(missingWebsites.joined(separator: "、"))"
        }
        return text + "\n"
    }

    private func report() -> String {
        var text = ""
        for row in rows {
            let when = row.sent ? "on \(row.sentAt)" : "(not sent yet)"
            text += "line \(row.line): \(row.ok ? "ok" : "FAILED")  \(row.body)  from \(row.sender) to \(row.destination) \(when)\n"
            for problem in row.problems {
                text += "  \(problem.severity.rawValue): \(problem.message)\n"
                if let hint = problem.hint { text += "    hint: \(hint)\n" }
            }
        }
        for problem in problems {
            text += problem.description + "\n"
        }
        let failed = rows.filter { !$0.ok }.count
        text += "\(rows.count) row(s): \(rows.count - failed) ok, \(failed) failed"
        if !missingWebsites.isEmpty {
            text += "; \(missingWebsites.count) website(s) without a valid message: \(missingWebsites.joined(separator: ", "))"
        }
        return text + "\n"
    }
}

/// Checks a log of sent messages against the review's rules and, optionally, a filing.
struct SentMessageChecker {
    var filing: Filing?
    var carrier: Carrier?
    var carriersByMobile: [String: Carrier]
    /// The day a planned, unsent message is checked for: its destination is the code on that day.
    var today: CalendarDate

    func check(_ log: SentMessageLog) -> SentMessageCheck {
        var rows: [SentMessageCheck.Row] = []
        var reported = Set<String>()
        var planned: [String: Int] = [:]
        for entry in log.entries {
            var problems = DiagnosticLog()
            let counted = check(entry, problems: &problems)
            let ok = !problems.hasErrors
            // The bureau counts the first record of a message that holds several, so that row
            // still reports its first website when nothing else is wrong with it.
            let counts = !problems.entries.contains { $0.severity == .error && $0.code != "sms-log.several-records" }
            let sent = !entry.sentAt.isEmpty
            if counts, let counted {
                if sent { reported.insert(counted) } else { planned[counted] = entry.line }
            }
            rows.append(
                .init(
                    line: entry.line, sender: entry.sender, destination: entry.destination, body: entry.body,
                    sentAt: entry.sentAt, sent: sent, ok: ok, problems: problems.entries.inReportOrder()))
        }
        var overall = log.problems
        var missing: [String] = []
        if let filing {
            for (index, website) in filing.websites.enumerated() where website.filingNumber.kind == .website && !reported.contains(website.filingNumber.text) {
                missing.append(website.filingNumber.text)
                if let line = planned[website.filingNumber.text] {
                    overall.append(
                        Diagnostic(
                            .error, FieldPath.root.key("websites").index(index), code: "sms-log.not-sent",
                            "\(website.filingNumber) (\(website.name)) has a message planned on line \(line), not sent yet",
                            hint: "send it, then fill in that row's sentAt (YYYY-MM-DD HH:MM) and check again",
                            arguments: ["number": website.filingNumber.text, "name": website.name, "line": String(line)]))
                    continue
                }
                overall.append(
                    Diagnostic(
                        .error, FieldPath.root.key("websites").index(index), code: "sms-log.missing",
                        "\(website.filingNumber) (\(website.name)) has no valid review message in the log",
                        hint: "send its message: plan it for this website with requests.websites and your provider's code in requests.provider",
                        arguments: ["number": website.filingNumber.text, "name": website.name]))
            }
        }
        return SentMessageCheck(rows: rows, missingWebsites: missing, problems: overall)
    }

    /// Checks one row; returns the website number it validly reports, if any.
    private func check(_ entry: SentMessageLog.Entry, problems: inout DiagnosticLog) -> String? {
        let sender: MobileNumber?
        do { sender = try MobileNumber(entry.sender) } catch {
            problems.error("sender", error.code, error.message, hint: error.hint, error.arguments)
            sender = nil
        }
        // A planned row (the plan's CSV before anyone filled in sentAt) is checked as if sent today.
        let date = entry.sentAt.isEmpty ? today : CalendarDate(iso: entry.sentAt)
        if date == nil {
            problems.error(
                "sentAt", "sms-log.date", "'\(entry.sentAt)' is not a date", hint: "write it as YYYY-MM-DD, optionally followed by the time",
                ["value": entry.sentAt])
        }
        var records: [ReviewMessageBody] = []
        do { records = try ReviewMessageBody.parse(entry.body) } catch {
            problems.error("body", error.code, error.message, hint: error.hint, error.arguments)
        }
        if records.count > 1 {
            problems.error(
                "body", "sms-log.several-records",
                "the message holds \(records.count) records; the bureau counts only the first (\(records[0].websiteFilingNumber))",
                hint: "send one message per website number; the others still need their own message",
                ["count": String(records.count), "first": records[0].websiteFilingNumber.text])
        }
        if let sender, let date {
            checkDestination(entry.destination, sender: sender, date: date, problems: &problems)
            if !entry.sentAt.isEmpty, date > ReviewDestination.reviewWindowClosed {
                problems.warning(
                    "sentAt", "sms.window-closed", "sent after the 2020 review closed on \(ReviewDestination.reviewWindowClosed)",
                    ["closed": "\(ReviewDestination.reviewWindowClosed)", "date": "\(date)"])
            }
        }
        guard let first = records.first else { return nil }
        if let filing {
            let number = first.websiteFilingNumber.text
            guard let website = filing.websites.first(where: { $0.filingNumber.text == number }) else {
                problems.error(
                    "body", "sms-log.foreign-website", "\(number) is not a website of the filing \(filing.subject.filingNumber)",
                    hint: "check the number in the body",
                    ["number": number, "subject": filing.subject.filingNumber.text])
                return nil
            }
            if let sender {
                let allowed = [filing.subject.owner.mobile.digits, website.owner?.mobile.digits].compactMap { $0 }
                if !allowed.contains(sender.digits),
                    let index = filing.websites.firstIndex(where: { $0.owner?.mobile.digits == sender.digits })
                {
                    problems.warning(
                        "sender", "sms.sender-other-website",
                        "\(sender) is the responsible person of websites[\(index)], not of \(number); the manual allows any responsible person in the filing, but a stricter reading wants the subject's or this website's own",
                        hint: "to be safe, send again from \(allowed.joined(separator: " or "))",
                        ["sender": "\(sender)", "index": String(index), "number": number, "allowed": allowed.joined(separator: " 或 ")])
                } else if !allowed.contains(sender.digits) {
                    problems.error(
                        "sender", "sms.sender-not-responsible",
                        "\(sender) is not the mobile of the subject's or this website's responsible person",
                        hint: "send again from \(allowed.joined(separator: " or "))",
                        ["sender": "\(sender)", "allowed": allowed.joined(separator: " 或 ")])
                }
            }
            if let expected = filing.requests.provider, expected != first.provider {
                problems.warning(
                    "body", "sms-log.provider", "the body names provider \(first.provider), but the record's provider is \(expected)",
                    ["provider": first.provider, "expected": expected])
            }
        }
        return first.websiteFilingNumber.text
    }

    private func checkDestination(_ destination: String, sender: MobileNumber, date: CalendarDate, problems: inout DiagnosticLog) {
        // The same precedence as when the messages are written: the record's requests over the
        // caller's, a carrier stated for this mobile over one stated for every sender.
        let record = filing?.requests
        let stated = record?.carriersByMobile[sender.digits] ?? carriersByMobile[sender.digits] ?? record?.carrier ?? carrier
        if sender.isSatellite, stated == nil {
            problems.error(
                "sender", "sms.satellite", "\(sender) is a satellite number, which cannot reach the review's SMS codes",
                hint: "send from a responsible person's 移动, 联通 or 电信 mobile", ["sender": "\(sender)"])
            return
        }
        guard let carrier = stated ?? sender.prefixCarrier else { return }
        guard let expected = ReviewDestination.number(for: carrier, on: date) else {
            problems.error(
                "sender", "sms.no-route", "\(sender) is on the \(carrier.chineseName) network, which has no review code",
                hint: "send from a responsible person's 移动, 联通 or 电信 mobile, or, if the number moved, state its carrier with requests.carrier, e.g. \(sender)=移动",
                ["sender": "\(sender)", "carrier": carrier.chineseName, "variant": "network"])
            return
        }
        guard destination != expected else { return }
        let guess = stated == nil ? " by its prefix" : ""
        if let (owner, period) = ReviewDestination.describe(destination) {
            if owner == carrier {
                problems.error(
                    "destination", "sms-log.destination-date",
                    "\(destination) is \(carrier.chineseName)'s code\(period), but on \(date) that carrier's code was \(expected)",
                    hint: "send again to \(expected)",
                    [
                        "destination": destination, "carrier": carrier.chineseName, "date": "\(date)", "expected": expected,
                        "period": period,
                    ])
            } else {
                problems.error(
                    "destination", "sms-log.destination-carrier",
                    "\(destination) is \(owner.chineseName)'s code\(period), but \(sender) is a \(carrier.chineseName) number\(guess); its code on \(date) was \(expected)",
                    hint: stated == nil
                        ? "if the number moved to \(owner.chineseName), state it with requests.carrier \(sender)=\(owner.rawValue); otherwise send again to \(expected)" : "send again to \(expected)",
                    [
                        "destination": destination, "owner": owner.chineseName, "sender": "\(sender)",
                        "carrier": carrier.chineseName, "date": "\(date)", "expected": expected,
                        "period": period, "guess": guess,
                    ])
            }
        } else {
            problems.error(
                "destination", "sms-log.destination-unknown", "\(destination) is not a review code",
                hint: "\(carrier.chineseName) subscribers send to \(expected)",
                ["destination": destination, "carrier": carrier.chineseName, "expected": expected])
        }
    }
}
