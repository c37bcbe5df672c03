import CompetitionService
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TallyWeb

/// A temporary database for the web tests, and a client that signs in and sends the CSRF
/// token as a browser's script would.
enum WebFixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// A fresh folder holding a new database.
    static func service() throws -> (CompetitionService, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tally-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let service = try CompetitionService(databasePath: folder.appendingPathComponent("t.sqlite").path, createIfMissing: true)
        return (service, folder)
    }

    /// The panel-of-eight competition with entrants `codes` in trade welder, and passwords
    /// for the chief judge, the desk and judges 1 and 2 (each official's password is their
    /// name followed by `-pass`).
    static func panelOfEight(codes: [String] = ["A0001"]) throws -> (CompetitionService, URL) {
        let (service, folder) = try service()
        _ = try service.loadDefinition(file: repository.appendingPathComponent("Tests/TallyCLITests/Fixtures/reliability/panel-of-eight.yaml").path,
                                       operator: "裁判长")
        let desk = try service.desk(nil)
        let entrants = folder.appendingPathComponent("e.csv")
        let rows = codes.enumerated().map { index, code in
            "welder,\(index == 0 ? "<script>alert(1)</script>" : "选手\(index)"),单位\(index % 2),\(code)"
        }
        try (["trade,name,organisation,code"] + rows).joined(separator: "\n").write(to: entrants, atomically: true, encoding: .utf8)
        _ = try desk.importEntrants(file: entrants.path, seed: nil, operator: "录分员")
        for name in ["裁判长", "录分员", "评委1", "评委2"] {
            try desk.setPassword(official: name, password: "\(name)-pass", operator: "裁判长")
        }
        return (service, folder)
    }

    /// The four-team Swiss with its teams registered and passwords for the director and the scorer.
    static func swissFour() throws -> (CompetitionService, URL) { try bridgeFour("swiss-4.yaml") }

    /// Four teams of four in a round robin with open and closed rooms (`rooms-4.yaml`).
    static func roomsFour() throws -> (CompetitionService, URL) { try bridgeFour("rooms-4.yaml") }

    private static func bridgeFour(_ definition: String) throws -> (CompetitionService, URL) {
        let (service, folder) = try service()
        _ = try service.loadDefinition(file: fixtures.appendingPathComponent(definition).path, operator: "裁判长")
        let desk = try service.desk(nil)
        _ = try desk.importTeams(file: fixtures.appendingPathComponent("teams-4.csv").path, operator: "记分员")
        for name in ["裁判长", "记分员"] { try desk.setPassword(official: name, password: "\(name)-pass", operator: "裁判长") }
        return (service, folder)
    }
}

/// A signed-in official's cookie and CSRF token.
struct WebSession {
    var cookie: String
    var csrf: String
}

extension TestClientProtocol {
    /// Signs `name` in to `competition` (password: the name followed by `-pass`).
    func signIn(_ competition: String, _ name: String, password: String? = nil) async throws -> WebSession? {
        let response = try await execute(uri: "/api/v1/login", method: .post, headers: [.contentType: "application/json"],
                                         body: jsonBody(["competition": competition, "name": name, "password": password ?? "\(name)-pass"]))
        guard response.status == .ok, let cookie = response.headers[.setCookie]?.split(separator: ";").first,
              let csrf = try response.object()["csrf"] as? String else { return nil }
        return WebSession(cookie: String(cookie), csrf: csrf)
    }

    /// A GET, with `session`'s cookie when given.
    func get(_ uri: String, as session: WebSession? = nil) async throws -> TestResponse {
        try await execute(uri: uri, method: .get, headers: session.map { [.cookie: $0.cookie] } ?? [:])
    }

    /// A JSON POST with `session`'s cookie and CSRF token.
    func post(_ uri: String, _ body: Any? = nil, as session: WebSession?) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let session {
            headers[.cookie] = session.cookie
            headers[HTTPField.Name("X-CSRF-Token")!] = session.csrf
        }
        return try await execute(uri: uri, method: .post, headers: headers, body: body.map(jsonBody))
    }
}

func jsonBody(_ value: Any) -> ByteBuffer {
    ByteBuffer(data: try! JSONSerialization.data(withJSONObject: value))
}

extension TestResponse {
    /// The body as a JSON object (empty when it is not one).
    func object() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any] ?? [:]
    }

    /// The body as JSON of any shape.
    func json() throws -> Any { try JSONSerialization.jsonObject(with: Data(buffer: body)) }

    var text: String { String(buffer: body) }
}
