import CompetitionConfig
import ExactNumbers
import Markup
import SkillsScoring

/// The paper the judges of a trade mark on (评分表, formats spec §4): one page per panel seat,
/// the competitor codes in draw order (never names), a column per thing that seat marks with
/// its maximum, empty cells, and lines for the judge's and the chief judge's signatures and the
/// time. The desk keys marks from them and the recheck (复核) checks against them.
public struct ScoreSheets: Sendable {
    public var info: CompetitionInfo
    public var trade: Trade
    /// The codes to print, in draw order.
    public var codes: [EntrantCode]

    public init(info: CompetitionInfo, trade: Trade, codes: [EntrantCode]) {
        self.info = info
        self.trade = trade
        self.codes = codes.sorted()
    }

    /// One column of a seat's sheet: what is marked, and its scale.
    public struct Item: Sendable, Hashable {
        public var label: String
        public var scale: String
    }

    /// The panel seats of the trade (1 when nothing is marked by a panel).
    public var seats: [Int] { Array(1...max(1, Self.judges(trade.rules.components.map(\.marking)))) }

    /// What seat `seat` marks: panel components and judgement aspects with that many judges;
    /// on the first seat also the single marks and measurements, entered once.
    public func items(seat: Int) -> [Item] {
        trade.rules.components.flatMap { component in
            Self.items(component.name ?? component.id.rawValue, max: component.max, marking: component.marking, seat: seat)
        }
    }

    private static func items(_ label: String, max: Rational, marking: Marking, seat: Int) -> [Item] {
        let maximum = "0–\(max.formatted(places: max.isInteger ? 0 : 2))"
        switch marking {
        case .single:
            return seat == 1 ? [Item(label: label, scale: maximum)] : []
        case .panel(let panel):
            return seat <= panel.judges ? [Item(label: label, scale: maximum)] : []
        case .aspects(let criteria):
            return criteria.flatMap { criterion in
                criterion.aspects.compactMap { aspect -> Item? in
                    let name = "\(label) · \(aspect.name ?? aspect.id.rawValue)"
                    switch aspect.kind {
                    case .measurement:
                        return seat == 1 ? Item(label: name, scale: "0 / \(aspect.max.formatted(places: aspect.max.isInteger ? 0 : 2))") : nil
                    case .judgement(let judges, _):
                        return seat <= judges ? Item(label: name, scale: "0–3") : nil
                    }
                }
            }
        case .modules(let modules):
            return modules.flatMap { items("\(label) · \($0.name ?? $0.id.rawValue)", max: $0.max, marking: $0.marking, seat: seat) }
        }
    }

    private static func judges(_ markings: [Marking]) -> Int {
        markings.map { marking -> Int in
            switch marking {
            case .single: 1
            case .panel(let panel): panel.judges
            case .aspects(let criteria):
                criteria.flatMap(\.aspects).map { aspect in if case .judgement(let judges, _) = aspect.kind { judges } else { 1 } }.max() ?? 1
            case .modules(let modules): judges(modules.map(\.marking))
            }
        }.max() ?? 1
    }

    /// The sheets of `seat` (every seat when `nil`) as one printable HTML document.
    /// - Throws: `CertificateProblem` when the trade's panels have no such seat.
    public func html(seat only: Int? = nil) throws(CertificateProblem) -> String {
        if let only, !seats.contains(only) {
            throw CertificateProblem("J\(only): the trade's panels have seats J1–J\(seats.count)")
        }
        let zh = info.language == .zh
        var html = """
            <!DOCTYPE html>
            <html lang="\(zh ? "zh-CN" : "en")">
            <head>
            <meta charset="utf-8">
            <title>\(Markup.escape("\(info.name) \(trade.name) \(zh ? "评分表" : "score sheets")"))</title>
            <style>
            @page { size: A4 portrait; margin: 14mm; }
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; font-size: 11pt; color: #000; }
            .sheet { page-break-after: always; break-after: page; }
            .sheet:last-child { page-break-after: auto; break-after: auto; }
            h1 { font-size: 16pt; text-align: center; margin: 0 0 2mm; }
            .meta { display: flex; justify-content: space-between; margin-bottom: 3mm; }
            table { width: 100%; border-collapse: collapse; }
            th, td { border: 1px solid #000; padding: 2mm; text-align: center; }
            th .scale { display: block; font-weight: normal; font-size: 9pt; }
            td.code { width: 22mm; font-weight: bold; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            .signatures { display: flex; justify-content: space-between; margin-top: 8mm; }
            .signatures span { min-width: 55mm; border-bottom: 1px solid #000; display: inline-block; }
            </style>
            </head>
            <body>

            """
        for seat in seats where only == nil || only == seat {
            let items = items(seat: seat)
            html += "<section class=\"sheet\">\n"
            html += "<h1>\(Markup.escape(info.name))</h1>\n"
            html += "<div class=\"meta\"><span>\(zh ? "竞赛项目" : "Trade")：\(Markup.escape(trade.name))</span>"
                + "<span>\(zh ? "评分表" : "Score sheet") · \(zh ? "裁判席位" : "Seat") J\(seat)</span>"
                + "<span>\(Markup.escape(info.organiser ?? ""))</span></div>\n"
            html += "<table>\n<thead><tr><th>\(zh ? "参赛号" : "Code")</th>"
            for item in items {
                html += "<th>\(Markup.escape(item.label))<span class=\"scale\">\(Markup.escape(item.scale))</span></th>"
            }
            html += "</tr></thead>\n<tbody>\n"
            for code in codes {
                html += "<tr><td class=\"code\">\(Markup.escape(code.rawValue))</td>"
                    + String(repeating: "<td></td>", count: items.count) + "</tr>\n"
            }
            html += "</tbody>\n</table>\n"
            html += "<div class=\"signatures\"><div>\(zh ? "裁判员签名" : "Judge") J\(seat)：<span></span></div>"
                + "<div>\(zh ? "裁判长签名" : "Chief judge")：<span></span></div>"
                + "<div>\(zh ? "时间" : "Time")：<span></span></div></div>\n"
            html += "</section>\n"
        }
        return html + "</body>\n</html>\n"
    }
}
