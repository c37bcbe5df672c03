/// One record of a CSV file with the physical line it starts on.
public struct CSVRecord: Sendable, Hashable {
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// Reads an RFC 4180 CSV file record by record, streaming: the file is never held in memory.
///
/// UTF-8 (with or without a byte-order mark) and GB18030 are detected; records keep the
/// physical line they start on, so that every error names its line even after quoted fields
/// that span lines. Blank lines are skipped. A field may hold at most 1 MiB; NUL bytes and
/// malformed quoting are errors.
public final class CSVReader {
    /// The name used in errors.
    public let file: String
    /// The detected encoding.
    public let encoding: TextEncoding
    public static let maximumFieldBytes = 1 << 20

    private let source: ChunkedFile
    private let decoder: TextConverter?
    private var bytes: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var isFirstChunk = true
    private var line = 1
    private var skipLineFeed = false

    /// Opens `path`; `displayName` names it in errors (default: the path).
    public init(path: String, displayName: String? = nil) throws(CSVError) {
        file = displayName ?? path
        guard let source = ChunkedFile(path: path) else {
            throw CSVError(file: file, line: 0, message: "cannot open the file")
        }
        self.source = source
        do {
            encoding = try TextEncoding.detect(in: source)
        } catch {
            throw CSVError(file: file, line: 0, message: error.message)
        }
        source.restart()
        if encoding == .gb18030 {
            guard let decoder = TextConverter(from: .gb18030, to: .utf8) else {
                throw CSVError(file: file, line: 0, message: "the file is not UTF-8 and GB18030 is not available")
            }
            self.decoder = decoder
        } else {
            decoder = nil
        }
    }

    private enum State {
        case fieldStart, unquoted, quoted, afterQuote
    }

    /// The next non-blank record, or `nil` at the end of the file.
    public func next() throws(CSVError) -> CSVRecord? {
        try next(into: &scratch) ? scratch.record : nil
    }

    private var scratch = CSVRawRecord()

    /// Reads the next non-blank record into `raw`, reusing its storage; false at the end of
    /// the file. The loop that reads a million rows uses this form: it allocates nothing per
    /// record.
    public func next(into raw: inout CSVRawRecord) throws(CSVError) -> Bool {
        raw.clear()
        var fieldStart = 0
        var state = State.fieldStart
        var quoteLine = line
        var started = false

        while true {
            if position == bytes.count {
                guard try refill() else { break }
            }
            let byte = bytes[position]
            position += 1
            if skipLineFeed {
                skipLineFeed = false
                if byte == 0x0A { continue }
            }
            if byte == 0 { throw CSVError(file: file, line: line, message: "NUL byte in the file; expected text") }
            if !started {
                started = true
                raw.line = line
            }
            switch state {
            case .fieldStart, .unquoted:
                switch byte {
                case 0x2C:                                           // ,
                    raw.endField()
                    fieldStart = raw.bytes.count
                    state = .fieldStart
                case 0x0A, 0x0D:                                     // end of record
                    line += 1
                    skipLineFeed = byte == 0x0D
                    if raw.ends.isEmpty && state == .fieldStart && raw.bytes.count == fieldStart {
                        started = false                              // a blank line
                        continue
                    }
                    raw.endField()
                    return true
                case 0x22 where state == .fieldStart:                // "
                    state = .quoted
                    quoteLine = line
                case 0x22:
                    throw CSVError(file: file, line: line,
                                   message: "a quote inside an unquoted field; quote the whole field and double the quote")
                default:
                    raw.bytes.append(byte)
                    state = .unquoted
                }
            case .quoted:
                if byte == 0x22 {
                    state = .afterQuote
                } else {
                    if byte == 0x0A { line += 1 }
                    raw.bytes.append(byte)
                }
            case .afterQuote:
                switch byte {
                case 0x22:
                    raw.bytes.append(byte)
                    state = .quoted
                case 0x2C:
                    raw.endField()
                    fieldStart = raw.bytes.count
                    state = .fieldStart
                case 0x0A, 0x0D:
                    line += 1
                    skipLineFeed = byte == 0x0D
                    raw.endField()
                    return true
                default:
                    throw CSVError(file: file, line: line,
                                   message: "unexpected text after a closing quote; expected a comma or the end of the line")
                }
            }
            if raw.bytes.count - fieldStart > Self.maximumFieldBytes {
                throw CSVError(file: file, line: line, message: "a field longer than 1 MiB")
            }
        }
        if state == .quoted {
            throw CSVError(file: file, line: quoteLine, message: "a quoted field is never closed")
        }
        guard started else { return false }
        raw.endField()
        return true
    }

    /// Loads the next chunk as UTF-8; false at the end of the file.
    private func refill() throws(CSVError) -> Bool {
        guard !atEnd else { return false }
        let chunk: UnsafeBufferPointer<UInt8>?
        do { chunk = try source.nextChunk() } catch {
            throw CSVError(file: file, line: line, message: error.message)
        }
        guard let chunk else {
            atEnd = true
            if let decoder, decoder.convert(UnsafeBufferPointer(start: nil, count: 0), isLast: true) == nil {
                throw CSVError(file: file, line: line, message: "the file ends inside a character; expected UTF-8 or GB18030 text")
            }
            return false
        }
        if let decoder {
            guard let decoded = decoder.convert(chunk, isLast: false) else {
                throw CSVError(file: file, line: line, message: "the text is neither UTF-8 nor GB18030")
            }
            bytes = decoded
        } else {
            bytes = Array(chunk)
        }
        position = 0
        if isFirstChunk {
            isFirstChunk = false
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        }
        if position < bytes.count { return true }
        return try refill()
    }
}
