import Foundation

/// Where the demo finds the seed competitions and data: `--seeds DIR`, else the current
/// folder, else the repository the `tally` executable was built in.
struct DemoSeeds {
    /// The folder holding `competitions/` and `seeds/`.
    let root: URL

    static func locate(_ explicit: String?) throws -> DemoSeeds {
        var candidates: [URL] = []
        if let explicit { candidates.append(URL(fileURLWithPath: explicit)) }
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder)
            folder.deleteLastPathComponent()
        }
        for candidate in candidates {
            let marker = candidate.appendingPathComponent("seeds/wansheng/marks.csv").path
            if FileManager.default.fileExists(atPath: marker) { return DemoSeeds(root: candidate) }
        }
        throw CommandFailure(.invalidInput,
                             message: "cannot find the seed data (seeds/ and competitions/); run from the repository or give --seeds DIR")
    }

    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
}
