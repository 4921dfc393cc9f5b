import Foundation

/// Processes one record of a batch: reads and checks it, decides which documents apply, and
/// generates them. Pure: no file I/O, so it runs on any task.
struct BatchProcessor: Sendable {
    let engine: BeianEngine
    let job: BatchJob
    /// The job's parameters, checked once for the whole batch.
    private let requests: Result<DocumentRequests, InputError>

    init(engine: BeianEngine, job: BatchJob) {
        self.engine = engine
        self.job = job
        do throws(InputError) {
            requests = .success(try job.requests.validated(options: job.validation).0)
        } catch {
            requests = .failure(error)
        }
    }

    func process(_ record: BatchRecord) -> BatchResult {
        var result = BatchResult(
            line: record.line, index: record.index, id: nil, subjectFilingNumber: nil,
            websiteLines: record.websiteLines, files: [], skipped: [], diagnostics: record.diagnostics)
        guard let json = record.json, !record.diagnostics.hasErrors else { return result }
        if case .object(let fields) = json, case .string(let id)? = fields["id"] { result.id = id }
        if case .object(let fields) = json, fields["old"] != nil || fields["new"] != nil {
            return processChange(fields, into: result)
        }
        let reading = Filing.read(json: json, options: job.validation)
        guard let filing = reading.filing else {
            result.diagnostics += reading.diagnostics
            return result
        }
        result.subjectFilingNumber = filing.subject.filingNumber.text
        let requests: DocumentRequests
        switch self.requests {
        case .success(let checked): requests = checked
        case .failure(let error):
            result.diagnostics += error.diagnostics
            return result
        }
        var diagnostics = reading.diagnostics
        var files: [BatchResult.File] = []
        for document in job.documents {
            if let reason = reasonNotApplicable(document, to: filing, requests: requests) {
                result.skipped.append(.init(document: document.description, reason: reason))
                continue
            }
            do throws(BeianError) {
                switch document {
                case .document(let kind):
                    let generated = try engine.generate(kind, for: filing, requests: requests)
                    diagnostics += generated.diagnostics.filter { !filing.diagnostics.contains($0) }
                    let (data, warnings) = try generated.dataWithWarnings(as: job.format, fonts: job.fonts)
                    diagnostics += warnings
                    files.append(.init(document: kind.rawValue, name: generated.fileName(as: job.format), data: data))
                case .hubeiSMS:
                    let plan = try engine.hubeiAnnualReviewSMS(for: filing, request: HubeiSMSRequest(requests: requests))
                    diagnostics += plan.diagnostics.filter { !filing.diagnostics.contains($0) }
                    let file = plan.csv()
                    files.append(.init(document: "hubei-sms", name: file.fileName, data: file.data))
                case .change:
                    break  // not applicable to a single record, see reasonNotApplicable
                }
            } catch {
                switch error {
                case .input(let error): diagnostics += error.diagnostics.filter { !filing.diagnostics.contains($0) }
                case .template(let error):
                    diagnostics.append(
                        Diagnostic(
                            .error, FieldPath.root, code: "batch.template", "\(error)",
                            arguments: ["error": "\(error)"]))
                }
            }
        }
        result.diagnostics += diagnostics.inReportOrder()
        if !result.failed { result.files = files }
        return result
    }

    /// Why a document does not apply to a filing (a Hubei SMS for a Beijing filing…), or `nil`.
    func reasonNotApplicable(_ document: BatchDocument, to filing: Filing, requests: DocumentRequests) -> String? {
        switch document {
        case .hubeiSMS:
            if filing.province != .hubei { return "the review SMS is for Hubei (鄂) filings; this one is \(filing.province.name)" }
            if filing.websites.isEmpty { return "the subject has no website to report" }
            return nil
        case .document(let kind):
            return engine.reasonNotApplicable(kind, to: filing, requests: requests)
        case .change:
            return "a change needs a line holding the records before and after it: {\"old\": {…}, \"new\": {…}}"
        }
    }
}

extension HubeiSMSRequest {
    /// The SMS parameters of a set of document parameters.
    init(requests: DocumentRequests) {
        self.init(
            provider: requests.provider, status: requests.status, sender: requests.sender, carrier: requests.carrier,
            carriersByMobile: requests.carriersByMobile, date: requests.date, websites: requests.websites)
    }
}
