import CSVReading
import Diagnostics
import CompetitionConfig
import ExactNumbers
import SkillsScoring

/// Reads the rows of a marks file straight from their bytes, for the import of a million
/// marks: a marks file comes grouped (a trade's rows together, an entrant's marks together,
/// the same few components and mark values again and again), so the last trade and entrant,
/// the components and aspects seen, and the text of each short mark value are remembered and
/// matched by their bytes. Only what is new is turned into strings and looked up. Cells are
/// trimmed as `CSVHeader.cell` trims them, and unknown trades and codes are reported by
/// `EntrantLookup`, as in every import.
struct MarkRowDecoder {
    /// A marks row resolved: trade, entrant, slot and value (not yet checked against the rules).
    struct Mark {
        var trade: Trade
        var entrant: EntrantLookup.Entrant
        var code: String
        var slot: MarkSlot
        var value: Rational
        /// The value as stored: its shortest exact decimal form (`86.5` for `86.50`).
        var text: String
    }

    private let lookup: EntrantLookup
    private let columns: EntrantLookup.Columns
    private var lastTrade: (bytes: [UInt8], trade: Trade)?
    private var lastEntrant: (bytes: [UInt8], entrant: EntrantLookup.Entrant, code: String)?
    private var components = RememberedNames<ComponentID>()
    private var aspects = RememberedNames<AspectID>()
    private var values = RememberedDecimals()

    init(_ lookup: EntrantLookup, columns: EntrantLookup.Columns) {
        self.lookup = lookup
        self.columns = columns
    }

    mutating func decode(_ record: CSVRawRecord) throws(Diagnostic) -> Mark {
        let trade = try self.trade(record)
        let (entrant, code) = try self.entrant(record, trade: trade)
        guard let component = Self.remembered(&components, column: columns.component, in: record, make: { ComponentID($0) }) else {
            throw Diagnostic("component is empty")
        }
        let judge = try self.judge(record)
        let aspect = Self.remembered(&aspects, column: columns.aspect, in: record, make: { AspectID($0) })
        let (value, text) = try self.value(record)
        return Mark(trade: trade, entrant: entrant, code: code,
                    slot: MarkSlot(component: component, judge: judge, aspect: aspect), value: value, text: text)
    }

    private mutating func trade(_ record: CSVRawRecord) throws(Diagnostic) -> Trade {
        try Self.cell(columns.trade, in: record) { bytes throws(Diagnostic) -> Trade in
            if let last = lastTrade, bytes.elementsEqual(last.bytes) { return last.trade }
            guard !bytes.isEmpty else { throw Diagnostic("trade is empty") }
            let trade = try lookup.trade(String(decoding: bytes, as: UTF8.self))
            lastTrade = (Array(bytes), trade)
            lastEntrant = nil
            return trade
        }
    }

    private mutating func entrant(_ record: CSVRawRecord, trade: Trade) throws(Diagnostic) -> (EntrantLookup.Entrant, String) {
        try Self.cell(columns.code, in: record) { bytes throws(Diagnostic) -> (EntrantLookup.Entrant, String) in
            if let last = lastEntrant, bytes.elementsEqual(last.bytes) { return (last.entrant, last.code) }
            guard !bytes.isEmpty else { throw Diagnostic("code is empty") }
            let code = EntrantCode(String(decoding: bytes, as: UTF8.self)).rawValue   // a04 is A04
            let entrant = try lookup.entrant(trade: trade.id.rawValue, code: code)
            lastEntrant = (Array(bytes), entrant, code)
            return (entrant, code)
        }
    }

    private func judge(_ record: CSVRawRecord) throws(Diagnostic) -> Int? {
        try Self.cell(columns.judge, in: record) { bytes throws(Diagnostic) -> Int? in
            guard !bytes.isEmpty else { return nil }
            guard let seat = JudgeSeat.parse(bytes: bytes) else {
                throw Diagnostic(JudgeSeat.problem(String(decoding: bytes, as: UTF8.self)).message)
            }
            return seat
        }
    }

    private mutating func value(_ record: CSVRawRecord) throws(Diagnostic) -> (Rational, String) {
        try Self.cell(columns.mark, in: record) { bytes throws(Diagnostic) -> (Rational, String) in
            guard !bytes.isEmpty else { throw Diagnostic("mark is empty") }
            guard let known = values.value(for: bytes) else {
                throw Diagnostic("invalid mark '\(String(decoding: bytes, as: UTF8.self))'; expected a number such as 86 or 86.5")
            }
            return known
        }
    }

    /// The identifier in `column`; `nil` when the cell is empty.
    private static func remembered<ID>(_ names: inout RememberedNames<ID>, column: Int?, in record: CSVRawRecord,
                                       make: (String) -> ID) -> ID? {
        cell(column, in: record) { bytes -> ID? in bytes.isEmpty ? nil : names.id(for: bytes, make: make) }
    }

    /// Calls `body` with the bytes of the cell at `column` without the spaces around them, as
    /// `CSVHeader.cell` trims them (an absent column gives an empty buffer).
    private static func cell<Result, Failure: Error>(
        _ column: Int?, in record: CSVRawRecord, _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        guard let column else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        return try record.withField(column) { (bytes) throws(Failure) -> Result in try body(trimmed(bytes)) }
    }

    /// `bytes` without leading and trailing spaces, tabs and ideographic spaces (U+3000).
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0, end = bytes.count
        while true {
            if start < end, bytes[start] == 0x20 || bytes[start] == 0x09 {
                start += 1
            } else if end - start >= 3, bytes[start] == 0xE3, bytes[start + 1] == 0x80, bytes[start + 2] == 0x80 {
                start += 3
            } else {
                break
            }
        }
        while true {
            if start < end, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 {
                end -= 1
            } else if end - start >= 3, bytes[end - 3] == 0xE3, bytes[end - 2] == 0x80, bytes[end - 1] == 0x80 {
                end -= 3
            } else {
                break
            }
        }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }
}
