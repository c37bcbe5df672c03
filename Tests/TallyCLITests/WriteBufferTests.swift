import Testing
@testable import tally

/// The buffer behind streamed listings.
@Suite("Write buffer")
struct WriteBufferTests {
    @Test("bytes come out whole and in order, in pieces of at least 64 KiB but the last",
          arguments: [[3, 70_000, 5, 65_536, 10], [1], [], Array(repeating: 100, count: 2_000), [65_536, 65_536]])
    func gathers(sizes: [Int]) throws {
        var pieces: [[UInt8]] = []
        let buffer = WriteBuffer { pieces.append($0) }
        var written: [UInt8] = []
        for (index, size) in sizes.enumerated() {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &+ index) }
            written += bytes
            try buffer.write(bytes)
        }
        try buffer.flush()
        #expect(pieces.joined().elementsEqual(written))
        #expect(pieces.dropLast().allSatisfy { $0.count >= 1 << 16 })
        #expect(!pieces.contains { $0.isEmpty })
    }
}
