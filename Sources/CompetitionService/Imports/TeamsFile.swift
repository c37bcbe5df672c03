import BridgeScoring
import CompetitionModel
import CSVReading
import Diagnostics
import Foundation

/// The rows of a teams file (`number, name, [organisation], players`, players separated by
/// `;`, `；` or `、`), every bad row reported.
struct TeamsFile {
    var teams: [(line: Int, team: TeamRow)] = []

    /// Reads the file at `path`; rejected with every problem when any row is bad.
    init(path: String, displayName: String) throws {
        var errors = DiagnosticCollector(file: displayName)
        do {
            let reader = try CSVReader(path: path, displayName: displayName)
            guard let headerRecord = try reader.next() else { throw InputRejection("\(displayName): the file is empty") }
            let header = try CSVHeader(headerRecord, file: displayName, required: ["number", "name", "players"],
                                       optional: ["organisation"])
            var seen: [Int: Int] = [:]
            while let record = try reader.next() {
                do { try header.checkWidth(of: record, file: displayName) } catch {
                    errors.add(error.line, error.message)
                    continue
                }
                guard let text = header.value("number", in: record), let number = Int(text), number >= 1 else {
                    errors.add(record.line, "team number must be a whole number from 1")
                    continue
                }
                if let first = seen[number] {
                    errors.add(record.line, "duplicate team number \(number) (also at line \(first))")
                    continue
                }
                seen[number] = record.line
                guard let name = header.value("name", in: record) else { errors.add(record.line, "name is empty"); continue }
                let players = TeamEdit.players(in: header.value("players", in: record) ?? "")
                guard !players.isEmpty else { errors.add(record.line, "players is empty; list them separated by ; or 、"); continue }
                teams.append((record.line, TeamRow(number: TeamNumber(number), name: name,
                                                   organisation: header.value("organisation", in: record), players: players)))
            }
        } catch let error as CSVError {
            errors.add(error.line, error.message)
        }
        guard errors.isEmpty else { throw errors.rejection }
    }
}
