#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif

/// Converts GB18030 bytes to UTF-8 chunk by chunk with the C library's iconv, carrying a
/// character split across chunks over to the next one.
final class GB18030Decoder {
    private let converter: iconv_t
    private var carry: [UInt8] = []
    private var output = [UInt8](repeating: 0, count: ChunkedFile.chunkSize * 2 + 16)

    init?() {
        guard let converter = iconv_open("UTF-8", "GB18030"), converter != iconv_t(bitPattern: -1) else {
            return nil
        }
        self.converter = converter
    }

    deinit { iconv_close(converter) }

    /// The UTF-8 for `chunk`; `nil` when the bytes are not GB18030.
    func decode(_ chunk: UnsafeBufferPointer<UInt8>, isLast: Bool) -> [UInt8]? {
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
