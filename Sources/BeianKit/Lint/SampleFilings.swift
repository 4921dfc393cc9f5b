import Foundation

/// Filings used to render templates when linting them: a Hubei unit with two websites (one of
/// them expired), a Shandong unit, and a Hubei person. The certificate numbers pass their checks.
enum SampleFilings {
    static func unit(province mark: String = "鄂", today: CalendarDate) -> Filing {
        let json = """
            {"subject": {"name": "示例科技有限公司", "nature": "enterprise",
              "certificate": {"type": "unified-social-credit-code", "number": "91420100MA4K2X9Y9P"},
              "filingNumber": "\(mark)ICP备2019012345号", "address": "示例路1号",
              "legalRepresentative": {"name": "王五", "idNumber": "420102198503151234"},
              "owner": {"name": "张三", "mobile": "13812345678", "email": "zhang@example.cn"}},
             "websites": [
              {"name": "示例官网", "filingNumber": "\(mark)ICP备2019012345号-1", "domains": ["example.cn"],
               "owner": {"name": "李四", "mobile": "13012345678"}},
              {"name": "示例商城", "filingNumber": "\(mark)ICP备2019012345号-2", "domains": ["shop-example.cn"], "domainExpired": true}]}
            """
        return try! Filing(jsonData: Data(json.utf8), options: ValidationOptions(today: today))
    }

    static func person(today: CalendarDate) -> Filing {
        let json = """
            {"subject": {"name": "张三", "nature": "individual",
              "certificate": {"type": "resident-id", "number": "420102199001010014"},
              "filingNumber": "鄂ICP备2020012345号",
              "owner": {"name": "张三", "mobile": "13812345678"}},
             "websites": [{"name": "个人博客", "filingNumber": "鄂ICP备2020012345号-1", "domains": ["blog-example.cn"]}]}
            """
        return try! Filing(jsonData: Data(json.utf8), options: ValidationOptions(today: today))
    }

    /// A change of the Hubei unit that calls for every change document: the filing moves to
    /// another unit (transfer) and the first website gets a new responsible person.
    static func changePair(today: CalendarDate) -> (old: ChangeRecord, new: ChangeRecord) {
        let old = unit(today: today)
        let json = """
            {"subject": {"name": "示例承接有限公司", "nature": "enterprise",
              "certificate": {"type": "unified-social-credit-code", "number": "91350100M000100Y43"},
              "filingNumber": "鄂ICP备2019012345号", "address": "示例路2号",
              "legalRepresentative": {"name": "孙八"},
              "owner": {"name": "张三", "mobile": "13812345678"}},
             "websites": [
              {"name": "示例官网", "filingNumber": "鄂ICP备2019012345号-1", "domains": ["example.cn"],
               "owner": {"name": "钱七", "mobile": "13112345678", "idNumber": "11010519491231002X"}},
              {"name": "示例商城", "filingNumber": "鄂ICP备2019012345号-2", "domains": ["shop-example.cn"], "domainExpired": true}]}
            """
        let new = ChangeRecord.read(jsonData: Data(json.utf8), options: ValidationOptions(today: today)).record!
        return (ChangeRecord(filing: old, newWebsites: [], domainExpiry: [:]), new)
    }
}
