/// A declared official and what the role allows (skills spec §6; reliability issue).
///
/// On one shared laptop this guards against mistakes — a judge keying marks into another
/// seat, a desk operator revealing names — not against someone who edits the definition. The
/// operator's name is taken on trust; a network front end would authenticate it first.
public struct Official: Sendable, Hashable {
    public enum Role: String, Sendable, CaseIterable {
        /// 裁判长 (or the bridge tournament director): every action.
        case chiefJudge = "chief-judge"
        /// A judge: marks in the listed trades and panel seats only.
        case judge
        /// 计分员 / 录分员: the data-entry desk — imports, registrations, marks from the
        /// judges' sheets, results; not corrections or the chief judge's decisions.
        case `operator`
    }

    public var name: String
    public var role: Role
    /// For a judge: the trades judged (`nil`: none listed, so no marks).
    public var trades: [String]?
    /// For a judge: the panel seats (`nil`: every seat of the listed trades).
    public var seats: [Int]?

    public init(name: String, role: Role, trades: [String]? = nil, seats: [Int]? = nil) {
        self.name = name
        self.role = role
        self.trades = trades
        self.seats = seats
    }
}

/// What a writing command is about to do, for the officials' check.
public enum OfficialAction: Sendable, Hashable {
    /// Enter a new mark at a seat (nil for a single mark or a measurement) of a trade.
    case enterMark(trade: String, seat: Int?)
    /// Registration, imports of entrants, times, teams, results and deals, status changes.
    case deskWork
    /// Corrections, discrepancy confirmations, rulings, deductions, lock, unlock, reveal,
    /// pairing, penalties, forfeits, withdrawals, loading a definition.
    case chiefJudgeDecision
}

extension Array where Element == Official {
    /// Why `name` may not do `action`, or `nil` when allowed. With no officials declared,
    /// everything is allowed (and every change still names its operator in the audit trail).
    public func refusal(of name: String, for action: OfficialAction) -> String? {
        guard !isEmpty else { return nil }
        guard let official = first(where: { $0.name == name }) else {
            return "'\(name)' is not a declared official of this competition; expected one of: \(map(\.name).joined(separator: ", "))"
        }
        switch (official.role, action) {
        case (.chiefJudge, _):
            return nil
        case (.operator, .deskWork), (.operator, .enterMark):
            return nil
        case (.judge, .enterMark(let trade, let seat)):
            guard official.trades?.contains(trade) == true else {
                return "judge \(name) is not assigned to trade '\(trade)'"
            }
            guard let seat else { return "judge \(name) marks panel seats; this mark has no seat (the desk enters it)" }
            if let seats = official.seats, !seats.contains(seat) {
                return "judge \(name) sits at \(seats.map { "J\($0)" }.joined(separator: ", ")), not J\(seat)"
            }
            return nil
        case (.judge, _):
            return "judge \(name) may only enter marks at their own seat; this is for the desk or the chief judge"
        case (.operator, .chiefJudgeDecision):
            return "operator \(name) may not do this; it is the chief judge's decision"
        }
    }
}
