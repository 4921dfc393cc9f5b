/// How a province's bureau takes the application, and whom to send it to.
public struct Submission: Sendable, Hashable, Codable {
    /// The channel.
    public enum Channel: String, Sendable, Hashable, Codable, CaseIterable {
        /// 传真, 邮寄, 快递, 电子邮件, 线上系统.
        case fax, post, courier, email, online
        /// Not found.
        case unknown

        /// The channel in Chinese, as the submission sheet prints it.
        public var chineseName: String {
            switch self {
            case .fax: "传真"
            case .post: "邮寄"
            case .courier: "快递"
            case .email: "电子邮件"
            case .online: "在线办理"
            case .unknown: "未查到"
            }
        }

        /// What its contact is called, in Chinese.
        var contactName: String {
            switch self {
            case .fax: "传真号码"
            case .post, .courier: "地址"
            case .email: "电子邮箱"
            case .online: "系统网址"
            case .unknown: "联系方式"
            }
        }

        /// In English, for diagnostics.
        public var englishName: String {
            switch self {
            case .fax: "by fax"
            case .post: "by post"
            case .courier: "by express courier"
            case .email: "by e-mail"
            case .online: "online"
            case .unknown: "by a channel beian does not know"
            }
        }
    }

    /// The channel.
    public var channel: Channel
    /// Where to send it (address, number, mailbox) as found; `nil` when not found.
    public var contact: String?
    /// Where the channel and contact come from.
    public var fact: SourcedFact

    /// A submission nobody found.
    static let unknown = Submission(
        channel: .unknown, contact: nil,
        fact: .notFound(check: "ask the bureau how it takes deregistration applications"))
}
