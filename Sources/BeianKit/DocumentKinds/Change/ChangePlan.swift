/// The kinds of change filing (change guide: 备案变更的常见类型).
public enum ChangeKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The subject's name, certificate, address, legal representative or responsible person.
    case subjectInfo = "subject-info"
    /// A website's name, responsible person or domains (domains may only be removed).
    case websiteInfo = "website-info"
    /// A website new under an existing subject: a filing of its own, not a change.
    case newWebsite = "new-website"
    /// A website no longer filed.
    case websiteCancellation = "website-cancellation"
    /// The filing moves to another subject (主体过户).
    case subjectTransfer = "subject-transfer"

    /// The name the provider's system gives the order.
    public var chineseName: String {
        switch self {
        case .subjectInfo: "主体信息变更"
        case .websiteInfo: "网站信息变更"
        case .newWebsite: "新增网站"
        case .websiteCancellation: "注销网站"
        case .subjectTransfer: "主体过户"
        }
    }
}

/// What `beian change` found between two records and what to do about it.
public struct ChangePlan: Sendable {
    /// One change found: its kind, the website it concerns and the fields that differ.
    public struct Change: Sendable, Hashable, Codable {
        public var kind: ChangeKind
        /// The website's filing number (or its name, for a new website); nil for the subject.
        public var website: String?
        public var fields: [FieldChange]
    }

    /// A field whose value differs; `old` or `new` is nil when the field is absent on that side.
    public struct FieldChange: Sendable, Hashable, Codable {
        public var path: String
        public var old: String?
        public var new: String?
    }

    /// One thing to do, in order; `date` is the earliest day it can be done, when one is known.
    public struct Step: Sendable, Hashable, Codable {
        public var text: String
        public var date: CalendarDate?
    }

    /// The materials one kind of change asks for.
    public struct Materials: Sendable, Hashable, Codable {
        public var kind: ChangeKind
        public var items: [String]
    }

    /// The record before the change.
    public var old: ChangeRecord
    /// The record after the change.
    public var new: ChangeRecord
    /// The day the plan is made for (`--date`).
    public var date: CalendarDate
    public var changes: [Change]
    /// Errors (what a change cannot do, with the route instead), warnings and notes.
    public var problems: [Diagnostic]
    public var steps: [Step]
    public var materials: [Materials]

    /// Whether the change can go ahead as planned: no problem is an error.
    public var isAllowed: Bool { !problems.hasErrors }

    /// The kinds found, each once, in the order of ``ChangeKind``.
    public var kinds: [ChangeKind] { ChangeKind.allCases.filter { kind in changes.contains { $0.kind == kind } } }
}
