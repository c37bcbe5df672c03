import CompetitionModel
import CompetitionService
import Foundation
import Hummingbird
import Printing
import Reports
import SkillsScoring
import Workbooks

/// `/c/{id}/downloads`: standings, award lists, the organisation table and certificates of a
/// skills competition; a bridge event's standings, awards, cross-table and files (PBN,
/// USEBIO) — each listing in every output format of the command line. A skills trade's
/// results are public once revealed, the officials' before.
struct DownloadsPage {
    let service: CompetitionService

    /// A listing that can be downloaded.
    enum Listing: String, CaseIterable, Sendable {
        case standings, awards, organisations, crosstable, certificates, pbn, usebio
    }

    func add(to router: Router<WebContext>) {
        let service = service
        router.get("c/:id/downloads", use: page { _, context in
            let id = try context.parameters.require("id")
            return try await blocking {
                let desk = try service.desk(id)
                let labels = PageLabels.labels(desk.info.language)
                let isBridge = desk.competition.definition.isBridge
                var model = PageModel.base(info: desk.info, id: id, context: context, title: labels["downloads"]!, isBridge: isBridge)
                let formats = OutputFormat.allCases.map(\.rawValue)
                func item(_ title: String, _ listing: Listing, trade: String? = nil, hidden: Bool = false, only: [String]? = nil) -> [String: Any] {
                    let query = trade.map { "&trade=\($0)" } ?? ""
                    return ["title": title, "hidden": hidden,
                            "links": (only ?? formats).map { ["format": $0, "href": "/c/\(id)/downloads/\(listing.rawValue)?format=\($0)\(query)"] }]
                }
                var items: [[String: Any]] = []
                if isBridge {
                    items = [item(labels["standings"]!, .standings), item(labels["awards"]!, .awards), item(labels["crosstable"]!, .crosstable),
                             item(labels["certificates"]!, .certificates, only: ["html"]), item(labels["pbn"]!, .pbn, only: ["pbn"]),
                             item(labels["usebio"]!, .usebio, only: ["xml"])]
                } else if case .skills(let progress) = try desk.progress() {
                    let allRevealed = progress.allSatisfy(\.isRevealed)
                    items = [item(labels["standings"]!, .standings, hidden: !allRevealed), item(labels["awards"]!, .awards, hidden: !allRevealed),
                             item(labels["organisations"]!, .organisations, hidden: !allRevealed),
                             item(labels["certificates"]!, .certificates, hidden: !allRevealed, only: ["html"])]
                    for trade in progress {
                        items.append(item("\(trade.name) · \(labels["standings"]!)", .standings, trade: trade.trade.rawValue, hidden: !trade.isRevealed))
                        items.append(item("\(trade.name) · \(labels["awards"]!)", .awards, trade: trade.trade.rawValue, hidden: !trade.isRevealed))
                    }
                }
                model["items"] = items
                return PageRenderer.shared.response("downloads", model)
            }
        })

        router.get("c/:id/downloads/:listing", use: page { request, context in
            let id = try context.parameters.require("id")
            guard let listing = Listing(rawValue: try context.parameters.require("listing")) else {
                throw WebFailure(.notFound, "no such download")
            }
            let format = request.uri.queryParameters.get("format") ?? "html"
            let trade = request.uri.queryParameters.get("trade").map { TradeID($0) }
            let official = context.isOfficial(of: id)
            return try await blocking {
                let desk = try service.desk(id)
                let file = try Self.file(listing, format: format, trade: trade, desk: desk, official: official)
                let disposition = "attachment; filename=\"\(id)-\(listing.rawValue)\(trade.map { "-\($0)" } ?? "").\(file.extension)\""
                return Response(status: .ok, headers: [.contentType: file.type, .contentDisposition: disposition],
                                body: ResponseBody(byteBuffer: ByteBuffer(bytes: file.bytes)))
            }
        })
    }

    /// A rendered download: its bytes, content type and file extension.
    struct File {
        var bytes: [UInt8]
        var type: String
        var `extension`: String
    }

