/// One of the 31 provincial-level regions of mainland China whose communications administration
/// (通信管理局) keeps ICP filings.
public struct Province: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A stable English identifier, such as `hubei`.
    public let id: String
    /// The short Chinese name, such as `湖北`.
    public let name: String
    /// The full Chinese name of the region, such as `湖北省`.
    public let fullName: String
    /// The abbreviation that opens its filing numbers, such as `鄂`.
    public let abbreviation: Character
    /// Other abbreviations that real filing numbers of this region also carry, such as `云` for
    /// Yunnan beside the usual `滇`.
    public let alternateAbbreviations: [Character]

    /// The bureau that approves and cancels this region's filings, such as `湖北省通信管理局`.
    public var bureau: String { fullName + "通信管理局" }

    public var description: String { name }

    /// Every abbreviation this region's filing numbers may start with.
    public var abbreviations: [Character] { [abbreviation] + alternateAbbreviations }

    enum CodingKeys: String, CodingKey { case id, name, fullName, abbreviation, alternateAbbreviations }

    init(_ id: String, _ name: String, _ fullName: String, _ abbreviation: Character, _ alternates: [Character] = []) {
        self.id = id
        self.name = name
        self.fullName = fullName
        self.abbreviation = abbreviation
        self.alternateAbbreviations = alternates
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(String.self, forKey: .id)
        guard let province = Province.withID(id) else {
            throw DecodingError.dataCorruptedError(forKey: .id, in: container, debugDescription: "unknown province \(id)")
        }
        self = province
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(fullName, forKey: .fullName)
        try container.encode(String(abbreviation), forKey: .abbreviation)
        try container.encode(alternateAbbreviations.map(String.init), forKey: .alternateAbbreviations)
    }

    /// All 31 regions, in the order of the national administrative division codes.
    ///
    /// Abbreviations as real filing numbers carry them (DOMAIN.md, "Filing numbers"): Yunnan,
    /// Gansu, Guizhou and Sichuan mostly use 滇 陇 黔 蜀, but 云 甘 贵 川 also occur.
    public static let all: [Province] = [
        Province("beijing", "北京", "北京市", "京"),
        Province("tianjin", "天津", "天津市", "津"),
        Province("hebei", "河北", "河北省", "冀"),
        Province("shanxi", "山西", "山西省", "晋"),
        Province("inner-mongolia", "内蒙古", "内蒙古自治区", "蒙"),
        Province("liaoning", "辽宁", "辽宁省", "辽"),
        Province("jilin", "吉林", "吉林省", "吉"),
        Province("heilongjiang", "黑龙江", "黑龙江省", "黑"),
        Province("shanghai", "上海", "上海市", "沪"),
        Province("jiangsu", "江苏", "江苏省", "苏"),
        Province("zhejiang", "浙江", "浙江省", "浙"),
        Province("anhui", "安徽", "安徽省", "皖"),
        Province("fujian", "福建", "福建省", "闽"),
        Province("jiangxi", "江西", "江西省", "赣"),
        Province("shandong", "山东", "山东省", "鲁"),
        Province("henan", "河南", "河南省", "豫"),
        Province("hubei", "湖北", "湖北省", "鄂"),
        Province("hunan", "湖南", "湖南省", "湘"),
        Province("guangdong", "广东", "广东省", "粤"),
        Province("guangxi", "广西", "广西壮族自治区", "桂"),
        Province("hainan", "海南", "海南省", "琼"),
        Province("chongqing", "重庆", "重庆市", "渝"),
        Province("sichuan", "四川", "四川省", "蜀", ["川"]),
        Province("guizhou", "贵州", "贵州省", "黔", ["贵"]),
        Province("yunnan", "云南", "云南省", "滇", ["云"]),
        Province("tibet", "西藏", "西藏自治区", "藏"),
        Province("shaanxi", "陕西", "陕西省", "陕"),
        Province("gansu", "甘肃", "甘肃省", "陇", ["甘"]),
        Province("qinghai", "青海", "青海省", "青"),
        Province("ningxia", "宁夏", "宁夏回族自治区", "宁"),
        Province("xinjiang", "新疆", "新疆维吾尔自治区", "新"),
    ]

    /// The region whose filing numbers start with this abbreviation.
    public static func withAbbreviation(_ mark: Character) -> Province? {
        byAbbreviation[mark]
    }

    /// Every abbreviation and alternate, for the lookup each filing number needs.
    private static let byAbbreviation: [Character: Province] = Dictionary(
        all.flatMap { province in province.abbreviations.map { ($0, province) } }, uniquingKeysWith: { first, _ in first })

    /// The region with this English identifier, Chinese short name or abbreviation.
    public static func named(_ text: String) -> Province? {
        all.first { $0.id == text || $0.name == text || $0.fullName == text || String($0.abbreviation) == text }
            ?? (text.count == 1 ? withAbbreviation(Character(text)) : nil)
    }

    static func withID(_ id: String) -> Province? { all.first { $0.id == id } }

    /// Hubei, the region of the annual-review SMS.
    public static var hubei: Province { withID("hubei")! }
}
