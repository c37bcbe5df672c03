import Diagnostics
import Yams

/// Walks the YAML tree of one definition and builds the typed definition, recording every
/// mistake in its `NodeDiagnostics`.
///
/// The reading is split by section: `+Competition` (the header), `+Components`,
/// `+Scoring` (tie-breaks, ranking, awards), `+Skills` (trades, titles, organisations) and
/// `+Bridge`.
struct DefinitionReader {
    let diagnostics: NodeDiagnostics
    /// Ids written in the file so far, valid or not, so that cross-references are checked
    /// even where the thing they name has a mistake of its own.
    let written = WrittenIdentifiers()

    /// Reads the whole file; `nil` when the kind could not be determined.
    func read(_ root: Node) -> CompetitionDefinition? {
        let topKeys = ["competition", "officials", "scoring", "titles", "organisations", "standardised", "trades",
                       "bridge", "awards"]
        guard let top = MappingReader(root, context: "the definition", keys: topKeys,
                                      diagnostics: diagnostics)
        else { return nil }
        var info = readCompetition(top.required("competition"))
        let tradeIDs = top.optional("trades")?.sequence.map { Array($0).compactMap { $0.mapping?["id"]?.text } } ?? []
        info?.officials = readOfficials(top.optional("officials"), trades: Set(tradeIDs))
        switch info?.kind {
        case .skills:
            top.reject(["bridge", "awards"], because: "does not apply to kind skills")
            return readSkills(top, info: info!).map(CompetitionDefinition.skills)
        case .bridgeTeams:
            top.reject(["scoring", "titles", "organisations", "standardised", "trades"],
                       because: "does not apply to kind bridge-teams")
            return readBridge(top, info: info!).map(CompetitionDefinition.bridgeTeams)
        case nil:
            return nil
        }
    }
}

/// Ids as written in a definition, gathered while reading.
final class WrittenIdentifiers {
    var awardLevels: Set<String> = []
}
