import BridgeScoring
import CompetitionConfig
import ExactNumbers
import Foundation
import SkillsScoring
import Testing

/// The repository's `competitions/` folder.
let competitionsFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("competitions")

@Suite("The seed competitions load with the values their files say")
struct SeedDefinitionTests {
    private func seedSkills() throws -> SkillsCompetition {
        let path = competitionsFolder.appendingPathComponent("wansheng-craftsman-2023.yaml").path
        guard case .skills(let competition) = try DefinitionLoader.load(path: path) else {
            Issue.record("not a skills competition")
            throw CancellationError()
        }
        return competition
    }

    private func seedBridge() throws -> BridgeCompetition {
        let path = competitionsFolder.appendingPathComponent("crec-bridge-teams-2023.yaml").path
        guard case .bridgeTeams(let competition) = try DefinitionLoader.load(path: path) else {
            Issue.record("not a bridge competition")
            throw CancellationError()
        }
        return competition
    }

    @Test("万盛工匠杯 has 13 trades, the seven of the article among them")
    func trades() throws {
        let competition = try seedSkills()
        #expect(competition.trades.count == 13)
        let names = Set(competition.trades.map(\.name))
        for name in ["电工", "中式烹调师", "西式面点师", "养老护理员", "保育师", "母婴护理员", "茶艺师"] {
            #expect(names.contains(name))
        }
        #expect(competition.info.decimals == 2)
        #expect(competition.info.language == .zh)
        #expect(competition.info.date == CompetitionDate(year: 2023, month: 2, day: 15))
    }

