import SkillsScoring

/// A registered entrant as stored.
public struct EntrantRow: Sendable, Hashable {
    public var trade: TradeID
    public var code: EntrantCode
    public var name: String
    public var organisation: String?
    public var station: String?
    public var idNumber: String?
    public var status: EntrantStatus
    public var statusReason: String?

    public init(trade: TradeID, code: EntrantCode, name: String, organisation: String? = nil, station: String? = nil,
                idNumber: String? = nil, status: EntrantStatus = .registered, statusReason: String? = nil) {
        self.trade = trade
        self.code = code
        self.name = name
        self.organisation = organisation
        self.station = station
        self.idNumber = idNumber
        self.status = status
        self.statusReason = statusReason
    }
}
