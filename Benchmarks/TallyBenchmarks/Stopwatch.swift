/// Measures wall-clock time with the standard library's monotonic clock.
enum Stopwatch {
    /// Seconds taken by `work`, and its result.
    static func time<T>(_ work: () throws -> T) rethrows -> (seconds: Double, result: T) {
        let clock = ContinuousClock()
        var result: T?
        let duration = try clock.measure { result = try work() }
        let parts = duration.components
        return (Double(parts.seconds) + Double(parts.attoseconds) / 1e18, result!)
    }

    /// `0.0123` → `12.3 ms`.
    static func format(_ seconds: Double) -> String {
        let milliseconds = (seconds * 10_000).rounded() / 10
        return "\(milliseconds) ms"
    }
}
