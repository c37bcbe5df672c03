import BridgeScoring

/// A paired round as stored.
public struct StoredRound: Sendable, Hashable {
    public var number: Int
    public var pairing: RoundPairing
    /// The seed of a random first round.
    public var seed: UInt64?
    /// The round whose standings ordered the teams (0 for a first round).
    public var pairedOnRound: Int

    public init(number: Int, pairing: RoundPairing, seed: UInt64?, pairedOnRound: Int) {
        self.number = number
        self.pairing = pairing
        self.seed = seed
        self.pairedOnRound = pairedOnRound
    }
}
