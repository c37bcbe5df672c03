/// Gathers small writes and hands them on in pieces of at least 64 KiB: a listing streamed
/// row by row (a million audit entries) would otherwise make a system call per row.
final class WriteBuffer {
    private static let size = 1 << 16
    private var pending: [UInt8] = []
    private let sink: ([UInt8]) throws -> Void

    init(_ sink: @escaping ([UInt8]) throws -> Void) {
        self.sink = sink
        pending.reserveCapacity(Self.size)
    }

    func write(_ bytes: [UInt8]) throws {
        if pending.isEmpty && bytes.count >= Self.size {
            try sink(bytes)   // already large: passed on as it is
            return
        }
        pending += bytes
        if pending.count >= Self.size { try flush() }
    }

    /// Hands on whatever is gathered.
    func flush() throws {
        guard !pending.isEmpty else { return }
        try sink(pending)
        pending.removeAll(keepingCapacity: true)
    }
}
