extension Contract {
    /// The score for the declaring side when declarer's side takes `tricks` tricks (Law 77);
    /// the defenders score the negation. A passed-out board scores 0.
    ///
    /// - Parameters:
    ///   - tricks: tricks taken by the declaring side, 0 … 13.
    ///   - vulnerable: whether the declaring side is vulnerable.
    public func score(tricks: Int, vulnerable: Bool) -> Int {
        precondition(ResultEntry.possibleTricks.contains(tricks), "tricks out of range: \(tricks)")
        guard case .bid(let level, let strain, let doubling) = self else { return 0 }
        let needed = level + 6
        return tricks >= needed
            ? madeScore(level: level, strain: strain, doubling: doubling, overtricks: tricks - needed,
                        vulnerable: vulnerable)
            : -penalty(undertricks: needed - tricks, doubling: doubling, vulnerable: vulnerable)
    }

    /// The score of a contract of this board's result for North-South: positive when NS
    /// gained, whichever side declared.
    public func northSouthScore(declarer: Seat, tricks: Int, board: BoardNumber) -> Int {
        let side = declarer.partnership
        let declared = score(tricks: tricks, vulnerable: board.vulnerability.isVulnerable(side))
        return side == .northSouth ? declared : -declared
    }

    private func madeScore(level: Int, strain: Strain, doubling: Doubling, overtricks: Int,
                           vulnerable: Bool) -> Int {
        let perTrick = strain.isMinor ? 20 : 30
        let trickPoints = (strain == .noTrump ? 40 + 30 * (level - 1) : perTrick * level) * doubling.rawValue
        var score = trickPoints
        score += trickPoints >= 100 ? (vulnerable ? 500 : 300) : 50
        if level == 6 { score += vulnerable ? 750 : 500 }
        if level == 7 { score += vulnerable ? 1500 : 1000 }
        switch doubling {
        case .undoubled: score += overtricks * perTrick
        case .doubled: score += 50 + overtricks * (vulnerable ? 200 : 100)
        case .redoubled: score += 100 + overtricks * (vulnerable ? 400 : 200)
        }
        return score
    }

    private func penalty(undertricks: Int, doubling: Doubling, vulnerable: Bool) -> Int {
        guard doubling != .undoubled else { return undertricks * (vulnerable ? 100 : 50) }
        var doubled = 0
        for trick in 1...undertricks {
            switch (trick, vulnerable) {
            case (1, false): doubled += 100
            case (1, true): doubled += 200
            case (2...3, false): doubled += 200
            default: doubled += 300
            }
        }
        return doubling == .redoubled ? 2 * doubled : doubled
    }
}
