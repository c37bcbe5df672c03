import BridgeScoring
import CompetitionConfig
import CompetitionModel
import Diagnostics
import SkillsScoring

extension CompetitionDesk {
    /// How far the competition has come: per trade, entrants, marks stored of those expected,
    /// locked and revealed; per bridge round, results in of those expected. Nothing in it is a
    /// total, rank or name, so the public board may show it before the reveal.
    public func progress() throws -> CompetitionProgress {
        switch competition.definition {
        case .skills:
            return .skills(try database.snapshots(competition: competition).map { snapshot in
                let fields = snapshot.trade.rules.markSheetFields.count
                return TradeProgress(trade: snapshot.trade.id, name: snapshot.trade.name, entrants: snapshot.records.count,
                                     competed: snapshot.records.count { $0.effectiveStatus == .competed },
                                     marks: snapshot.records.reduce(0) { $0 + $1.marks.count },
                                     expected: fields * snapshot.records.count { $0.status.acceptsMarks },
                                     isLocked: snapshot.isLocked, isRevealed: snapshot.isRevealed)
            })
        case .bridgeTeams:
            let event = try bridgeEvent()
            let rules = event.rules
            let perMatch = rules.form == .robot ? 2 * rules.robotTables : 2
            return .bridge(event.rounds.map { round in
                let forfeited = Set((event.forfeits[round.number] ?? [:]).keys)
                let playing = round.pairing.tables.count { !forfeited.contains($0.home) && !forfeited.contains($0.away) }
                return RoundProgress(round: round.number, results: event.results.count { $0.round == round.number },
                                     expected: playing * perMatch * rules.boards(inRound: round.number).count)
            })
        }
    }

    /// The stored marks of `trade` that `official` may see: a judge only those of their own
    /// seats (and only in their trades), the desk and the chief judge all. `judge` narrows
    /// the list to one seat.
    public func marks(trade id: TradeID, judge: Int? = nil, for official: String) throws -> [StoredMark] {
        _ = try trade(id)
        var seats: Set<Int>?
        if let declared = info.officials.first(where: { $0.name == official }), declared.role == .judge {
            guard declared.trades?.contains(id.rawValue) == true else {
                throw RuleRefusal("judge \(official) is not assigned to trade '\(id)'", isRoleRefusal: true)
            }
            seats = declared.seats.map(Set.init) ?? Set(1...100)
        }
        return try database.storedMarks(competition: competition.id, trade: id).filter { mark in
            guard let seat = mark.slot.judge else { return seats == nil && judge == nil }
            return (seats?.contains(seat) ?? true) && (judge == nil || judge == seat)
        }
    }
}
