import ExactNumbers
import SkillsScoring

/// `Rational(decimal:)` for literals in tests.
func r(_ text: String) -> Rational { Rational(decimal: text)! }

/// The default trade of the seed: theory 30 (single), practical 70 (5 judges, trimmed mean,
/// tolerance 10), both passing at 60; tie-breaks practical then time.
func defaultRules(ranking: RankingMethod = .standard, awards: AwardScheme = .standard) -> TradeRules {
    TradeRules(
        components: [
            Component(id: "theory", weight: 30, pass: 60, marking: .single),
            Component(id: "practical", weight: 70, pass: 60,
                      marking: .panel(Panel(judges: 5, aggregate: .trimmedMean(trim: 1), tolerance: 10))),
        ],
        tieBreaks: [TieBreakKey(.component("practical")), TieBreakKey(.time)],
        ranking: ranking, awards: awards)
}

/// An entrant with a theory mark and five practical marks (any of them `nil` = missing).
func entrant(_ code: String, theory: Rational?, practical: [Rational?], seconds: Int? = nil,
             organisation: String? = nil, status: EntrantStatus = .registered) -> EntrantRecord {
    var marks: [Mark] = []
    if let theory { marks.append(Mark(component: "theory", value: theory)) }
    for (seat, mark) in practical.enumerated() {
        if let mark { marks.append(Mark(component: "practical", judge: seat + 1, value: mark)) }
    }
    return EntrantRecord(code: EntrantCode(code), organisation: organisation, status: status, marks: marks,
                         seconds: seconds.map { ["practical": $0] } ?? [:])
}

/// An entrant whose theory and practical are both `total` (so the total is `total`).
func entrant(_ code: String, total: Rational, seconds: Int? = nil, organisation: String? = nil,
             status: EntrantStatus = .registered) -> EntrantRecord {
    entrant(code, theory: total, practical: Array(repeating: total, count: 5), seconds: seconds,
            organisation: organisation, status: status)
}

/// Scores entrants with the default rules.
func score(_ entrants: [EntrantRecord], rules: TradeRules = defaultRules(), rulings: [[EntrantCode]] = [],
           decimals: Int = 2) -> TradeResult {
    TradeScorer(trade: "t", rules: rules, decimals: decimals).score(entrants, rulings: rulings)
}

extension TradeResult {
    /// The entry of `code`.
    func entry(_ code: String) -> EntrantResult { entries.first { $0.code.rawValue == code }! }
}
