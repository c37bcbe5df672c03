#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif

/// A file read in fixed-size chunks, so that a file of any size streams through a small,
/// constant amount of memory.
final class ChunkedFile {
    static let chunkSize = 1 << 16

    private let handle: UnsafeMutablePointer<FILE>
    private let buffer: UnsafeMutablePointer<UInt8>

    /// Opens `path` for reading; `nil` when it cannot be opened.
    init?(path: String) {
        guard let handle = fopen(path, "rb") else { return nil }
        self.handle = handle
        buffer = .allocate(capacity: Self.chunkSize)
    }

    deinit {
        fclose(handle)
        buffer.deallocate()
    }

    /// Starts again from the first byte.
    func restart() { fseek(handle, 0, SEEK_SET) }

    /// The next chunk, valid until the next call; `nil` at the end of the file.
    func nextChunk() throws(CSVReadFailure) -> UnsafeBufferPointer<UInt8>? {
        let count = fread(buffer, 1, Self.chunkSize, handle)
        if count == 0 {
            if ferror(handle) != 0 { throw CSVReadFailure(message: "cannot read the file (errno \(errno))") }
            return nil
        }
        return UnsafeBufferPointer(start: buffer, count: count)
    }
}

/// A failure to read bytes, before any CSV is parsed.
struct CSVReadFailure: Error {
    var message: String
}
