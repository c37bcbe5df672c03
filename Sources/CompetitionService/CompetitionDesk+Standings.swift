import BridgeScoring
import CompetitionConfig
import CompetitionModel
import Diagnostics
import SkillsScoring

/// The standings of a competition of either kind, computed once here for every report.
public enum CompetitionStandings: Sendable {
    case skills(SkillsCompetition, [PublishedTrade])
    case bridge(BridgeSnapshot, Standings)
}

/// The award list of a competition of either kind: a skills competition's winners, titles
/// and organisation table, or a bridge event's standings (whose prizes the definition names).
public enum CompetitionAwards: Sendable {
    case skills(SkillsAwards)
    case bridge(BridgeSnapshot, Standings)
}

extension CompetitionDesk {
    /// Every trade (or one) scored as stored, in definition order: what listings render.
    public func published(trade: TradeID? = nil) throws -> [PublishedTrade] {
        try database.snapshots(competition: competition, trade: trade).map { snapshot in
            PublishedTrade(trade: snapshot.trade, result: snapshot.result(decimals: info.decimals),
                           isLocked: snapshot.isLocked, isRevealed: snapshot.isRevealed,
                           names: snapshot.names, confirmed: snapshot.confirmed)
        }
    }

    /// Hands every trade, scored and turned into `Piece` by `transform`, to `body` in
    /// definition order while further trades are read, scored and transformed on the other
    /// cores (at most `ahead` waiting): a national competition's standings are written out
    /// without holding them all.
    public func forEachPublishedTrade<Piece: Sendable>(ahead: Int = 8,
                                                       transform: @escaping @Sendable (PublishedTrade, Int) -> Piece,
                                                       _ body: (Piece) throws -> Void) throws {
        let trades = try competition.skills().trades.map(\.id)
        let desk = self
        try inOrder(trades.indices, ahead: ahead, produce: { index in
            try desk.published(trade: trades[index]).first.map { transform($0, index) }
        }, consume: { piece in
            if let piece { try body(piece) }
        })
    }

    /// The standings: a skills competition's trades (or one), or a bridge event's after a
    /// round (default: the last round with results).
    public func standings(trade: TradeID? = nil, afterRound: Int? = nil) throws -> CompetitionStandings {
        switch competition.definition {
        case .skills(let skills):
            return .skills(skills, try published(trade: trade))
        case .bridgeTeams:
            let event = try bridgeEvent()
            if let afterRound, !(0...event.rounds.count).contains(afterRound) {
                throw RuleRefusal("round \(afterRound) is not paired (\(event.rounds.count) rounds paired)")
            }
            return .bridge(event, event.standings(after: afterRound))
        }
    }

    /// The award list: of every trade (with the organisation table) or one; a bridge event's
    /// after its last round with results.
    public func awards(trade: TradeID? = nil) throws -> CompetitionAwards {
        switch try standings(trade: trade) {
        case .skills(let skills, let trades):
            .skills(SkillsAwards(competition: skills, trades: trades, includingOrganisations: trade == nil))
        case .bridge(let event, let standings):
            .bridge(event, standings)
        }
    }

    /// Discrepancies (panels whose spread exceeds the tolerance) of every trade, or one.
    public func discrepancies(trade: TradeID? = nil) throws -> (SkillsCompetition, [PublishedTrade]) {
        (try competition.skills(), try published(trade: trade))
    }

    /// Organisation standings and the medal table, from every trade scored.
    public func organisations() throws -> (SkillsCompetition, OrganisationTable) {
        let skills = try competition.skills()
        return (skills, OrganisationTable(competition: skills, trades: try published()))
    }

    /// The audit trail (optionally one trade), oldest first.
    public func auditTrail(trade: String? = nil) throws -> [AuditEntry] {
        try database.auditTrail(competition: competition.id, trade: trade)
    }

    /// The audit trail as `official` may read it in the browser: the chief judge's (the
    /// command line, at the database itself, reads it freely).
    /// A trade the competition does not hold is an `UnknownReference`, not an empty trail.
    public func auditTrail(trade: String? = nil, for official: String) throws -> [AuditEntry] {
        try authorize(official, .chiefJudgeDecision, operation: "read the audit trail")
        if let trade, case .skills = competition.definition { _ = try self.trade(TradeID(trade)) }
        return try auditTrail(trade: trade)
    }

    /// Hands each entry of the audit trail to `body` as it is read (a national trail is a
    /// million entries); an error `body` throws ends the reading and is rethrown.
    public func forEachAuditEntry(trade: String? = nil, _ body: (AuditEntry) throws -> Void) throws {
        try database.forEachAuditEntry(competition: competition.id, trade: trade, body)
    }

    /// Replays the audit trail against what is stored, recomputes every trade's standings
    /// from the stored marks and from the audit trail's, and reports every difference (and
    /// what SQLite's own checks find).
    public func verify() throws -> VerificationReport {
        let verification = try database.verify(competition: competition)
        var problems = verification.problems
        for snapshot in verification.trades {
            let trade = snapshot.trade.id
            var fromAudit = snapshot
            for index in fromAudit.records.indices {
                fromAudit.records[index].marks = verification.auditedMarks[trade]?[fromAudit.records[index].code] ?? []
            }
            let stored = snapshot.result(decimals: info.decimals).entries
            let audited = fromAudit.result(decimals: info.decimals).entries
            for (a, b) in zip(stored, audited) where (a.code, a.rank, a.publishedTotal, a.award) != (b.code, b.rank, b.publishedTotal, b.award) {
                problems.append("\(trade) \(a.code): standings from the stored marks (rank \(a.rank.map(String.init) ?? "-"), "
                                + "\(a.publishedTotal.map { $0.formatted(places: 2) } ?? "-")) differ from the audit trail's "
                                + "(\(b.code) rank \(b.rank.map(String.init) ?? "-"), \(b.publishedTotal.map { $0.formatted(places: 2) } ?? "-"))")
            }
        }
        return VerificationReport(checked: verification.checked, problems: problems)
    }
}

extension CompetitionDesk {
    /// Before its reveal nobody outside the competition's officials sees a trade's totals or
    /// ranks (web spec §2): refused, as a refusal of who asks, unless `official`.
    public func requireVisible(_ trades: [PublishedTrade], toOfficial official: Bool) throws {
        guard !official, let hidden = trades.first(where: { !$0.isRevealed }) else { return }
        throw RuleRefusal("trade '\(hidden.trade.id)' is not revealed yet", isRoleRefusal: true)
    }
}
