/// A batch line holding `old` and `new` records (and optionally `id` and `changedOn`) is a change
/// pair: the `change` job plans it and writes the plan (JSON) and the documents it calls for.
extension BatchProcessor {
    static let changeKeys: Set<String> = ["id", "old", "new", "changedOn"]

    func processChange(_ fields: [String: JSONValue], into start: BatchResult) -> BatchResult {
        var result = start
        var problems: [Diagnostic] = []
        for key in fields.keys.sorted() where !Self.changeKeys.contains(key) {
            problems.append(
                Diagnostic(
                    .error, FieldPath.root / key, code: "change.pair-field",
                    "a change line holds only id, old, new and changedOn", hint: "remove '\(key)'", arguments: ["key": key]))
        }
        guard job.documents.contains(.change) else {
            result.diagnostics +=
                problems + [
                    Diagnostic(
                        .error, FieldPath.root, code: "batch.change-not-requested",
                        "this line holds the records before and after a change",
                        hint: "add change to --documents, or give a filing record on this line")
                ]
            return result
        }
        var changedOn: CalendarDate?
        if let value = fields["changedOn"] {
            if case .string(let text) = value, let day = CalendarDate(iso: text) {
                changedOn = day
            } else {
                problems.append(
                    Diagnostic(
                        .error, FieldPath.root / "changedOn", code: "date.format",
                        "changedOn must be a day such as \"2026-11-20\"", hint: "write YYYY-MM-DD"))
            }
        }
        func side(_ key: String) -> ChangeRecord? {
            guard let json = fields[key] else {
                problems.append(
                    Diagnostic(
                        .error, FieldPath.root / key, code: "field.missing", "the record \(key == "old" ? "before" : "after") the change is missing",
                        hint: "give both old and new"))
                return nil
            }
            let reading = ChangeRecord.read(json: json, options: job.validation)
            // Paths name the side: `new.websites[1].name`.
            problems += reading.diagnostics.map { diagnostic in
                var moved = diagnostic
                moved.path = diagnostic.path.isEmpty ? key : key + "." + diagnostic.path
                return moved
            }
            return reading.record
        }
        let old = side("old"), new = side("new")
        for document in job.documents where document != .change {
            result.skipped.append(.init(document: document.description, reason: "this line is a change pair; \(document) is made from one filing record"))
        }
        guard let old, let new, !problems.hasErrors else {
            result.diagnostics += problems.inReportOrder()
            return result
        }
        result.subjectFilingNumber = old.filing.subject.filingNumber.text
        // The job's date (`--date`) is the day the change is planned for, as `beian change --date`.
        var engine = self.engine
        if let day = job.requests.date { engine.clock = .fixed(day) }
        do throws(BeianError) {
            let plan = try engine.changePlan(old: old, new: new, changedOn: changedOn)
            problems += plan.problems
            if plan.isAllowed {
                let json = plan.json()
                var files = [BatchResult.File(document: "change", name: json.fileName, data: json.data)]
                for document in try engine.changeDocuments(for: plan) {
                    files.append(.init(document: document.kind.rawValue, name: document.fileName(as: job.format), data: try document.data(as: job.format)))
                }
                result.files = files
            }
        } catch {
            switch error {
            case .input(let error): problems += error.diagnostics
            case .template(let error): problems.append(Diagnostic(.error, FieldPath.root, code: "batch.template", "\(error)"))
            }
        }
        result.diagnostics += problems.inReportOrder()
        if result.failed { result.files = [] }
        return result
    }
}
