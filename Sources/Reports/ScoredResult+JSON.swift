import BridgeScoring

extension ScoredResult {
    /// The result as `tally bridge score --format json` prints it and the web's score
    /// calculator answers: contract, declarer, tricks, vulnerability, the declaring side's
    /// score and each side's.
    public var json: JSONValue {
        .object([
            ("contract", .string(contract.description)), ("declarer", .string(declarer.rawValue)),
            ("tricks", .integer(tricks)), ("vulnerable", .string(vulnerability.rawValue)),
            ("score", .integer(score)), ("ns", .integer(northSouth)), ("ew", .integer(-northSouth)),
        ])
    }
}
