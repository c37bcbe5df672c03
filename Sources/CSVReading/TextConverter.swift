#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif

/// Converts text between encodings chunk by chunk with the C library's iconv, carrying a
/// character split across chunks over to the next one: GB18030 files read as UTF-8, CSV
/// written as GB18030 for older spreadsheet programs.
public final class TextConverter {
    private let converter: iconv_t
    private var carry: [UInt8] = []
    private var output = [UInt8](repeating: 0, count: ChunkedFile.chunkSize * 2 + 16)

    /// `nil` when the C library cannot convert between the two.
    public init?(from source: TextEncoding, to target: TextEncoding) {
        guard let converter = iconv_open(target.rawValue, source.rawValue), converter != iconv_t(bitPattern: -1) else {
            return nil
        }
        self.converter = converter
    }

    deinit { iconv_close(converter) }

    /// `chunk` converted; `nil` when its bytes are not in the source encoding (or a character
    /// has no place in the target's). With `isLast`, a character left incomplete is an error.
    public func convert(_ chunk: UnsafeBufferPointer<UInt8>, isLast: Bool) -> [UInt8]? {
        var input = carry + Array(chunk)
        carry = []
        var result: [UInt8] = []
        var inputLeft = input.count
        var offset = 0
        while inputLeft > 0 {
            var outputLeft = output.count
            let status = input.withUnsafeMutableBufferPointer { inBuffer in
                output.withUnsafeMutableBufferPointer { outBuffer in
                    var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress! + offset)
                        .assumingMemoryBound(to: CChar.self)
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!)
                        .assumingMemoryBound(to: CChar.self)
                    let before = inputLeft
                    let status = iconv(converter, &inPointer, &inputLeft, &outPointer, &outputLeft)
                    offset += before - inputLeft
                    return status == -1 ? errno : 0
                }
            }
            result.append(contentsOf: output.prefix(output.count - outputLeft))
            switch status {
            case 0, E2BIG: continue
            case EINVAL where !isLast:
                carry = Array(input[offset...])          // a character split across chunks
                return result
            default:
                return nil
            }
        }
        return result
    }
}
