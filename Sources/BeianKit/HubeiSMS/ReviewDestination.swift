/// Where the Hubei annual-review SMS goes: one SMS service code per carrier.
///
/// Source: the Alibaba Cloud filing manual, section 2.4 (the three codes and the Unicom change on
/// 2020-05-06); the earlier Unicom code from the bureau's notices (DOMAIN.md). These are SMS service
/// codes, not phone numbers.
public enum ReviewDestination {
    /// The day China Unicom's code changed.
    public static let unicomChangeDate = CalendarDate(year: 2020, month: 5, day: 6)!
    /// The last day of the 2020 review window.
    public static let reviewWindowClosed = CalendarDate(year: 2020, month: 7, day: 31)!
    /// The day by which, after the window closed, a subject on the bureau's public list had to
    /// have mailed the bureau its signed commitment letter (湖北省备案年度审核承诺书) to keep its
    /// filing: the date the 2020 manual gives (seed section 2.4), as a fact of that round.
    public static let commitmentLetterDeadline = CalendarDate(year: 2020, month: 9, day: 30)!

    static let chinaMobile = "106509719767"
    static let chinaTelecom = "10690738140694920"
    static let chinaUnicom = "10690333740694920"
    static let chinaUnicomBefore20200506 = "10690661740694920"

    /// The code a subscriber of `carrier` sends to on `date`; `nil` for a carrier with no code.
    public static func number(for carrier: Carrier, on date: CalendarDate) -> String? {
        switch carrier {
        case .chinaMobile: chinaMobile
        case .chinaTelecom: chinaTelecom
        case .chinaUnicom: date < unicomChangeDate ? chinaUnicomBefore20200506 : chinaUnicom
        case .chinaBroadnet: nil
        }
    }

    /// The carrier and validity period of a destination code, for explaining a wrong destination.
    static func describe(_ destination: String) -> (carrier: Carrier, note: String)? {
        switch destination {
        case chinaMobile: (.chinaMobile, "")
        case chinaTelecom: (.chinaTelecom, "")
        case chinaUnicom: (.chinaUnicom, " (in use from 2020-05-06)")
        case chinaUnicomBefore20200506: (.chinaUnicom, " (in use until 2020-05-05)")
        default: nil
        }
    }
}
