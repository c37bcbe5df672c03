import BridgeScoring

/// A deal in PBN notation (`N:AKQ2.KQ2.K2.AK32 …`): four hands from the first seat on,
/// each `spades.hearts.diamonds.clubs`.
public enum PBNDeal {
    /// A deal of which no hand is known (PBN 2.1 §3.4.11), as the export writes a board
    /// whose deal is not stored; read back as no deal.
    public static let unknown = "N:- - - -"

    /// Whether `text` names no card: every hand `-` (or the tag's `?`, or empty).
    public static func isUnknown(_ text: String) -> Bool {
        let parts = text.split(separator: ":", maxSplits: 1)
        return text.isEmpty || text == "?" || parts.count == 2 && parts[1].split(separator: " ").allSatisfy { $0 == "-" }
    }

    /// Why the text is not a deal, or `nil` when it is one: four hands, each of 13 cards or
    /// `-` (unknown; PBN 2.1 §3.4.11 — a deal is stored as far as it is known), no card twice,
    /// at least one hand known.
    public static func problem(in text: String) -> String? {
        let parts = text.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, parts[0].count == 1, Seat(letter: parts[0]) != nil else {
            return "a deal starts with the first seat and a colon, e.g. N:AKQ2.KQ2.K2.AK32 …"
        }
        let hands = parts[1].split(separator: " ")
        guard hands.count == 4 else { return "a deal has four hands, not \(hands.count)" }
        guard hands.contains(where: { $0 != "-" }) else { return "no hand of the deal is known" }
        var seen: Set<String> = []
        for (index, hand) in hands.enumerated() where hand != "-" {
            let suits = hand.split(separator: ".", omittingEmptySubsequences: false)
            guard suits.count == 4 else { return "hand \(index + 1) has \(suits.count) suits; expected spades.hearts.diamonds.clubs" }
            var count = 0
            for (suit, cards) in zip("SHDC", suits) {
                for rank in cards where cards != "-" {
                    guard "AKQJT98765432".contains(rank.uppercased()) else { return "'\(rank)' is not a card rank" }
                    guard seen.insert("\(suit)\(rank.uppercased())").inserted else {
                        return "the \(rank.uppercased()) of \(suit) is dealt twice"
                    }
                    count += 1
                }
            }
            guard count == 13 else { return "hand \(index + 1) holds \(count) cards; expected 13" }
        }
        return nil
    }
}