    static func file(_ listing: Listing, format text: String, trade: TradeID?, desk: CompetitionDesk, official: Bool) throws -> File {
        switch listing {
        case .pbn: return File(bytes: Array(try desk.exports().pbn.utf8), type: "application/x-pbn; charset=utf-8", extension: "pbn")
        case .usebio: return File(bytes: Array(try desk.exports().usebio().utf8), type: "application/xml; charset=utf-8", extension: "xml")
        case .certificates:
            let certificates: [Certificate]
            do {
                switch try desk.awards(trade: trade) {
                case .skills(let awards):
                    try desk.requireVisible(awards.trades, toOfficial: official)
                    certificates = try Certificate.skills(awards, titles: false)
                case .bridge(let event, let standings): certificates = Certificate.bridge(event, standings: standings)
                }
            } catch let problem as CertificateProblem {
                throw WebFailure(.conflict, problem.description)
            }
            guard !certificates.isEmpty else { throw WebFailure(.conflict, "no award has been won yet: no certificate to print") }
            let book = try CertificateBook(title: desk.info.name, certificates: certificates)
            return File(bytes: Array(book.html().utf8), type: "text/html; charset=utf-8", extension: "html")
        default: break
        }
        guard let format = OutputFormat(rawValue: text) else {
            throw WebFailure(.badRequest, "unknown format '\(text)'; expected one of: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let (document, json) = try Self.listing(listing, trade: trade, desk: desk, official: official)
        switch format {
        case .json: return File(bytes: Array((json().pretty() + "\n").utf8), type: "application/json; charset=utf-8", extension: "json")
        case .xlsx:
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("tally-download-\(UUID().uuidString).xlsx")
            defer { try? FileManager.default.removeItem(at: url) }
            try XLSXWriter.write(Worksheet.sheets(of: document()), to: url)
            return File(bytes: [UInt8](try Data(contentsOf: url)),
                        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx")
        case .csv: return File(bytes: Array(format.render(document())!.utf8), type: "text/csv; charset=utf-8", extension: "csv")
        case .html: return File(bytes: Array(format.render(document())!.utf8), type: "text/html; charset=utf-8", extension: "html")
        case .markdown: return File(bytes: Array(format.render(document())!.utf8), type: "text/markdown; charset=utf-8", extension: "md")
        case .table: return File(bytes: Array(format.render(document())!.utf8), type: "text/plain; charset=utf-8", extension: "txt")
        }
    }

    /// A listing's document and JSON, as the command line makes them (a skills trade only
    /// once revealed, or for officials).
    /// The API's standings and award lists are these listings' JSON: one code path.
    static func listing(_ listing: Listing, trade: TradeID?, afterRound: Int? = nil, desk: CompetitionDesk,
                        official: Bool) throws -> (document: () -> ReportDocument, json: () -> JSONValue) {
        switch listing {
        case .standings:
            switch try desk.standings(trade: trade, afterRound: afterRound) {
            case .skills(let skills, let trades):
                try desk.requireVisible(trades, toOfficial: official)
                let report = SkillsStandingsReport(info: skills.info, trades: trades)
                return (report.document, { report.json(singleTrade: trade != nil) })
            case .bridge(let event, let standings):
                let reports = BridgeReports(event: event)
                return ({ reports.standingsDocument(standings) }, { reports.standingsJSON(standings) })
            }
        case .awards:
            switch try desk.awards(trade: trade) {
            case .skills(let awards):
                try desk.requireVisible(awards.trades, toOfficial: official)
                let report = SkillsAwardListReport(awards)
                return (report.document, report.json)
            case .bridge(let event, let standings):
                let reports = BridgeReports(event: event)
                return ({ reports.awardsDocument(standings, awards: event.competition.awards) }, { reports.awardsJSON(standings) })
            }
        case .organisations:
            let (skills, table) = try desk.organisations()
            try desk.requireVisible(try desk.published(), toOfficial: official)
            let report = OrganisationReport(competition: skills, table: table)
            return (report.document, report.json)
        case .crosstable:
            let (event, standings) = try desk.bridgeStandings()
            let reports = BridgeReports(event: event)
            return ({ reports.crossTable(standings) }, { reports.crossTableJSON(standings) })
        case .certificates, .pbn, .usebio:
            throw WebFailure(.badRequest, "\(listing.rawValue) is a file of its own")
        }
    }
}
