import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// HTTP/1.1 to a server on this machine over a socket of its own (`Connection: close`): the
/// browser tests' chromedriver and `tally serve`. FoundationNetworking's URLSession fails on
/// chromedriver's answers here ("Failed writing header"), so the few lines of HTTP the tests
/// need are written by hand.
enum LocalHTTP {
    struct Failure: Error, CustomStringConvertible { var description: String }

    /// One request; the answer's status, headers (names in lower case) and body.
    static func send(port: Int, method: String, path: String, headers: [String: String] = [:],
                     body: Data = Data()) throws -> (status: Int, headers: [String: String], body: Data) {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(body.count)\r\n\r\n"
        let answer = try exchange(port: UInt16(port), request: Data(head.utf8) + body)
        guard let split = answer.range(of: Data("\r\n\r\n".utf8)) else { throw Failure(description: "\(method) \(path): no answer") }
        let lines = String(decoding: answer[..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        var fields: [String: String] = [:]
        for line in lines.dropFirst() {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2 { fields[parts[0].lowercased()] = parts[1].trimmingCharacters(in: .whitespaces) }
        }
        var content = Data(answer[split.upperBound...])
        if fields["transfer-encoding"]?.lowercased() == "chunked" { content = dechunk(content) }
        let status = Int(lines.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
        return (status, fields, content)
    }

    static func exchange(port: UInt16, request: Data) throws -> Data {
        #if canImport(Glibc)
        let handle = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let handle = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard handle >= 0 else { throw Failure(description: "no socket") }
        defer { close(handle) }
        // No answer within two minutes fails the test instead of hanging the run.
        var limit = timeval(tv_sec: 120, tv_usec: 0)
        setsockopt(handle, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(handle, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(handle, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "cannot connect to port \(port)") }
        var sent = 0
        try request.withUnsafeBytes { bytes in
            while sent < bytes.count {
                let count = Glibc.send(handle, bytes.baseAddress! + sent, bytes.count - sent, 0)
                guard count > 0 else { throw Failure(description: "cannot send") }
                sent += count
            }
        }
        // Read until the body is complete by its Content-Length (chromedriver may keep the
        // connection open), or until the connection closes.
        var answer = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            if let split = answer.range(of: Data("\r\n\r\n".utf8)) {
                let headers = String(decoding: answer[..<split.lowerBound], as: UTF8.self).lowercased()
                if let line = headers.split(separator: "\r\n").first(where: { $0.hasPrefix("content-length:") }),
                   let length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)),
                   answer.distance(from: split.upperBound, to: answer.endIndex) >= length {
                    return answer
                }
                if headers.contains("transfer-encoding: chunked"), answer.suffix(5) == Data("0\r\n\r\n".utf8) { return answer }
            }
            let count = recv(handle, &buffer, buffer.count, 0)
            if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                throw Failure(description: "no answer from port \(port) within 120 s")
            }
            if count <= 0 { break }
            answer.append(contentsOf: buffer[0..<count])
        }
        return answer
    }

    static func dechunk(_ data: Data) -> Data {
        var result = Data()
        var position = data.startIndex
        while let line = data.range(of: Data("\r\n".utf8), in: position..<data.endIndex) {
            let size = Int(String(decoding: data[position..<line.lowerBound], as: UTF8.self).split(separator: ";")[0], radix: 16) ?? 0
            guard size > 0, line.upperBound + size <= data.endIndex else { break }
            result.append(data[line.upperBound..<line.upperBound + size])
            position = line.upperBound + size + 2
        }
        return result
    }
}