    @Test("a trade without scoring takes the defaults: 30/70, five judges, trimmed mean")
    func defaults() throws {
        let electrician = try #require(try seedSkills().trade("electrician"))
        let rules = electrician.rules
        #expect(rules.components.map(\.id) == ["theory", "practical"])
        #expect(rules.components.map(\.weight) == [30, 70])
        #expect(rules.components.map(\.pass) == [60, 60])
        #expect(rules.components[0].marking == .single)
        #expect(rules.components[1].marking
                == .panel(Panel(judges: 5, aggregate: .trimmedMean(trim: 1), tolerance: 10)))
        #expect(rules.tieBreaks == [TieBreakKey(.component("practical")), TieBreakKey(.time)])
        #expect(rules.tieBreaks[1].prefer == .lower)
        #expect(rules.ranking == .standard)
        #expect(rules.awards.levels.map(\.quota)
                == [.share(Rational(1, 10)), .share(Rational(2, 10)), .share(Rational(3, 10))])
        #expect(rules.awards.levels.map(\.name) == ["一等奖", "二等奖", "三等奖"])
        #expect(rules.awards.gate == .allComponentsPass)
        #expect(rules.awards.rounding == .halfUp)
        #expect(rules.awards.boundaryTies == .promote)
        #expect(rules.awards.minimumCompetitors == .standard)
    }

    @Test("a trade's scoring key replaces the default whole; the keys it omits stay default")
    func overrides() throws {
        let teaArt = try #require(try seedSkills().trade("tea-art"))
        #expect(teaArt.rules.components.map(\.weight) == [20, 80])
        #expect(teaArt.rules.components[1].marking
                == .panel(Panel(judges: 3, aggregate: .median, tolerance: 8)))
        #expect(teaArt.rules.tieBreaks == [TieBreakKey(.component("practical")), TieBreakKey(.time)])
        let childcare = try #require(try seedSkills().trade("childcare"))
        #expect(childcare.rules.components.map(\.weight) == [20, 80])
        let server = try #require(try seedSkills().trade("restaurant-server"))
        #expect(server.rules.components[1].marking
                == .panel(Panel(judges: 3, aggregate: .closestTwo, tolerance: 10)))
    }

    @Test("the WorldSkills-style trade reads its criteria and aspects")
    func aspects() throws {
        let pastry = try #require(try seedSkills().trade("western-pastry"))
        guard case .aspects(let criteria) = pastry.rules.components[1].marking else {
            Issue.record("practical of 西式面点师 should be marked by aspects")
            return
        }
        #expect(criteria.map(\.id) == ["A", "B", "C"])
        let all = criteria.flatMap(\.aspects)
        #expect(all.map(\.id) == ["A1", "A2", "B1", "B2", "C1", "C2", "C3"])
        #expect(all.map(\.max).sum() == 100)
        #expect(all[0].kind == .measurement)
        #expect(all[1].kind == .judgement(judges: 3, tolerance: 1))
    }

    @Test("中式烹调师 splits practical into weighted modules that tie-breaks may name")
    func modules() throws {
        let cook = try #require(try seedSkills().trade("chinese-cook"))
        guard case .modules(let modules) = cook.rules.components[1].marking else {
            Issue.record("practical of 中式烹调师 should be split into modules")
            return
        }
        #expect(modules.map(\.id) == ["knife-work", "cold-dish", "hot-dish"])
        #expect(modules.map(\.weight) == [30, 30, 40])
        #expect(cook.rules.tieBreaks.map(\.subject)
                == [.component("practical"), .component("hot-dish"), .component("theory")])
    }

    @Test("titles, organisation scoring and standardisation are as written")
    func crossTrade() throws {
        let competition = try seedSkills()
        #expect(competition.titles == [
            TitleRule(id: "craftsman", name: "万盛工匠", maximumRank: 1, minimumTotal: 85),
            TitleRule(id: "talent", name: "优秀技能人才", awards: ["first", "second", "third"]),
        ])
        #expect(competition.organisations.best == 3)
        #expect(competition.organisations.awards.map(\.quota) == [.count(3), .count(3)])
        #expect(competition.standardisation == Standardisation(excellence: 700))
    }

    @Test("the 中铁 bridge event is a 7-round robot Swiss with 6 prizes and 12 qualifiers")
    func bridgeEvent() throws {
        let competition = try seedBridge()
        let rules = competition.rules
        #expect(rules.movement == .swiss)
        #expect(rules.teams == 27)
        #expect(rules.rounds == 7)
        #expect(rules.boardsPerRound == 8)
        #expect(rules.boardNumbering == .continuous)
        #expect(rules.form == .robot)
        #expect(rules.victoryPoints == .wbf2013)
        #expect(rules.firstRound == .seeded)
        #expect(rules.bye == .fixed(hundredths: 1200))
        #expect(rules.tieBreaks == [.headToHead, .impQuotient, .opponentsVP])
        #expect(competition.awards.levels.map(\.count) == [1, 2, 3])
        #expect(competition.awards.qualifiers == 12)
    }

    @Test("weights as fractions summing to 1 are accepted like percentages")
    func fractionWeights() throws {
        let yaml = skills("        - { id: theory, weight: 0.3 }", "        - { id: practical, weight: 0.7 }")
        guard case .skills(let competition) = try DefinitionLoader.parse(yaml: yaml, file: "f.yaml") else {
            Issue.record("not skills")
            return
        }
        #expect(competition.trades[0].rules.components.map(\.weight) == [Rational(3, 10), Rational(7, 10)])
    }

    @Test("bye awards read in each form", arguments: [
        ("12", ByeAward.fixed(hundredths: 1200)), ("10.5", .fixed(hundredths: 1050)),
        ("average", .average), ("max-12-average", .greaterOfFixedAndAverage(hundredths: 1200)),
    ])
    func byeAwards(text: String, award: ByeAward) throws {
        let yaml = bridge("  rounds: 7", "  boards-per-round: 8", "  bye: \(text)")
        guard case .bridgeTeams(let competition) = try DefinitionLoader.parse(yaml: yaml, file: "b.yaml") else {
            Issue.record("not bridge")
            return
        }
        #expect(competition.rules.bye == award)
    }
}

@Suite("Reading definitions from many threads at once")
struct ConcurrentReadingTests {
    /// Regression: Yams' shared regular expressions crashed (SIGSEGV) when definitions were
    /// read from several threads at once; reading is now serialised.
    @Test("eight threads reading the seed definitions fifty times each")
    func concurrentReads() async throws {
        let path = competitionsFolder.appendingPathComponent("wansheng-craftsman-2023.yaml").path
        try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    for _ in 0..<50 { _ = try DefinitionLoader.load(path: path) }
                    return 50
                }
            }
            var total = 0
            for try await count in group { total += count }
            #expect(total == 400)
        }
    }
}
