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

    /// Ends the browser session and chromedriver. SIGKILL, not waited for: chromedriver kept
    /// running after SIGTERM here once a session had been opened, and Foundation's
    /// `waitUntilExit` then never returned.
    deinit {
        _ = try? command("", method: "DELETE")
        kill(driver.processIdentifier, SIGKILL)
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
    /// The text of the first element `css` selects. A live page may swap its content between
    /// finding the element and reading it ("stale element reference"): then it is found again.
    func text(_ css: String) throws -> String {
        var attempt = 1
        while true {
            do {
                return try command("element/\(try element(css))/text", method: "GET")["value"] as? String ?? ""
            } catch let failure as Failure where failure.description.contains("stale element") && attempt < 5 {
                attempt += 1
            }
        }
    }
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

    private static func call(_ url: URL, method: String, body: [String: Any]?) throws -> [String: Any] {
        let payload = try body.map { try JSONSerialization.data(withJSONObject: $0) } ?? Data()
        let answer = try LocalHTTP.send(port: url.port ?? 80, method: method, path: url.path,
                                        headers: body == nil ? [:] : ["Content-Type": "application/json"], body: payload)
        let object = (try? JSONSerialization.jsonObject(with: answer.body)) as? [String: Any] ?? [:]
        guard answer.status == 200 else { throw Failure(description: "\(method) \(url.path): \(answer.status) \(object["value"] ?? "")") }
        return object
    }
}
