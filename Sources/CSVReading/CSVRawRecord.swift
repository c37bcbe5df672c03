/// One record of a CSV file as UTF-8 bytes: every field's bytes back to back in one buffer
/// that is reused from record to record, so that a loop over a million rows allocates nothing
/// per row. `CSVReader.next(into:)` fills it; `record` turns it into strings when needed.
public struct CSVRawRecord: Sendable {
    /// The physical line the record starts on.
    public internal(set) var line = 0
    var bytes: [UInt8] = []
    /// Where each field ends in `bytes`.
    var ends: [Int] = []

    public init() {
        bytes.reserveCapacity(256)
        ends.reserveCapacity(16)
    }

    /// How many fields the record has.
    public var count: Int { ends.count }

    mutating func clear() {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
    }

    mutating func endField() { ends.append(bytes.count) }

    /// Calls `body` with the bytes of field `index` (an empty buffer when the record has no
    /// such field), without copying them.
    public func withField<Result, Failure: Error>(
        _ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        guard index >= 0, index < ends.count else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        let start = index == 0 ? 0 : ends[index - 1]
        return try bytes.withUnsafeBufferPointer { (all) throws(Failure) -> Result in
            try body(UnsafeBufferPointer(rebasing: all[start..<ends[index]]))
        }
    }

    /// Field `index` as text.
    public func string(_ index: Int) -> String {
        withField(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// The record with its fields as strings.
    public var record: CSVRecord {
        CSVRecord(line: line, fields: (0..<count).map(string))
    }
}
