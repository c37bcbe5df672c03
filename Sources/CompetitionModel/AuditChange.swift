/// One committed change of the audit trail, as an event stream tells of it: where it stands
/// in the trail, what it did and where (never a value or a name).
public struct AuditChange: Sendable, Hashable {
    public var seq: Int64
    public var action: String
    public var trade: String?
    /// `round N` for a bridge round's changes.
    public var place: String?

    public init(seq: Int64, action: String, trade: String?, place: String?) {
        self.seq = seq
        self.action = action
        self.trade = trade
        self.place = place
    }
}

