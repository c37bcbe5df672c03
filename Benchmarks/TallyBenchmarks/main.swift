// Benchmarks of the pure engines, printed as a table. Run in release:
//
//     swift run -c release tally-benchmarks [swiss] [skills]
//
// Figures are recorded in docs/performance.md.
import BridgeScoring
import SeededRandom

let arguments = CommandLine.arguments.dropFirst()
let selected = arguments.isEmpty ? ["swiss", "skills"] : Array(arguments)

if selected.contains("swiss") { SwissBenchmark.run() }
if selected.contains("skills") { SkillsBenchmark.run() }
