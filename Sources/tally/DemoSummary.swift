import BridgeScoring
import CompetitionService
import Reports
import SkillsScoring

/// The short summary the demo ends with: each trade's winner and the count of award
/// winners, then the bridge event's top 12.
struct DemoSummary {
    var skills: DemoScenario.SkillsOutcome
    var bridge: DemoScenario.BridgeOutcome

    var text: String {
        let competition = skills.competition
        let titles = skills.awards.titles
        let winners = skills.awards.awardWinners
        let competed = skills.trades.reduce(0) { $0 + $1.result.competitors }
        var output = "\(competition.info.name)\n"
        output += "\(competition.trades.count) trades · \(competed) competed · \(winners) award winners (优秀技能人才)"
        for title in competition.titles where title.awards == nil {
            output += " · \(titles.filter { $0.title == title.id }.count) \(title.name ?? title.id.rawValue)"
        }
        output += "\n\n"
        let rows = skills.trades.map { published -> [String] in
            guard let first = published.result.entries.first(where: { $0.rank == 1 }) else {
                return [published.trade.name, "", "", "", "", ""]
            }
            // Titles of the winner other than those every award winner earns.
            let honours = titles.filter { $0.trade == published.trade.id && $0.code == first.code }.compactMap { award in
                competition.titles.first { $0.id == award.title && $0.awards == nil }.map { $0.name ?? $0.id.rawValue }
            }
            return [published.trade.name, first.code.rawValue, published.name(of: first.code) ?? "",
                    first.organisation ?? "", first.publishedTotal?.formatted(places: competition.info.decimals) ?? "",
                    honours.joined(separator: "、")]
        }
        output += TextTable(columns: [.init("项目"), .init("参赛号"), .init("第一名"), .init("单位"), .init("总成绩", .right),
                                      .init("称号")], rows: rows).render()

        let snapshot = bridge.event
        let players = snapshot.teams.reduce(0) { $0 + $1.players.count }
        output += "\n\(bridge.competition.info.name)\n"
        output += "\(snapshot.teams.count) teams · \(players) players · \(snapshot.rounds.count) rounds × "
            + "\(bridge.competition.rules.boardsPerRound) boards · "
            + "\(bridge.standings.entries.filter { $0.award != nil }.count) prize teams · "
            + "\(bridge.standings.entries.filter(\.isQualified).count) qualifiers\n\n"
        let names = Dictionary(uniqueKeysWithValues: snapshot.teams.map { ($0.number, $0.name) })
        let top = bridge.standings.entries.filter(\.isQualified).map { entry -> [String] in
            [String(entry.rank), String(entry.team.rawValue), names[entry.team] ?? "", formatHundredths(entry.victoryPoints),
             "\(entry.imps.won)–\(entry.imps.lost)", entry.award?.name ?? ""]
        }
        output += TextTable(columns: [.init("名次", .right), .init("队号", .right), .init("队名"), .init("胜分", .right),
                                      .init("IMP", .right), .init("奖项")], rows: top).render()
        return output
    }
}
