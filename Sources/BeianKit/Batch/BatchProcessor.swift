import Foundation

/// Processes one record of a batch: reads and checks it, decides which documents apply, and
/// generates them. Pure: no file I/O, so it runs on any task.
struct BatchProcessor: Sendable {
    let engine: BeianEngine
    let job: BatchJob

    func process(_ record: BatchRecord) -> BatchResult {
        var result = BatchResult(line: record.line, index: record.index, id: nil, subjectFilingNumber: nil,
                                 websiteLines: record.websiteLines, files: [], skipped: [], diagnostics: record.diagnostics)
        guard let json = record.json, !record.diagnostics.hasErrors else { return result }
        if case .object(let fields) = json, case .string(let id)? = fields["id"] { result.id = id }
        let reading = Filing.read(json: json, options: job.validation)
        guard let filing = reading.filing else {
            result.diagnostics += reading.diagnostics
            return result
        }
        result.subjectFilingNumber = filing.subject.filingNumber.text
        var diagnostics = reading.diagnostics
        var files: [BatchResult.File] = []
        for document in job.documents {
            if let reason = reasonNotApplicable(document, to: filing) {
                result.skipped.append(.init(document: document.description, reason: reason))
                continue
            }
            do {
                switch document {
                case .document(let kind):
                    let generated = try engine.document(kind, for: filing, requests: job.requests)
                    diagnostics += generated.diagnostics.filter { !filing.diagnostics.contains($0) }
                    files.append(.init(document: kind.rawValue, name: generated.fileName(as: job.format),
                                       data: generated.data(as: job.format)))
                case .hubeiSMS:
                    let plan = try engine.hubeiAnnualReviewSMS(for: filing, request: HubeiSMSRequest(requests: job.requests))
                    diagnostics += plan.diagnostics.filter { !filing.diagnostics.contains($0) }
                    let stem = GeneratedDocument.stem(for: filing, websites: [], name: document.description)
                    files.append(.init(document: "hubei-sms", name: stem + ".csv", data: Data(plan.csv().utf8)))
                }
            } catch let error as InputError {
                diagnostics += error.diagnostics.filter { !filing.diagnostics.contains($0) }
            } catch {
                diagnostics.append(Diagnostic(.error, FieldPath.root, code: "batch.template", "\(error)"))
            }
        }
        result.diagnostics += diagnostics.inReportOrder()
        if !result.failed { result.files = files }
        return result
    }

    /// Why a document does not apply to a filing (a Hubei SMS for a Beijing filing…), or `nil`.
    func reasonNotApplicable(_ document: BatchDocument, to filing: Filing) -> String? {
        let route = engine.policy(for: filing.province).route
        switch document {
        case .hubeiSMS:
            if filing.province != .hubei { return "the review SMS is for Hubei (鄂) filings; this one is \(filing.province.name)" }
            if filing.websites.isEmpty { return "the subject has no website to report" }
        case .document(.shandongMail):
            if route != .mail { return "the mailing package is for Shandong (鲁) filings; this one is \(filing.province.name)" }
        case .document(.deregistrationForm):
            if !route.producesForm { return engine.policy(for: filing.province).advice }
        case .document(.authorizationLetter):
            let scope = filing.requests.scope ?? job.requests.scope
            if !filing.subject.nature.isUnit, scope?.name != "transfer" {
                return "a person's filing needs no authorization letter"
            }
        }
        return nil
    }
}

extension HubeiSMSRequest {
    /// The SMS parameters of a set of document parameters.
    init(requests: DocumentRequests) {
        self.init(provider: requests.provider, status: requests.status, sender: requests.sender, carrier: requests.carrier,
                  carriersByMobile: requests.carriersByMobile, date: requests.date, websites: requests.websites)
    }
}
