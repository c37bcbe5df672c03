import CompetitionService
import Diagnostics
import Foundation
import Hummingbird
import Reports

/// An error answered as `{"error": MESSAGE}` with its status (web spec §4): the command line's
/// failures map as its exit codes do (1 → 400, 2 → 409, 3 → 503).
struct WebFailure: Error, HTTPResponseError {
    var status: HTTPResponse.Status
    var message: String

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    /// Any error a route meets, as the answer it gets.
    init(_ error: any Error) {
        switch error {
        case let failure as WebFailure: self = failure
        case let refusal as SignInRefusal: self.init(refusal.reason == .throttled ? .tooManyRequests : .unauthorized, refusal.description)
        case let refusal as RuleRefusal where refusal.isRoleRefusal:
            self.init(.forbidden, refusal.message)
        case let unknown as UnknownReference:
            self.init(.notFound, unknown.message)
        case let diagnosed as DiagnosedError:
            let text = diagnosed.diagnostics.map(\.description).joined(separator: "\n")
            let message = text.hasPrefix("error: ") ? String(text.dropFirst("error: ".count)) : text
            switch diagnosed.kind {
            case .invalidInput: self.init(.badRequest, message)
            case .refused: self.init(.conflict, message)
            case .storageFailure: self.init(.serviceUnavailable, message)
            }
        default: self.init(.internalServerError, "\(error)")
        }
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        WebResponse.json(.object([("error", .string(message))]), status: status)
    }
}

/// Responses as the API writes them.
enum WebResponse {
    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: value.compact())))
    }
}
