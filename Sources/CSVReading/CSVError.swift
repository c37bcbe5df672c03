/// A problem in a CSV file, printed as `FILE:LINE: error: MESSAGE`.
public struct CSVError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// The 1-based physical line; 0 when the problem is with the file as a whole.
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(file):\(line): error: \(message)" : "\(file): error: \(message)"
    }
}
