import CompetitionConfig
import CompetitionModel
import CompetitionService
import Foundation
import HTTPTypes
import Hummingbird
import Reports

/// The HTML pages (web spec §3): server-rendered from Mustache templates, working without
/// JavaScript; forms post back with the session's CSRF token and are answered by a redirect
/// (303) or by the page again with the errors beside their fields.
struct Pages {
    let service: CompetitionService
    let secureCookies: Bool
    let sessions: SessionCache

    func add(to router: Router<WebContext>) {
        let service = service
        let renderer = PageRenderer.shared

        router.get("static/:file") { _, context in
            let name = try context.parameters.require("file")
            guard let file = renderer.files[name] else { throw WebFailure(.notFound, "no such file") }
            return Response(status: .ok, headers: [.contentType: file.type, .cacheControl: "public, max-age=300"],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: file.bytes)))
        }

        router.get("/", use: page { _, context in
            let list = try await blocking { try service.competitions() }
            var model = PageModel.base(info: nil, id: nil, context: context, title: "tally")
            model["competitions"] = list.map { ["id": $0.id.rawValue, "name": $0.name, "kind": $0.kind.rawValue] }
            return renderer.response("index", model)
        })

        router.get("c/:id/login", use: page { _, context in
            let id = try context.parameters.require("id")
            let (info, accounts) = try await blocking { () throws -> (CompetitionInfo, [OfficialAccount]) in
                let desk = try service.desk(id)
                return (desk.info, try desk.officials())
            }
            var model = PageModel.base(info: info, id: id, context: context, title: PageLabels.labels(info.language)["signIn"]!)
            model["officials"] = accounts.filter { $0.passwordSetAt != nil }.map { ["name": $0.official.name, "role": $0.official.role.rawValue] }
            return renderer.response("login", model)
        })

        router.post("c/:id/login", use: page { _, context in
            let id = try context.parameters.require("id")
            guard let form = context.form, let name = form["name"], let password = context.form?.fields.first(where: { $0.name == "password" })?.value else {
                throw WebFailure(.badRequest, "give the official and the password")
            }
            let source = context.auditSource
            let (token, signedIn) = try await blocking { try service.signIn(competition: id, name: name, password: password, source: source) }
            var response = PageModel.redirect(to: PageModel.home(of: signedIn.official.role, id: id, isBridge: try await blocking { try service.desk(id).competition.definition.isBridge }))
            response.setCookie(Cookie(name: "tally_session", value: token, path: "/", secure: secureCookies, httpOnly: true, sameSite: .strict))
            return response
        })

        router.post("c/:id/logout", use: page { _, context in
            let id = try context.parameters.require("id")
            if let token = context.sessionToken {
                sessions.forget(token: token)
                try await blocking { try service.signOut(token: token) }
            }
            var response = PageModel.redirect(to: "/c/\(id)/login")
            response.setCookie(Cookie(name: "tally_session", value: "", maxAge: 0, path: "/", secure: secureCookies, httpOnly: true, sameSite: .strict))
            return response
        })

        BoardPage(service: service).add(to: router)
        JudgePage(service: service).add(to: router)
        DeskPage(service: service).add(to: router)
        ChiefPage(service: service).add(to: router)
        DownloadsPage(service: service).add(to: router)
        DirectorPage(service: service).add(to: router)
        TablePage(service: service).add(to: router)
    }
}

/// A page's handler: an error becomes the error page in the competition's words, and "sign in
/// first" a redirect to the sign-in page.
func page(_ body: @escaping @Sendable (Request, WebContext) async throws -> Response) -> @Sendable (Request, WebContext) async throws -> Response {
    { request, context in
        do {
            return try await body(request, context)
        } catch {
            let failure = WebFailure(error)
            let id = context.parameters.get("id")
            if failure.status == .unauthorized, let id, !request.uri.path.hasSuffix("/login") {
                return PageModel.redirect(to: "/c/\(id)/login")
            }
            var model = PageModel.base(info: nil, id: id, context: context, title: failure.message)
            model["heading"] = "\(failure.status.code) — \(failure.status.reasonPhrase)"
            model["error"] = failure.message
            return PageRenderer.shared.response("error", model, status: failure.status)
        }
    }
}

/// What every page's template gets, and the small helpers of the page handlers.
enum PageModel {
    /// The header's values: title, competition, navigation by role, who is signed in, the
    /// CSRF token, the labels.
    static func base(info: CompetitionInfo?, id: String?, context: WebContext, title: String,
                     isBridge: Bool = false) -> [String: Any] {
        let labels = PageLabels.labels(info?.language ?? .en)
        var model: [String: Any] = ["title": info.map { "\(title) · \($0.name)" } ?? title, "l": labels,
                                    "lang": info?.language == .zh ? "zh-CN" : "en", "bodyClass": ""]
        guard let id else { return model }
        model["competitionID"] = id
        if let info { model["competitionName"] = info.name }
        var nav = [["href": "/c/\(id)/board", "text": labels["board"]!], ["href": "/c/\(id)/downloads", "text": labels["downloads"]!]]
        if let signedIn = context.signedIn, signedIn.competition == id {
            model["signedIn"] = ["name": signedIn.official.name, "role": signedIn.official.role.rawValue]
            model["csrf"] = signedIn.csrf
            switch signedIn.official.role {
            case .judge: nav.append(["href": "/c/\(id)/judge", "text": labels["judge"]!])
            case .operator: nav.append(["href": "/c/\(id)/desk", "text": labels["desk"]!])
            case .chiefJudge:
                nav.append(["href": "/c/\(id)/desk", "text": labels["desk"]!])
                nav.append(isBridge ? ["href": "/c/\(id)/director", "text": labels["director"]!] : ["href": "/c/\(id)/chief", "text": labels["chief"]!])
            }
        }
        model["nav"] = nav
        return model
    }

    /// The page an official lands on after signing in.
    static func home(of role: Official.Role, id: String, isBridge: Bool) -> String {
        switch role {
        case .judge: "/c/\(id)/judge"
        case .operator: "/c/\(id)/desk"
        case .chiefJudge: isBridge ? "/c/\(id)/director" : "/c/\(id)/chief"
        }
    }

    /// 303 See Other: after a form, the browser fetches `location`.
    static func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    /// `path` with a notice for the next page to show (`?done=…`), then `#fragment`.
    static func redirect(to path: String, notice: String, fragment: String? = nil) -> Response {
        var components = URLComponents()
        components.path = path
        components.queryItems = [URLQueryItem(name: "done", value: notice)]
        components.fragment = fragment
        return redirect(to: components.string ?? path)
    }

    /// The official of a page that needs `roles`: 401 without a session, 403 for another role.
    static func official(_ context: WebContext, of id: String, roles: Set<Official.Role>) throws -> SignedIn {
        let signedIn = try context.official(of: id)
        guard roles.contains(signedIn.official.role) else {
            throw WebFailure(.forbidden, "this page is for \(roles.map(\.rawValue).sorted().joined(separator: ", ")); \(signedIn.official.name) is \(signedIn.official.role.rawValue)")
        }
        return signedIn
    }
}

extension CompetitionDefinition {
    /// Whether this is a bridge event.
    var isBridge: Bool { if case .bridgeTeams = self { true } else { false } }
}
