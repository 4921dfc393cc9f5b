/// The status a website reports in the Hubei annual review (备案状态).
public enum ReviewStatus: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// The filed data has not changed since filing (无变化).
    case unchanged = "无变化"
    /// The filed data was updated during the review (已更新).
    case updated = "已更新"
    /// The website has been deregistered (已注销).
    case deregistered = "已注销"

    /// The English alias accepted on input.
    public var englishName: String {
        switch self {
        case .unchanged: "unchanged"
        case .updated: "updated"
        case .deregistered: "deregistered"
        }
    }

    public var description: String { rawValue }

    /// Reads a status from its Chinese text or English alias.
    public init?(name: String) {
        let key = name.trimmingCharacters(in: .whitespaces)
        if let status = ReviewStatus(rawValue: key) {
            self = status
        } else if let status = ReviewStatus.allCases.first(where: { $0.englishName == key.lowercased() }) {
            self = status
        } else {
            return nil
        }
    }

    /// The accepted spellings, for messages.
    static let spellings = "无变化 (unchanged), 已更新 (updated) or 已注销 (deregistered)"
}
