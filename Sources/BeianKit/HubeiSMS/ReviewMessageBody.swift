/// The body of a review SMS, `#<provider code>#<website filing number>#<status>#`: written by
/// the planner, read back by the log checker.
public struct ReviewMessageBody: Sendable, Hashable {
    /// The access provider's code.
    public var provider: String
    /// The website's filing number.
    public var websiteFilingNumber: FilingNumber
    /// The reported status.
    public var status: ReviewStatus

    /// The text of the body.
    public var text: String { "#\(provider)#\(websiteFilingNumber.text)#\(status.rawValue)#" }

    /// Reads a body. Returns every record it holds (a well-formed message holds one; the bureau
    /// counts only the first of several), or throws what is malformed.
    public static func parse(_ text: String) throws(IdentifierProblem) -> [ReviewMessageBody] {
        let body = TextRules.trimmed(text)
        let hint = "write it as #001#鄂ICP备2019012345号-1#无变化#: provider code, website number and status between # signs, nothing else"
        if body.contains("＃") {
            throw IdentifierProblem(
                code: "sms-body.full-width", message: "the body uses the full-width ＃; the format needs the ASCII #", hint: hint,
                arguments: ["value": text])
        }
        guard body.hasPrefix("#"), body.hasSuffix("#"), body.count > 1 else {
            throw IdentifierProblem(
                code: "sms-body.shape", message: "'\(text)' must start and end with #", hint: hint,
                arguments: ["value": text])
        }
        if body.contains(where: \.isWhitespace) {
            throw IdentifierProblem(
                code: "sms-body.spaces", message: "'\(text)' contains spaces or line breaks, which the format has none of", hint: hint,
                arguments: ["value": text])
        }
        // "##" between records is how people glue several messages together; treat it as one #.
        // Anywhere else an empty field is malformed.
        let pieces = body.dropFirst().dropLast().split(separator: "#", omittingEmptySubsequences: false).map(String.init)
        var fields: [String] = []
        for (index, piece) in pieces.enumerated() {
            let betweenRecords = !fields.isEmpty && fields.count % 3 == 0 && !pieces[index - 1].isEmpty && index + 1 < pieces.count
            if piece.isEmpty, betweenRecords { continue }
            guard !piece.isEmpty else {
                throw IdentifierProblem(
                    code: "sms-body.fields", message: "'\(text)' has an empty field between two # signs", hint: hint,
                    arguments: ["value": text])
            }
            fields.append(piece)
        }
        guard !fields.isEmpty, fields.count % 3 == 0 else {
            throw IdentifierProblem(
                code: "sms-body.fields", message: "'\(text)' has \(fields.count) fields between # signs; a record has 3", hint: hint,
                arguments: ["value": text, "count": String(fields.count)])
        }
        var records: [ReviewMessageBody] = []
        for start in stride(from: 0, to: fields.count, by: 3) {
            let code = fields[start], number = fields[start + 1], statusText = fields[start + 2]
            let provider: AccessProvider
            do { provider = try AccessProvider(code: code) } catch {
                throw IdentifierProblem(
                    code: "sms-body.provider", message: "in '\(text)': \(error.message)", hint: error.hint,
                    arguments: ["value": text, "code": code])
            }
            let filingNumber: FilingNumber
            do { filingNumber = try FilingNumber(number) } catch {
                throw IdentifierProblem(
                    code: "sms-body.filing-number", message: "in '\(text)': \(error.message)", hint: error.hint,
                    arguments: ["value": text, "number": number])
            }
            guard filingNumber.kind == .website else {
                throw IdentifierProblem(
                    code: "sms-body.not-website", message: "in '\(text)': '\(number)' is a \(filingNumber.kind.rawValue) number; each message reports one website number (…号-N)", hint: hint,
                    arguments: ["value": text, "number": number])
            }
            guard let status = ReviewStatus(rawValue: statusText) else {
                throw IdentifierProblem(
                    code: "sms-body.status", message: "in '\(text)': '\(statusText)' is not a status; the body must say 无变化, 已更新 or 已注销", hint: hint,
                    arguments: ["value": text, "status": statusText])
            }
            records.append(ReviewMessageBody(provider: provider.code, websiteFilingNumber: filingNumber, status: status))
        }
        return records
    }
}
