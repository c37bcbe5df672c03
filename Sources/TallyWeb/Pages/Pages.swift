import CompetitionService
import Hummingbird

/// The HTML pages (web spec §3).
struct Pages {
    let service: CompetitionService
    let secureCookies: Bool

    func add(to router: Router<WebContext>) {}
}
