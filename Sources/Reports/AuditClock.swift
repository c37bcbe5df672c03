import Foundation

/// How the audit trail shows its times, which it stores in UTC (`2023-02-15T09:00:00Z`): in a
/// time zone with its offset (`2023-02-15T17:00:00+08:00`, the default: the local zone), or as
/// stored (`--utc`).
public struct AuditClock: Sendable {
    private let zone: TimeZone?
    /// The last hour looked up and its offset: a trail's entries come in runs of one hour.
    private let cache = OffsetCache()

    /// Times as stored, in UTC.
    public static let utc = AuditClock(zone: nil)

    /// Times in `zone` with its offset.
    public static func local(_ zone: TimeZone = .current) -> AuditClock { AuditClock(zone: zone) }

    private init(zone: TimeZone?) { self.zone = zone }

    /// `stored` (ISO 8601 in UTC) as this clock shows it; text of another form as it is.
    public func show(_ stored: String) -> String {
        guard let zone, let seconds = Self.secondsSinceEpoch(utc: stored) else { return stored }
        let offset = cache.offset(at: seconds, in: zone)
        return Self.format(seconds + offset, offset: offset)
    }

    /// Seconds since 1970 of `yyyy-MM-ddTHH:mm:ssZ`, or `nil`.
    static func secondsSinceEpoch(utc text: String) -> Int? {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), let hour = number(11..<13),
              let minute = number(14..<16), let second = number(17..<19), (1...12).contains(month) else { return nil }
        return daysSinceEpoch(year: year, month: month, day: day) * 86_400 + hour * 3_600 + minute * 60 + second
    }

    /// `seconds` (already shifted into the zone) as `yyyy-MM-ddTHH:mm:ss±HH:MM`.
    static func format(_ seconds: Int, offset: Int) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let (year, month, day) = civil(daysSinceEpoch: days)
        let time = seconds - days * 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        let sign = offset < 0 ? "-" : "+"
        return "\(year)-\(two(month))-\(two(day))T\(two(time / 3_600)):\(two(time / 60 % 60)):\(two(time % 60))"
            + "\(sign)\(two(abs(offset) / 3_600)):\(two(abs(offset) / 60 % 60))"
    }

    // Howard Hinnant's days_from_civil and civil_from_days (proleptic Gregorian calendar).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The zone's offset for the hour last asked about.
    private final class OffsetCache: @unchecked Sendable {
        private let lock = NSLock()
        private var hour = Int.min
        private var offset = 0

        func offset(at seconds: Int, in zone: TimeZone) -> Int {
            lock.lock()
            defer { lock.unlock() }
            let asked = seconds / 3_600
            if asked != hour {
                hour = asked
                offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(asked * 3_600)))
            }
            return offset
        }
    }
}
