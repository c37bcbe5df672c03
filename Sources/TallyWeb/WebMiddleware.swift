import CompetitionService
import Foundation
import HTTPTypes
import Hummingbird

/// Security headers on every response (web spec §2).
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = WebContext

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var response: Response
        do { response = try await next(request, context) } catch {
            // A page's errors are pages (its handler renders them; this catches the middleware's:
            // a missing CSRF token, a body too large); the API's are JSON.
            response = request.uri.path.hasPrefix("/api/")
                ? try WebFailure(error).response(from: request, context: context)
                : try await page { _, _ in throw error }(request, context)
        }
        response.headers[.contentSecurityPolicy] = "default-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.xFrameOptions] = "DENY"
        return response
    }
}

/// One line per request on standard error: time, remote address, official (or `-`), method,
/// path (without its query), status, milliseconds. No password or token is ever logged.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = WebContext

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        let start = DispatchTime.now()
        var status = 500
        defer {
            let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
            let line = "\(Date().formatted(.iso8601)) \(context.clientAddress ?? context.remoteAddress?.ipAddress ?? "-") \(context.signedIn?.official.name ?? "-") "
                + "\(request.method.rawValue) \(request.uri.path) \(status) \(String(format: "%.1f", milliseconds))ms\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
        do {
            let response = try await next(request, context)
            status = response.status.code
            return response
        } catch {
            status = WebFailure(error).status.code
            throw error
        }
    }
}

/// Reads the session cookie into the context (before the request log, which names the official).
struct SessionMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let service: CompetitionService
    let sessions: SessionCache

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var context = context
        if let token = request.cookies["tally_session"]?.value {
            let service = service
            context.signedIn = try await sessions.signedIn(token: token) { try service.session(token: token) }
            context.sessionToken = context.signedIn == nil ? nil : token
        }
        return try await next(request, context)
    }
}

/// Refuses a change (anything but GET and HEAD) without a session (401), or whose CSRF token —
/// the header `X-CSRF-Token`, or a form's field `csrf` — is not the session's (403): nothing
/// is done. A form's body is read here (1 MiB; 20 MiB for a file upload; larger: 413) and
/// handed on in the context. Signing in is the one change without a session.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = WebContext

    /// The largest file upload (web spec §2).
    static let uploadLimit = 20 << 20

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        guard request.method != .get && request.method != .head else { return try await next(request, context) }
        let path = request.uri.path
        let signingIn = path == "/api/v1/login" || (path.hasPrefix("/c/") && path.hasSuffix("/login"))
        if !signingIn && context.signedIn == nil { throw WebFailure(.unauthorized, "sign in first") }
        var request = request
        var context = context
        let contentType = request.headers[.contentType] ?? ""
        let lowered = contentType.lowercased()
        if lowered.hasPrefix("application/x-www-form-urlencoded") || lowered.hasPrefix("multipart/form-data") {
            let limit = lowered.hasPrefix("multipart/") ? Self.uploadLimit : context.maxUploadSize
            let body: ByteBuffer
            do { body = try await request.collectBody(upTo: limit) } catch {
                throw WebFailure(.contentTooLarge, "the request is larger than \(limit >> 20) MiB")
            }
            guard let form = FormData(body: Data(buffer: body), contentType: contentType) else {
                throw WebFailure(.badRequest, "the form could not be read")
            }
            context.form = form
        }
        if !signingIn, let signedIn = context.signedIn {
            guard (request.headers[.csrfToken] ?? context.form?["csrf"]) == signedIn.csrf else {
                throw WebFailure(.forbidden, "missing or wrong CSRF token (header X-CSRF-Token or form field csrf)")
            }
        }
        return try await next(request, context)
    }
}

extension HTTPField.Name {
    static let csrfToken = Self("X-CSRF-Token")!
    static let xContentTypeOptions = Self("X-Content-Type-Options")!
    static let xFrameOptions = Self("X-Frame-Options")!
}
