/// The encodings a CSV file may come in (formats spec §2).
public enum TextEncoding: String, Sendable, Hashable {
    /// UTF-8, with or without a byte-order mark.
    case utf8 = "UTF-8"
    /// GB18030 (and its subsets GBK and GB2312): what Excel saves on Chinese Windows.
    case gb18030 = "GB18030"

    /// UTF-8 if every byte sequence of the file is well-formed UTF-8, else GB18030.
    ///
    /// Reads the file once, in chunks, without keeping it.
    static func detect(in file: ChunkedFile) throws(CSVReadFailure) -> TextEncoding {
        var validator = UTF8Validator()
        while let chunk = try file.nextChunk() {
            if !validator.consume(chunk) { return .gb18030 }
        }
        return validator.isComplete ? .utf8 : .gb18030
    }
}

/// Checks byte sequences for UTF-8 well-formedness across chunk boundaries.
struct UTF8Validator {
    private var pending = 0              // continuation bytes still expected
    private var lowerBound: UInt8 = 0x80 // for the next continuation byte (overlongs, surrogates)
    private var upperBound: UInt8 = 0xBF

    var isComplete: Bool { pending == 0 }

    /// Whether `bytes` continue a well-formed sequence.
    mutating func consume(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes {
            if pending > 0 {
                guard byte >= lowerBound && byte <= upperBound else { return false }
                pending -= 1
                lowerBound = 0x80
                upperBound = 0xBF
                continue
            }
            switch byte {
            case 0x00...0x7F: continue
            case 0xC2...0xDF: pending = 1
            case 0xE0: pending = 2; lowerBound = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: pending = 2
            case 0xED: pending = 2; upperBound = 0x9F
            case 0xF0: pending = 3; lowerBound = 0x90
            case 0xF1...0xF3: pending = 3
            case 0xF4: pending = 3; upperBound = 0x8F
            default: return false
            }
        }
        return true
    }
}
