import CompetitionConfig

/// The declared officials: name, role, trades, seats, and whether each can sign in.
public struct OfficialsReport: Sendable {
    public struct Account: Sendable, Hashable {
        public var name: String
        public var role: String
        public var trades: [String]?
        public var seats: [Int]?
        public var passwordSetAt: String?

        public init(name: String, role: String, trades: [String]?, seats: [Int]?, passwordSetAt: String?) {
            self.name = name
            self.role = role
            self.trades = trades
            self.seats = seats
            self.passwordSetAt = passwordSetAt
        }
    }

    public var info: CompetitionInfo
    public var accounts: [Account]

    public init(info: CompetitionInfo, accounts: [Account]) {
        self.info = info
        self.accounts = accounts
    }

    private var labels: Labels { Labels(info.language) }

    public func document() -> ReportDocument {
        ReportDocument(title: "\(info.name) \(labels.officials)", sections: [ReportSection(
            columns: [ReportColumn(labels.name), ReportColumn(labels.role), ReportColumn(labels.trade), ReportColumn(labels.seats),
                      ReportColumn(labels.passwordSet)],
            rows: accounts.map { account in
                [.text(account.name), .text(account.role), .optional(account.trades?.joined(separator: ", ")),
                 .optional(account.seats?.map { "J\($0)" }.joined(separator: ", ")),
                 .text(account.passwordSetAt == nil ? labels.no : labels.yes)]
            })], labels: labels)
    }

    /// `{ competition, officials: [{ name, role, trades, seats, password }] }`.
    public func json() -> JSONValue {
        .object([
            ("competition", .string(info.id.rawValue)),
            ("officials", .array(accounts.map { account in
                .object([("name", .string(account.name)), ("role", .string(account.role)),
                         ("trades", account.trades.map { .array($0.map(JSONValue.string)) } ?? .null),
                         ("seats", account.seats.map { .array($0.map(JSONValue.integer)) } ?? .null),
                         ("password", .bool(account.passwordSetAt != nil))])
            })),
        ])
    }
}
