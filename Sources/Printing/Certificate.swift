import BridgeScoring
import CompetitionConfig
import CompetitionModel
import Reports
import SkillsScoring

/// One certificate (荣誉证书 / 奖状): who is honoured and for what, as a page prints it.
public struct Certificate: Sendable, Hashable {
    /// The honoured: an entrant's name, or a bridge team's name.
    public var name: String
    public var organisation: String?
    /// The trade (a skills certificate) or nothing (a bridge team).
    public var trade: String?
    /// The award level (一等奖) or the title (万盛工匠).
    public var honour: String
    /// A bridge team's players.
    public var players: [String]
    public var competition: String
    public var organiser: String?
    /// The competition's date as printed (`2023年2月15日`).
    public var date: String?

    /// The values a certificate template reads (`{{name}}`, `{{#players}}…{{/players}}` …).
    public var templateValues: [String: Any] {
        var values: [String: Any] = ["name": name, "honour": honour, "competition": competition, "players": players,
                                     "hasPlayers": !players.isEmpty]
        values["organisation"] = organisation ?? ""
        values["trade"] = trade ?? ""
        values["organiser"] = organiser ?? ""
        values["date"] = date ?? ""
        return values
    }
}

extension Certificate {
    /// The award certificates of a skills competition: one per award winner of each trade
    /// (`titles`: one per title granted instead). Every trade listed must be revealed: a
    /// certificate carries a name.
    public static func skills(_ awards: SkillsAwards, titles: Bool) throws(CertificateProblem) -> [Certificate] {
        let info = awards.competition.info
        let hidden = awards.trades.filter { !$0.isRevealed && $0.result.entries.contains { $0.award != nil } }
        if let trade = hidden.first {
            throw CertificateProblem("certificates carry names: trade '\(trade.trade.id)' is not revealed yet (tally reveal --trade \(trade.trade.id))")
        }
        if titles {
            return awards.titles.compactMap { award in
                guard let published = awards.trades.first(where: { $0.trade.id == award.trade }),
                      let entry = published.result.entries.first(where: { $0.code == award.code }),
                      let title = awards.competition.titles.first(where: { $0.id == award.title }) else { return nil }
                return Certificate(name: published.name(of: award.code) ?? award.code.rawValue, organisation: published.organisation(of: entry),
                                   trade: published.trade.name, honour: title.name ?? title.id.rawValue, players: [],
                                   competition: info.name, organiser: info.organiser, date: printedDate(info))
            }
        }
        return awards.trades.flatMap { published in
            published.result.entries.compactMap { entry -> Certificate? in
                guard let award = entry.award else { return nil }
                let level = published.trade.rules.awards.levels.first { $0.id == award }
                return Certificate(name: published.name(of: entry.code) ?? entry.code.rawValue,
                                   organisation: published.organisation(of: entry), trade: published.trade.name,
                                   honour: level?.name ?? award.rawValue, players: [], competition: info.name,
                                   organiser: info.organiser, date: printedDate(info))
            }
        }
    }

    /// The prize certificates of a bridge event: one per prize team, with its players.
    public static func bridge(_ event: BridgeSnapshot, standings: Standings) -> [Certificate] {
        let info = event.competition.info
        return standings.entries.compactMap { entry in
            guard let award = entry.award, let team = event.teams.first(where: { $0.number == entry.team }) else { return nil }
            return Certificate(name: team.name, organisation: team.organisation, trade: nil, honour: award.name ?? award.id,
                               players: team.players, competition: info.name, organiser: info.organiser, date: printedDate(info))
        }
    }

    /// `2023年2月15日` (Chinese) or `15 February 2023`.
    static func printedDate(_ info: CompetitionInfo) -> String? {
        guard let date = info.date else { return nil }
        if info.language == .zh { return "\(date.year)年\(date.month)月\(date.day)日" }
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                      "November", "December"]
        return "\(date.day) \(months[date.month - 1]) \(date.year)"
    }
}

/// Why certificates or score sheets cannot be made.
public struct CertificateProblem: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
