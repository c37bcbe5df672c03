import Diagnostics
import Foundation

/// A submitted form: its text fields and uploaded files, from a body sent as
/// `application/x-www-form-urlencoded` or `multipart/form-data` (RFC 7578). Hand-written:
/// Hummingbird reads URL-encoded forms only into `Decodable` types, and ships no multipart
/// reader; a form's fields here are named at run time (one per mark of a sheet).
struct FormData: Sendable {
    /// An uploaded file.
    struct File: Sendable {
        var name: String
        var bytes: Data
    }

    private(set) var fields: [(name: String, value: String)] = []
    private(set) var files: [String: File] = [:]

    /// The first value of field `name`, trimmed; `nil` when absent or empty.
    subscript(name: String) -> String? {
        guard let value = fields.first(where: { $0.name == name })?.value.trimmingCharacters(in: .whitespacesAndNewlines),
              !value.isEmpty else { return nil }
        return value
    }

    /// A form with no fields (a POST without a body).
    static let empty = FormData()

    private init() {}

    /// The value of field `name`, or an input rejection naming it.
    func required(_ name: String) throws -> String {
        guard let value = self[name] else { throw InputRejection("the form lacks '\(name)'") }
        return value
    }

    /// Reads a body of `contentType`; `nil` when it is neither kind of form or is malformed.
    init?(body: Data, contentType: String) {
        let type = contentType.lowercased()
        if type.hasPrefix("application/x-www-form-urlencoded") {
            guard let text = String(data: body, encoding: .utf8) else { return nil }
            for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                func decode(_ part: Substring) -> String? { part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding }
                guard let name = decode(parts[0]), let value = parts.count > 1 ? decode(parts[1]) : "" else { return nil }
                fields.append((name, value))
            }
        } else if type.hasPrefix("multipart/form-data") {
            guard let boundary = Self.boundary(of: contentType) else { return nil }
            guard parseMultipart(body, boundary: boundary) else { return nil }
        } else {
            return nil
        }
    }

    private static func boundary(of contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "boundary" { return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        }
        return nil
    }

    /// Splits the body at `--boundary` lines; each part is its headers, a blank line, its content.
    private mutating func parseMultipart(_ body: Data, boundary: String) -> Bool {
        let delimiter = Data("--\(boundary)".utf8)
        let crlf = Data("\r\n".utf8)
        let headerEnd = Data("\r\n\r\n".utf8)
        guard var position = body.range(of: delimiter)?.upperBound else { return false }
        while true {
            // After a delimiter: `--` ends the body, else CRLF and a part.
            if body[position...].starts(with: Data("--".utf8)) { return true }
            guard body[position...].starts(with: crlf) else { return false }
            let partStart = position + 2
            guard let next = body.range(of: crlf + delimiter, in: partStart..<body.endIndex) else { return false }
            let part = body[partStart..<next.lowerBound]
            guard let split = part.range(of: headerEnd) else { return false }
            let headers = String(decoding: part[part.startIndex..<split.lowerBound], as: UTF8.self)
            let content = Data(part[split.upperBound...])
            var name: String?
            var filename: String?
            for line in headers.components(separatedBy: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
                name = Self.parameter("name", in: line)
                filename = Self.parameter("filename", in: line)
            }
            if let name {
                if let filename {
                    if !filename.isEmpty { files[name] = File(name: filename, bytes: content) }
                } else {
                    fields.append((name, String(decoding: content, as: UTF8.self)))
                }
            }
            position = next.upperBound
        }
    }

    private static func parameter(_ key: String, in line: String) -> String? {
        for piece in line.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == key {
                var value = pair[1]
                if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
                return value
            }
        }
        return nil
    }
}
