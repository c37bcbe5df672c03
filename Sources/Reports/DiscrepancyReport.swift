import CompetitionConfig
import CompetitionModel
import ExactNumbers
import SkillsScoring

/// Panels whose spread exceeds their tolerance, with the judges' marks and whether the chief
/// judge has confirmed them.
public struct DiscrepancyReport: Sendable {
    public var info: CompetitionInfo
    public var trades: [PublishedTrade]

    public init(info: CompetitionInfo, trades: [PublishedTrade]) {
        self.info = info
        self.trades = trades
    }

    private var labels: Labels { Labels(info.language) }

    private func marks(_ discrepancy: Discrepancy) -> String {
        discrepancy.marks.keys.sorted().map { "J\($0) \(discrepancy.marks[$0]!.exactDescription)" }.joined(separator: ", ")
    }

    public func document() -> ReportDocument {
        let rows = trades.flatMap { published in
            published.result.discrepancies.map { discrepancy -> [ReportCell] in
                [.text(published.trade.name), .text(discrepancy.code.rawValue),
                 .text(componentName(discrepancy.component, in: published.trade) + (discrepancy.aspect.map { " \($0)" } ?? "")),
                 .text(marks(discrepancy)), .number(discrepancy.spread.exactDescription),
                 .number(discrepancy.tolerance.exactDescription),
                 .text(published.confirmed.contains(discrepancy.key) ? labels.confirmed : labels.open)]
            }
        }
        return ReportDocument(title: "\(info.name) \(labels.discrepancies)", subtitle: subtitle(info), sections: [
            ReportSection(columns: [ReportColumn(labels.trade), ReportColumn(labels.code), ReportColumn(labels.component),
                                    ReportColumn(labels.marks), ReportColumn(labels.spread, numeric: true),
                                    ReportColumn(labels.tolerance, numeric: true), ReportColumn(labels.state)],
                          rows: rows),
        ], labels: labels)
    }

    public func json() -> JSONValue {
        .object([
            ("competition", .string(info.id.rawValue)),
            ("discrepancies", .array(trades.flatMap { published in
                published.result.discrepancies.map { discrepancy -> JSONValue in
                    .object([
                        ("trade", .string(published.trade.id.rawValue)),
                        ("code", .string(discrepancy.code.rawValue)),
                        ("component", .string(discrepancy.component.rawValue)),
                        ("aspect", discrepancy.aspect.map { .string($0.rawValue) } ?? .null),
                        ("marks", .object(discrepancy.marks.keys.sorted().map {
                            ("J\($0)", .number(discrepancy.marks[$0]!.exactDescription))
                        })),
                        ("spread", .number(discrepancy.spread.exactDescription)),
                        ("tolerance", .number(discrepancy.tolerance.exactDescription)),
                        ("confirmed", .bool(published.confirmed.contains(discrepancy.key))),
                    ])
                }
            })),
        ])
    }
}

/// The printed name of a component or module of a trade (its id when it has no name).
func componentName(_ id: ComponentID, in trade: Trade) -> String {
    for component in trade.rules.components {
        if component.id == id { return component.name ?? id.rawValue }
        if case .modules(let modules) = component.marking, let module = modules.first(where: { $0.id == id }) {
            return module.name ?? id.rawValue
        }
    }
    return id.rawValue
}
