import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A browser driven over the W3C WebDriver protocol: Debian's `chromedriver` started on a
/// free port, one headless Chromium session, plain HTTP and JSON. Enough for the browser
/// tests: open a page, find elements by CSS, type, click, read text, run a line of script.
final class WebDriver {
    private let driver: Process
    private let base: URL
    private let session: String

    static func installed(_ program: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(program)") }
    }
    static let available = installed("chromium") && installed("chromedriver")
    static let required = ProcessInfo.processInfo.environment["TALLY_REQUIRE_CHROMIUM"] == "1"
    static let missing = "the browser tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver fonts-noto-cjk"

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// Starts chromedriver and a headless Chromium with a window of `width`×`height`.
    init(width: Int = 1280, height: Int = 900) throws {
        let port = Int.random(in: 20_000...40_000)
        driver = Process()
        driver.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        driver.arguments = ["chromedriver", "--port=\(port)"]
        driver.standardOutput = FileHandle.nullDevice
        driver.standardError = FileHandle.nullDevice
        try driver.run()
        base = URL(string: "http://127.0.0.1:\(port)")!
        let deadline = Date().addingTimeInterval(20)
        while (try? Self.call(base.appendingPathComponent("status"), method: "GET", body: nil)) == nil {
            guard Date() < deadline else { driver.terminate(); throw Failure(description: "chromedriver did not start") }
            Thread.sleep(forTimeInterval: 0.1)
        }
        let capabilities: [String: Any] = ["capabilities": ["alwaysMatch": [
            "browserName": "chrome",
            "goog:chromeOptions": ["args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                            "--window-size=\(width),\(height)", "--lang=zh-CN"]],
        ]]]
        let created = try Self.call(base.appendingPathComponent("session"), method: "POST", body: capabilities)
        guard let value = created["value"] as? [String: Any], let id = value["sessionId"] as? String else {
            driver.terminate()
            throw Failure(description: "no browser session: \(created)")
        }
        session = id
    }

    /// Ends the browser session and chromedriver (SIGTERM; not waited for: Foundation's
    /// `waitUntilExit` never returned for it here, though it exits at once).
    deinit {
        _ = try? command("", method: "DELETE")
        driver.terminate()
    }

    /// Opens `url` and waits for the page to load.
    func open(_ url: String) throws { _ = try command("url", body: ["url": url]) }

    /// The first element `css` selects; throws when none does (after waiting up to `timeout`).
    func element(_ css: String, timeout: TimeInterval = 5) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let found = try? command("element", body: ["using": "css selector", "value": css]),
               let value = found["value"] as? [String: Any], let id = value.first(where: { $0.key.hasPrefix("element-") })?.value as? String {
                return id
            }
            guard Date() < deadline else { throw Failure(description: "no element '\(css)' on \(try url())") }
            Thread.sleep(forTimeInterval: 0.1)
        }
    }

    func type(_ text: String, into css: String) throws { _ = try command("element/\(try element(css))/value", body: ["text": text]) }
    func click(_ css: String) throws { _ = try command("element/\(try element(css))/click", body: [:]) }
    func text(_ css: String) throws -> String { try command("element/\(try element(css))/text", method: "GET")["value"] as? String ?? "" }
    func url() throws -> String { try command("url", method: "GET")["value"] as? String ?? "" }

    /// Runs `script` (a function body) in the page and returns its value.
    func run(_ script: String) throws -> Any? { try command("execute/sync", body: ["script": script, "args": []])["value"] }

    /// Waits until `condition` holds (checked every 100 ms), up to `timeout`; whether it did.
    func wait(timeout: TimeInterval, until condition: () throws -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if (try? condition()) == true { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }

    private func command(_ path: String, method: String = "POST", body: [String: Any]? = nil) throws -> [String: Any] {
        let url = path.isEmpty ? base.appendingPathComponent("session/\(session)") : base.appendingPathComponent("session/\(session)/\(path)")
        return try Self.call(url, method: method, body: method == "POST" ? (body ?? [:]) : nil)
    }

    /// One HTTP/1.1 exchange with chromedriver over a socket of its own (`Connection: close`).
    /// FoundationNetworking's URLSession fails on chromedriver's answers here ("Failed writing
    /// header"), so the few lines of HTTP it needs are written by hand.
    private static func call(_ url: URL, method: String, body: [String: Any]?) throws -> [String: Any] {
        let payload = try body.map { try JSONSerialization.data(withJSONObject: $0) } ?? Data()
        var head = "\(method) \(url.path) HTTP/1.1\r\nHost: 127.0.0.1:\(url.port ?? 80)\r\nConnection: close\r\n"
        if body != nil { head += "Content-Type: application/json\r\n" }
        head += "Content-Length: \(payload.count)\r\n\r\n"
        let answer = try exchange(port: UInt16(url.port ?? 80), request: Data(head.utf8) + payload)
        guard let split = answer.range(of: Data("\r\n\r\n".utf8)) else { throw Failure(description: "\(method) \(url.path): no answer") }
        let headers = String(decoding: answer[..<split.lowerBound], as: UTF8.self)
        var content = Data(answer[split.upperBound...])
        if headers.lowercased().contains("transfer-encoding: chunked") { content = dechunk(content) }
        let status = Int(headers.split(separator: " ").dropFirst().first ?? "") ?? 0
        let object = (try? JSONSerialization.jsonObject(with: content)) as? [String: Any] ?? [:]
        guard status == 200 else { throw Failure(description: "\(method) \(url.path): \(status) \(object["value"] ?? "")") }
        return object
    }

    private static func exchange(port: UInt16, request: Data) throws -> Data {
        #if canImport(Glibc)
        let handle = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let handle = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard handle >= 0 else { throw Failure(description: "no socket") }
        defer { close(handle) }
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
                let count = send(handle, bytes.baseAddress! + sent, bytes.count - sent, 0)
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
            if count <= 0 { break }
            answer.append(contentsOf: buffer[0..<count])
        }
        return answer
    }

    private static func dechunk(_ data: Data) -> Data {
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
