import Diagnostics

/// A judge's seat on a panel, as people write it: `J3`, `j3` or `3` (1-based). The one reader
/// of seats, for marks files and marks keyed in alike.
public enum JudgeSeat {
    /// The seat number of `text`, or a diagnostic naming what was expected.
    public static func parse(_ text: String) throws(Diagnostic) -> Int {
        guard let seat = parse(bytes: Array(text.utf8)) else { throw problem(text) }
        return seat
    }

    /// The seat number of the UTF-8 bytes of a CSV cell; `nil` when they are not a seat.
    public static func parse<Bytes: Collection<UInt8>>(bytes: Bytes) -> Int? {
        var digits = bytes.first == UInt8(ascii: "J") || bytes.first == UInt8(ascii: "j") ? bytes.dropFirst() : bytes[...]
        if digits.first == UInt8(ascii: "+") { digits = digits.dropFirst() }
        var seat = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), seat < 100_000_000_000_000_000 else { return nil }
            seat = seat * 10 + Int(byte - UInt8(ascii: "0"))
        }
        guard !digits.isEmpty, seat >= 1 else { return nil }
        return seat
    }

    /// Why `text` is not a seat.
    public static func problem(_ text: String) -> Diagnostic {
        Diagnostic("invalid judge '\(text)'; expected a panel seat J1, J2, … (or 1, 2, …)")
    }
}
