// Benchmarks of the pure engines, printed as a table. Run in release:
//
//     swift run -c release tally-benchmarks [swiss] [skills] [json]
//     swift run -c release tally-benchmarks swiss-round 1000 4000    (for scripts/bench)
//
// Figures are recorded in docs/performance.md.
import BridgeScoring
import SeededRandom

let arguments = Array(CommandLine.arguments.dropFirst())

if arguments.first == "swiss-round" {
    // Machine-readable, for scripts/bench: "TEAMS MEDIAN-SECONDS" per field size given.
    for teams in arguments.dropFirst().compactMap({ Int($0) }) {
        let times = SwissBenchmark.pairingTimes(teams: teams, rounds: 11, seed: 1).sorted()
        print("\(teams) \(times[times.count / 2])")
    }
} else {
    let selected = arguments.isEmpty ? ["swiss", "skills", "json"] : arguments
    if selected.contains("swiss") { SwissBenchmark.run() }
    if selected.contains("skills") { SkillsBenchmark.run() }
    if selected.contains("json") { StandingsJSONBenchmark.run() }
}
