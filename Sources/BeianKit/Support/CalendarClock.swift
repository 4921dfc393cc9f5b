/// Tells the engine which day it is. The engine asks on every call, so a service that runs for
/// weeks dates its documents, and picks the Hubei review's destination, by the day of the request.
///
/// ```swift
/// let engine = try BeianEngine()                                   // China's date, asked each call
/// let pinned = try BeianEngine(clock: .fixed(CalendarDate(iso: "2026-11-22")!))   // tests
/// ```
public struct CalendarClock: Sendable {
    private let now: @Sendable () -> CalendarDate

    /// A clock that asks `now` for the day.
    public init(_ now: @escaping @Sendable () -> CalendarDate) {
        self.now = now
    }

    /// The day in China (UTC+8) at the moment of asking, where the bureaus date their paperwork.
    public static let china = CalendarClock { CalendarDate.today() }

    /// A clock that always says `day`.
    public static func fixed(_ day: CalendarDate) -> CalendarClock {
        CalendarClock { day }
    }

    /// Which day it is now.
    public var today: CalendarDate { now() }
}
