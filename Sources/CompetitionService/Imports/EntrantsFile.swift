import CompetitionModel
import CSVReading
import CompetitionConfig
import Diagnostics
import SkillsScoring

/// The rows of an entrants file (`trade, name, organisation, [code], [station], [id-number]`),
/// each checked on its own; what holds across rows (codes given for all of a trade or none,
/// no code twice) is checked when they are registered.
struct EntrantsFile {
    var rows: [(line: Int, entrant: EntrantRow)] = []
    /// The problems of single rows.
    var errors: DiagnosticCollector

    /// Reads the file at `path`; an unreadable or empty file is rejected at once.
    init(path: String, displayName: String, skills: SkillsCompetition) throws {
        errors = DiagnosticCollector(file: displayName)
        let reader: CSVReader
        do { reader = try CSVReader(path: path, displayName: displayName) } catch {
            throw InputRejection([error])
        }
        do {
            guard let headerRecord = try reader.next() else { throw InputRejection("\(displayName): the file is empty") }
            let header = try CSVHeader(headerRecord, file: displayName, required: ["trade", "name", "organisation"],
                                       optional: ["code", "station", "id-number"])
            while let record = try reader.next() {
                do { try header.checkWidth(of: record, file: displayName) } catch {
                    errors.add(error.line, error.message)
                    continue
                }
                guard let tradeText = header.value("trade", in: record) else { errors.add(record.line, "trade is empty"); continue }
                guard let trade = skills.trade(TradeID(tradeText)) else {
                    errors.add(record.line, "unknown trade '\(tradeText)'; expected one of: \(skills.trades.map(\.id.rawValue).joined(separator: ", "))")
                    continue
                }
                guard let name = header.value("name", in: record) else { errors.add(record.line, "name is empty"); continue }
                guard let organisation = header.value("organisation", in: record) else {
                    errors.add(record.line, "organisation is empty")
                    continue
                }
                rows.append((record.line, EntrantRow(
                    trade: trade.id, code: EntrantCode(header.value("code", in: record) ?? ""), name: name,
                    organisation: organisation, station: header.value("station", in: record),
                    idNumber: header.value("id-number", in: record))))
            }
        } catch let error as CSVError {
            errors.add(error.line, error.message)
        }
    }
}
